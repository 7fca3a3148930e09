import { defineConfig } from 'vitest/config';

/**
 * The tests in four layers (docs/testing.md). `npm test` runs them all; `npm run test:unit` runs
 * the first alone, with no build. Each layer has the timeouts its work needs, so a hung unit test
 * fails in seconds, not minutes.
 */
export default defineConfig({
  test: {
    // The packaged Chromium is unpacked once here, not by several test files at the same time.
    globalSetup: ['tests/helpers/browser-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          // Pure tests: beside the code in src/, scripts/ and tools/, plus tests/*.test.ts (content and docs rules).
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tools/**/*.test.ts', 'tests/*.test.ts'],
          testTimeout: 20_000,
          hookTimeout: 20_000,
        },
      },
      {
        extends: true,
        // Tests that read the dist/ that `npm run build` made.
        test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
      },
      {
        extends: true,
        // Tests that run child Astro builds of tests/fixtures/ (each build takes 20-60 s on 2 cores).
        test: { name: 'fixtures', include: ['tests/builds/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 600_000 },
      },
      {
        extends: true,
        // Chromium over dist/ (tests/helpers/browser-site.ts); every-page sweeps set their own, larger allowance.
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 300_000 },
      },
    ],
  },
});
