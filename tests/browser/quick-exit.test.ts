/** Quick exit in a real browser: button, Shift×3, Back, and without JavaScript. */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserSite } from '../helpers/browser-site.ts';

const NEUTRAL = 'https://nchmf.gov.vn/';
const site = useBrowserSite();

/** A page whose requests to the neutral site are answered locally, so the test needs no network. */
async function openPage(javaScriptEnabled = true): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.browser.newContext({ javaScriptEnabled });
  await context.route(`${NEUTRAL}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Thời tiết</title><p>Dự báo thời tiết</p>' }),
  );
  const page = await context.newPage();
  return { context, page };
}

describe('quick exit', () => {
  it('leaves by the button, and Back does not return to the page left', async () => {
    const { context, page } = await openPage();
    await page.goto(`${site.server.origin}/`);
    await page.goto(`${site.server.origin}/phap-luat/`);
    await page.locator('quick-exit a[data-quick-exit]').click();
    await page.waitForURL(NEUTRAL);
    await page.goBack();
    expect(page.url()).toBe(`${site.server.origin}/`);
    await context.close();
  });

  it('leaves after Shift pressed three times, showing the count on the way', async () => {
    const { context, page } = await openPage();
    await page.goto(`${site.server.origin}/duong-day-nong/`);
    await page.keyboard.press('Shift');
    await expect.poll(() => page.locator('quick-exit [data-dot].is-on').count()).toBe(1);
    expect(await page.locator('quick-exit [data-exit-status]').textContent()).toContain('thêm 2 lần');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(NEUTRAL);
    await context.close();
  });

  it('does not leave when another key breaks the sequence', async () => {
    const { context, page } = await openPage();
    await page.goto(`${site.server.origin}/`);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    await page.keyboard.press('Shift');
    // The key in between started the count again: one dot lit, two presses left. A counter that
    // ignored the 'a' would be at three and leaving.
    await expect.poll(() => page.locator('quick-exit [data-dot].is-on').count()).toBe(1);
    expect(await page.locator('quick-exit [data-exit-status]').textContent()).toContain('thêm 2 lần');
    await expect(page.waitForURL(NEUTRAL, { timeout: 1_500 })).rejects.toThrow();
    expect(page.url()).toBe(`${site.server.origin}/`);
    // And the count goes on from there: two more presses leave.
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(NEUTRAL);
    await context.close();
  });

  it('is a plain link that leaves when JavaScript is off', async () => {
    const { context, page } = await openPage(false);
    await page.goto(`${site.server.origin}/to-giac/`);
    await page.locator('quick-exit a[data-quick-exit]').click();
    await page.waitForURL(NEUTRAL);
    await context.close();
  });

  it('stays at the top of a phone screen all the way down a long page', async () => {
    const { context, page } = await openPage();
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`${site.server.origin}/duong-day-nong/`);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const bar = await page.locator('quick-exit').boundingBox();
    expect(bar?.y, '/duong-day-nong/: thanh "Thoát nhanh" phải dính ở đầu màn hình điện thoại khi cuộn xuống').toBe(0);
    expect(await page.locator('quick-exit a[data-quick-exit]').isVisible()).toBe(true);
    await context.close();
  });
});
