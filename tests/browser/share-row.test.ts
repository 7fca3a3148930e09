/** The share row with and without JavaScript, and the printable sheets on a phone screen. */
import { describe, expect, it } from 'vitest';
import { useBrowserSite } from '../helpers/browser-site.ts';
import { CARD_SHEET_PATH, posterPath } from '../../src/lib/materials.ts';

const ARTICLE = '/bai-viet/sugar-baby-hen-ho-va-loi-moi-bao-nuoi/';
const site = useBrowserSite();

describe('share row', () => {
  it('copies the page address with JavaScript', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    const page = await context.newPage();
    await page.goto(site.url(ARTICLE));
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toMatch(/Đã sao chép/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    await context.close();
  });

  it('shows the address as text and no dead button without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url(ARTICLE));
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(await page.locator('[data-copy-source]').textContent()).toBe(canonical);
    expect(await page.locator('[data-copy-source]').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Sao chép liên kết' }).count()).toBe(0);
    await page.goto(site.url(CARD_SHEET_PATH));
    expect(await page.getByRole('button', { name: 'In trang này' }).count()).toBe(0);
    expect(await page.getByText('Ctrl + P').isVisible()).toBe(true);
    await context.close();
  });
});

describe.each([posterPath('hoc-sinh-sinh-vien'), CARD_SHEET_PATH])('%s on a phone', (path) => {
  it('does not scroll sideways', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(site.url(path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path}: trang rộng hơn màn hình điện thoại ${overflow}px`).toBeLessThanOrEqual(0);
    await page.close();
  });
});
