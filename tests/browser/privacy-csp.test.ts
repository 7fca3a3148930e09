/**
 * Every page in the sitemap: no CSP violation, no request to another origin and none to this one
 * that fails, no cookie, nothing in browser storage (also after using the quick-exit counter and
 * search), no inline script, an icon that exists.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadPages } from '../../tools/dist.ts';
import { checkEachPage, useBrowserSite } from '../helpers/browser-site.ts';
import { DIST, sitemapPages } from '../helpers/site-pages.ts';

const site = useBrowserSite();

/** Record CSP violations in every page of the context, for `storedAndBlocked` to read. */
async function watchCsp(context: BrowserContext) {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      w.__csp ??= [];
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

/**
 * What the page left behind or had blocked: cookies, Web Storage, IndexedDB and Cache
 * Storage entries, CSP violations. The site keeps no preference, so all must be empty.
 */
function storedAndBlocked(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const found: string[] = [];
    if (document.cookie) found.push(`đặt cookie "${document.cookie}"`);
    if (localStorage.length) found.push(`ghi localStorage: ${Object.keys(localStorage).join(', ')}`);
    if (sessionStorage.length) found.push(`ghi sessionStorage: ${Object.keys(sessionStorage).join(', ')}`);
    const databases = await indexedDB.databases();
    if (databases.length) found.push(`tạo IndexedDB: ${databases.map((d) => d.name).join(', ')}`);
    const caches = await window.caches.keys();
    if (caches.length) found.push(`tạo Cache Storage: ${caches.join(', ')}`);
    const csp = (window as unknown as { __csp?: string[] }).__csp ?? [];
    found.push(...csp.map((v) => `vi phạm CSP ${v}`));
    return found;
  });
}

/** Requests that left the local server, and requests to it that failed, by the page that made them. */
function watchOtherOrigins(context: BrowserContext): string[] {
  const requests: string[] = [];
  const from = (frameUrl: string) => (frameUrl.startsWith(site.server.origin) ? new URL(frameUrl).pathname : '(trang khác)');
  context.on('request', (r) => {
    if (r.url().startsWith(site.server.origin) || r.url().startsWith('data:')) return;
    requests.push(`${from(r.frame().url())}: yêu cầu tới trang khác ${r.url()}: mọi tệp phải nằm trên site này`);
  });
  // The 404 page answers its own address with 404 on purpose; anything else that fails is a missing file.
  context.on('response', (r) => {
    if (r.ok() || !r.url().startsWith(site.server.origin) || r.url().endsWith('/404.html')) return;
    requests.push(`${from(r.frame().url())}: ${r.url()} trả về ${r.status()}: tệp thiếu`);
  });
  // ERR_ABORTED is the browser dropping a request itself when the test moves to the next page
  // (the icon loads after the load event); a missing file shows as a failed response above.
  context.on('requestfailed', (r) => {
    if (r.url().startsWith(site.server.origin) && r.failure()?.errorText !== 'net::ERR_ABORTED')
      requests.push(`${from(r.frame().url())}: ${r.url()} không tải được (${r.failure()?.errorText})`);
  });
  return requests;
}

describe('privacy and CSP on every page', () => {
  it('has no inline script in the built HTML', () => {
    const inline = loadPages(DIST).filter((p) =>
      p.root.querySelectorAll('script').some((s) => !s.getAttribute('src') && s.getAttribute('type') !== 'application/ld+json'),
    );
    expect(inline.map((p) => p.path)).toEqual([]);
  });

  it('names an icon that exists on every page, so no browser asks for a missing /favicon.ico', () => {
    const missing = loadPages(DIST).flatMap((p) => {
      const icon = p.root.querySelector('link[rel="icon"]')?.getAttribute('href');
      if (!icon) return [`${p.path}: thiếu <link rel="icon">: trình duyệt sẽ hỏi /favicon.ico (404)`];
      // The icon is written into the page (src/lib/favicon.ts): it must decode to an SVG.
      if (icon.startsWith('data:'))
        return /^data:image\/svg\+xml,%3Csvg[^"]*%3C\/svg%3E$/.test(icon) ? [] : [`${p.path}: biểu tượng data: không phải một ảnh SVG`];
      return existsSync(join(DIST, icon)) ? [] : [`${p.path}: biểu tượng ${icon} không có trong dist/`];
    });
    expect(missing).toEqual([]);
  });

  it('loads every page with no CSP violation, no third-party request, no cookie and nothing stored', async () => {
    const context = await site.browser.newContext();
    await watchCsp(context);
    const requests = watchOtherOrigins(context);
    const problems = await checkEachPage(site, context, sitemapPages(), storedAndBlocked);
    const cookies = (await context.cookies()).map((c) => `cookie ${c.name} (${c.domain})`);
    await context.close();
    expect([...problems, ...requests, ...cookies]).toEqual([]);
  });

  it('stores nothing after the quick-exit counter has counted', async () => {
    const context = await site.browser.newContext();
    const requests = watchOtherOrigins(context);
    const page = await context.newPage();
    await page.goto(site.url('/duong-day-nong/'));
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await expect.poll(() => page.locator('quick-exit [data-dot].is-on').count()).toBe(2);
    await page.keyboard.press('a'); // breaks the sequence: the page stays
    expect(await storedAndBlocked(page)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
    expect(requests).toEqual([]);
  });

  it('runs search on /tim-kiem/ within the policy (Pagefind needs WebAssembly), storing nothing', async () => {
    const context = await site.browser.newContext();
    await watchCsp(context);
    const requests = watchOtherOrigins(context);
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(site.url(`/tim-kiem/?q=${encodeURIComponent('đường dây nóng')}`));
    await expect.poll(() => page.locator('main [data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/trang phù hợp|Không tìm thấy/);
    expect(violations).toEqual([]);
    expect(await storedAndBlocked(page)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
    expect(requests).toEqual([]);
  });
});
