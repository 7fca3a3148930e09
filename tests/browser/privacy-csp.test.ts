/** Every page in the sitemap: no CSP violation, no request to another origin, no cookie, no inline script. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { join } from 'node:path';
import { loadPages } from '../../scripts/lib/dist.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';
import { ROOT } from '../helpers/astro-run.ts';

let browser: Browser;
let server: StaticServer;
const dist = join(ROOT, 'dist');

beforeAll(async () => {
  server = await serveDist(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('privacy and CSP on every page', () => {
  it('has no inline script in the built HTML', () => {
    const inline = loadPages(dist).filter((p) => p.root.querySelectorAll('script').some((s) => !s.getAttribute('src') && s.getAttribute('type') !== 'application/ld+json'));
    expect(inline.map((p) => p.path)).toEqual([]);
  });

  it('loads every page with no CSP violation, no third-party request and no cookie', async () => {
    const context = await browser.newContext();
    const problems: string[] = [];
    for (const { path } of loadPages(dist)) {
      const page = await context.newPage();
      page.on('request', (r) => {
        if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) problems.push(`${path}: yêu cầu tới trang khác ${r.url()}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { __csp: string[] }).__csp ??= [];
          (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      const violations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      problems.push(...violations.map((v) => `${path}: vi phạm CSP ${v}`));
      await page.close();
    }
    expect(await context.cookies()).toEqual([]);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('runs search on /tim-kiem/ within the policy (Pagefind needs WebAssembly)', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent('đường dây nóng')}`);
    await expect.poll(() => page.locator('main [data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/trang phù hợp|Không tìm thấy/);
    expect(violations).toEqual([]);
    await page.close();
  });
});
