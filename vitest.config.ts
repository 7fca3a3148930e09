import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    // The packaged Chromium is unpacked once here, not by several test files at the same time.
    globalSetup: ['tests/helpers/browser-setup.ts'],
    // Built-site and content-build tests read dist/ or run astro; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
