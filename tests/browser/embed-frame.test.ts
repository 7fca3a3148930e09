/**
 * A commune portal on another origin frames the hotline card: it renders and dials. The same
 * portal framing an ordinary page is refused. The site server sends what dist/_headers says;
 * a second server sends no headers at all, as GitHub Pages or a stock Apache do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../tools/browser.ts';
import { serveDist, type StaticServer } from '../../tools/static-server.ts';
import { ROOT } from '../helpers/astro-run.ts';
import { headersForPath, parseHeadersFile } from '../../tools/headers-file.ts';

const dist = join(ROOT, 'dist');
let browser: Browser;
let site: StaticServer;
let bare: StaticServer;
let portal: Server;
let portalOrigin = '';

beforeAll(async () => {
  const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  site = await serveDist(dist, '/', { headersFor: (path) => headersForPath(rules, path) });
  bare = await serveDist(dist);
  // The portal: another port, so another origin, with one iframe named by the query string
  // (a full URL, or a path on the site that sends headers).
  portal = createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="vi"><title>Cổng thông tin xã</title><h1>Xã Ví Dụ</h1><iframe src="${src.startsWith('http') ? '' : site.origin}${src}" title="Thẻ" width="360" height="480"></iframe>`,
    );
  });
  await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
  const address = portal.address();
  portalOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await bare?.close();
  await new Promise((r) => portal?.close(r));
});

/** Load the portal with an iframe of `path` and return that frame once it has loaded. */
async function framed(path: string): Promise<Frame> {
  const page = await browser.newPage();
  await page.goto(`${portalOrigin}/?src=${encodeURIComponent(path)}`, { waitUntil: 'load' });
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error(`${path}: cổng thông tin không có khung`);
  return frame;
}

describe('embedding in a portal', () => {
  it('renders the hotline card inside another origin, dialable, links to a new tab', async () => {
    const frame = await framed('/nhung/duong-day-nong/');
    expect(frame.url()).toBe(`${site.origin}/nhung/duong-day-nong/`);
    await expect.poll(() => frame.locator('h1').textContent()).toContain('Đường dây nóng');
    expect(await frame.locator('a[href="tel:113"]').count()).toBe(1);
    expect(await frame.locator('a[href="tel:111"]').count()).toBe(1);
    // Its own stylesheet applied: the call buttons are red blocks, not plain links.
    expect(
      await frame
        .locator('a.line')
        .first()
        .evaluate((a) => getComputedStyle(a).display),
    ).toBe('block');
    const targets = await frame.locator('a:not([href^="tel:"])').evaluateAll((as) => as.map((a) => a.getAttribute('target')));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((t) => t === '_blank')).toBe(true);
    await frame.page().close();
  });

  it('refuses to render an ordinary page inside another origin', async () => {
    const page = await browser.newPage();
    const response = page.waitForResponse(`${site.origin}/duong-day-nong/`);
    await page.goto(`${portalOrigin}/?src=${encodeURIComponent('/duong-day-nong/')}`, { waitUntil: 'load' });
    // The page was served (not a 404, not a dead server) with the header that forbids framing…
    const answer = await response;
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    // …and Chromium refused it: the frame holds Chromium's own error page, none of ours.
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame?.url()).toMatch(/^chrome-error:/);
    expect(await frame?.locator('a[href="tel:113"]').count()).toBe(0);
    await page.close();
  });
});

describe('on a host that sends no headers at all (review M5)', () => {
  it('still applies the CSP from the page itself: an injected inline script does not run', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${bare.origin}/duong-day-nong/`);
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'document.documentElement.dataset.injected = "1"';
      document.head.append(s);
      return document.documentElement.dataset.injected ?? null;
    });
    expect(ran).toBeNull();
    // Shown normally at the top level: the guard hides only framed pages.
    expect(await page.locator('h1').isVisible()).toBe(true);
    await page.close();
  });

  it('hides an ordinary page framed by another origin, so nothing can be laid over its numbers', async () => {
    const frame = await framed(`${bare.origin}/duong-day-nong/`);
    expect(frame.url()).toBe(`${bare.origin}/duong-day-nong/`);
    await expect.poll(() => frame.evaluate(() => document.documentElement.hidden), { timeout: 5000 }).toBe(true);
    expect(await frame.locator('h1').isVisible()).toBe(false);
    expect(await frame.locator('a[href="tel:113"]').first().isVisible()).toBe(false);
    await frame.page().close();
  });

  it('still lets a portal frame the embed cards', async () => {
    const frame = await framed(`${bare.origin}/nhung/duong-day-nong/`);
    await expect.poll(() => frame.locator('h1').textContent()).toContain('Đường dây nóng');
    expect(await frame.locator('a[href="tel:113"]').isVisible()).toBe(true);
    await frame.page().close();
  });
});
