/**
 * The search box in a real browser: nothing of search is downloaded until someone uses it;
 * then results appear under the header box, the count is announced, Enter opens /tim-kiem/,
 * and /tim-kiem/?q= runs the query (with an audience filter) in place.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../helpers/browser-site.ts';

const site = useBrowserSite();

/** A page with every request path it makes recorded. */
async function open(path: string): Promise<{ page: Page; requested: string[] }> {
  const page = await site.browser.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(site.url(path), { waitUntil: 'networkidle' });
  return { page, requested };
}

/** Pagefind loads its WebAssembly and index on first use: allow for a slow, shared machine. */
const WAIT = { timeout: 15_000 };
const isSearchCode = (path: string) => path.startsWith('/pagefind/') || /\/_astro\/site-search\./.test(path);
const header = 'header site-search';

describe('search box', () => {
  it('downloads no search code until the box is focused', async () => {
    const { page, requested } = await open('/nguoi-lao-dong/');
    expect(requested.filter(isSearchCode), 'tải mã tìm kiếm trước khi người đọc dùng ô tìm kiếm').toEqual([]);
    await page.focus(`${header} input[name="q"]`);
    await page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/pagefind/pagefind.js'));
    expect(requested.some((p) => /\/_astro\/site-search\./.test(p))).toBe(true);
    await page.close();
  });

  it('shows results under the header box as you type, and announces how many', async () => {
    const { page } = await open('/');
    await page.locator(`${header} input[name="q"]`).pressSequentially('duong day nong');
    const first = page.locator(`${header} [data-search-results] li a`).first();
    await expect.poll(() => first.getAttribute('href'), WAIT).toBe('/duong-day-nong/');
    const status = page.locator(`${header} [data-search-status]`);
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toMatch(/^Có \d+ trang phù hợp với “duong day nong”\.$/);
    // A long result list ends with a link to all of them on the search page.
    await page.locator(`${header} input[name="q"]`).fill('mai dam');
    const more = page.locator(`${header} [data-search-more] a`);
    // Wait for this query's link: the previous query may already have shown one (more than five results).
    await expect.poll(() => more.getAttribute('href'), WAIT).toBe('/tim-kiem/?q=mai%20dam');
    expect(await more.count()).toBe(1);
    expect(await more.textContent()).toMatch(/^Xem tất cả \d+ kết quả$/);
    // Escape clears the results.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(`${header} [data-search-results] li`).count(), WAIT).toBe(0);
    await page.close();
  });

  it('Enter in the header box opens the search page with every result', async () => {
    const { page } = await open('/phap-luat/');
    const input = page.locator(`${header} input[name="q"]`);
    await input.fill('viec nhe luong cao');
    await input.press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=viec\+nhe\+luong\+cao$/);
    const results = page.locator('main site-search [data-search-results] li');
    await expect.poll(() => results.count(), WAIT).toBeGreaterThan(5);
    expect(await results.first().locator('a').getAttribute('href')).toBe('/bai-viet/loi-moi-lam-mau-pg-quan-bar-viec-nhe-luong-cao/');
    expect(await page.locator('main site-search input[name="q"]').inputValue()).toBe('viec nhe luong cao');
    await page.close();
  });

  it('says plainly when nothing matches', async () => {
    const { page } = await open('/tim-kiem/?q=zzqxw');
    const status = page.locator('main site-search [data-search-status]');
    await expect.poll(() => status.textContent(), WAIT).toContain('Không tìm thấy trang nào phù hợp với “zzqxw”');
    await page.close();
  });

  it('narrows to one audience (and pages for everyone) with the filter, kept in the address', async () => {
    const { page } = await open('/tim-kiem/?q=mai+dam');
    const links = page.locator('main site-search [data-search-results] li a');
    await expect.poll(() => links.count(), WAIT).toBeGreaterThan(3);
    const all = await page.locator('main site-search [data-search-status]').textContent();
    await page.selectOption('main site-search select[name="nhom"]', 'co-so-kinh-doanh');
    const status = page.locator('main site-search [data-search-status]');
    await expect.poll(async () => { const now = await status.textContent(); return now !== all && /^Có \d+/.test(now ?? ''); }, WAIT).toBe(true);
    expect(page.url()).toContain('nhom=co-so-kinh-doanh');
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href, 'bộ lọc nhóm người đọc chỉ giữ bài viết').toMatch(/^\/bai-viet\//);
    }
    await page.close();
  });

  it('shows the phrase hint only when the box works (JavaScript on)', async () => {
    const { page } = await open('/tim-kiem/');
    await page.focus('main site-search input[name="q"]');
    await expect.poll(() => page.locator('main [data-search-hint]').isVisible(), WAIT).toBe(true);
    expect(await page.locator('main [data-search-nojs]').count()).toBe(0);
    await page.close();
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(site.url('/tim-kiem/?q=mai+dam'));
    expect(await noJs.locator('main [data-search-hint]').isVisible()).toBe(false);
    expect(await noJs.locator('main [data-search-nojs]').isVisible()).toBe(true);
    expect(await noJs.locator('main section li a').count()).toBeGreaterThan(20);
    await context.close();
  });
});
