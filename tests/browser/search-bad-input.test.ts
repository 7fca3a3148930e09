/**
 * Bad input in the search box, in a real browser (issue 19; review L1): 2,000 characters,
 * only punctuation, control and bidirectional characters, markup. The search finishes, what
 * the page shows back is cut and cleaned, nothing runs, and the page keeps answering (the
 * quick exit still leaves at once).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../helpers/browser-site.ts';

const site = useBrowserSite();
const WAIT = { timeout: 15_000 };
const NEUTRAL = 'https://nchmf.gov.vn/';
const UNSAFE = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/u;

/** /tim-kiem/ opened with `q` (as the form without JavaScript, or a link, sends it), every dialog recorded. */
async function searchFor(q: string): Promise<{ page: Page; dialogs: string[]; close: () => Promise<void> }> {
  const context = await site.browser.newContext();
  await context.route(`${NEUTRAL}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Thời tiết</title>' }));
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(site.url(`/tim-kiem/?q=${encodeURIComponent(q)}`));
  // Finished: the status is no longer "Đang tìm…".
  const status = page.locator('main site-search [data-search-status]');
  await expect
    .poll(async () => {
      const text = (await status.textContent()) ?? '';
      return text !== '' && text !== 'Đang tìm…';
    }, WAIT)
    .toBe(true);
  return { page, dialogs, close: () => context.close() };
}

/** What the page shows of the search: the box, the status line, the labels. */
async function shown(page: Page): Promise<string[]> {
  return [
    await page.locator('main site-search input[name="q"]').inputValue(),
    (await page.locator('main site-search [data-search-status]').textContent()) ?? '',
    (await page.locator('main site-search [data-search-near-label]').textContent()) ?? '',
    (await page.locator('main site-search [data-search-suggest]').textContent()) ?? '',
  ];
}

describe('bad input in the search box', () => {
  it('2,000 characters: searched as 200 at most, echoed short, and the page still answers', async () => {
    const long = Array.from({ length: 400 }, (_, i) => ['mại', 'dâm', 'bán', 'người', 'zzq'][i % 5])
      .join(' ')
      .padEnd(2_000, 'x')
      .slice(0, 2_000);
    expect(long).toHaveLength(2_000);
    const { page, dialogs, close } = await searchFor(long);
    const [box, status, label] = await shown(page);
    expect([...box!].length).toBeLessThanOrEqual(200);
    expect([...status!].length, status).toBeLessThanOrEqual(160);
    expect([...label!].length, label).toBeLessThanOrEqual(300);
    expect(dialogs).toEqual([]);
    // Not frozen: a script answers, and the quick exit leaves.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await page.locator('quick-exit a[data-quick-exit]').click();
    await page.waitForURL(NEUTRAL, { timeout: 5_000 });
    await close();
  });

  it('only punctuation: no search, the help instead', async () => {
    const { page, dialogs, close } = await searchFor('?!.,;:…"-–()[]{}');
    expect(await page.locator('main site-search [data-search-status]').textContent()).toMatch(/^Không tìm thấy trang nào phù hợp\./);
    expect(await page.locator('main site-search [data-search-help]').isVisible()).toBe(true);
    expect(dialogs).toEqual([]);
    await close();
  });

  it('control, bidirectional and zero-width characters are taken out of everything shown', async () => {
    const { page, dialogs, close } = await searchFor('\u202Egnol\u202C mại\u0000 dâm\u2066\u200B\u0007 đường dây nóng\u202E 0912 345 678');
    for (const text of await shown(page)) expect(text, JSON.stringify(text)).not.toMatch(UNSAFE);
    expect(await page.locator('main site-search input[name="q"]').inputValue()).toBe('gnol mại dâm đường dây nóng 0912 345 678');
    expect(dialogs).toEqual([]);
    await close();
  });

  it('markup is only ever text: nothing runs, no element is made from it', async () => {
    const { page, dialogs, close } = await searchFor('<img src=x onerror=alert(1)><script>alert(2)</script> mại dâm');
    expect(dialogs).toEqual([]);
    expect(await page.locator('main site-search img, main site-search script').count()).toBe(0);
    expect(await page.locator('main site-search input[name="q"]').inputValue()).toContain('<img src=x');
    await close();
  });
});
