/**
 * Build settings from the environment, end to end: a wrong QUICK_EXIT_URL, BASE_PATH or HSTS
 * stops Astro before it builds anything, with one line naming the variable; a build without an
 * address is a preview that `npm run check:site` (the deploy gate) refuses.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runAstro, type AstroRun } from '../helpers/astro-run.ts';
import { DEFAULT_SITE_URL } from '../../src/lib/site-env.ts';

const runs: AstroRun[] = [];
afterAll(() =>
  runs.forEach((r) => {
    r.cleanup();
  }),
);

describe('a wrong setting stops the build in one line', () => {
  it.each([
    // Read as a path on this site: the exit would land on our own 404 (review M2).
    [{ QUICK_EXIT_URL: 'nchmf.gov.vn' }, /^QUICK_EXIT_URL "nchmf\.gov\.vn" không phải địa chỉ đầy đủ: .*https:\/\/nchmf\.gov\.vn\/$/m],
    // Blocked by the CSP: the page would blank and stay (review M2).
    [{ QUICK_EXIT_URL: 'javascript:alert(1)' }, /^QUICK_EXIT_URL "javascript:alert\(1\)" phải bắt đầu bằng https:\/\//m],
    // Browsers send /x for /./x, so no host rule would match and no header would be sent (review L2).
    [{ SITE_URL: 'https://x.vn', BASE_PATH: './' }, /^BASE_PATH "\.\/" .*không có đoạn "\." hay "\.\."/m],
    [{ HSTS: 'yes' }, /^HSTS "yes" chỉ được là on hoặc off/m],
    [{ CF_PAGES: '1', CF_PAGES_URL: 'abc.pages.dev' }, /^CF_PAGES_URL "abc\.pages\.dev" không phải địa chỉ web hợp lệ/m],
    // Was: 'Không có đường dây "canh-sat-113"', which sent editors looking in the wrong place.
    [{ CONTENT_DIR: '/khong-co/thu-muc-nay' }, /^CONTENT_DIR "\/khong-co\/thu-muc-nay" không có thư mục này/m],
  ])('%j', (env, message) => {
    const run = runAstro('sync', undefined, env);
    runs.push(run);
    expect(run.code, run.output).not.toBe(0);
    expect(run.output).toMatch(message);
    // One line, not a stack trace through Vite's config loader.
    expect(run.output).not.toMatch(/Stack trace|at .*\(.*\.ts:\d+/);
  });
});

describe('a build without an address (review M6)', () => {
  const preview = readFileSync(join(ROOT, 'dist/index.html'), 'utf8').includes(`href="${DEFAULT_SITE_URL}/"`);

  it.runIf(preview)('is refused by npm run check:site, which names the placeholder and what to do', () => {
    const gate = spawnSync(process.execPath, [join(ROOT, 'scripts/check-site.ts'), join(ROOT, 'dist')], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
    expect(gate.status, gate.stdout + gate.stderr).toBe(1);
    expect(gate.stderr).toMatch(/^\[deployable-address\] .*bản dựng xem thử: \d+ tệp mang địa chỉ tạm https:\/\/example\.invalid; dựng lại với SITE_URL=/m);
    // Nothing else is wrong with it.
    expect(gate.stderr.split('\n').filter((l) => l.startsWith('['))).toHaveLength(1);
  });
});
