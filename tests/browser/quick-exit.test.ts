/** Quick exit in a real browser: button, Shift×3, Back, and without JavaScript. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';
import { ROOT } from '../helpers/astro-run.ts';

const NEUTRAL = 'https://nchmf.gov.vn/';
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDist(join(ROOT, 'dist'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page whose requests to the neutral site are answered locally, so the test needs no network. */
async function openPage(javaScriptEnabled = true): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled });
  await context.route(`${NEUTRAL}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Thời tiết</title><p>Dự báo thời tiết</p>' }));
  const page = await context.newPage();
  return { context, page };
}

describe('quick exit', () => {
  it('leaves by the button, and Back does not return to the page left', async () => {
    const { context, page } = await openPage();
    await page.goto(`${server.origin}/`);
    await page.goto(`${server.origin}/phap-luat/`);
    await page.locator('quick-exit a[data-quick-exit]').click();
    await page.waitForURL(NEUTRAL);
    await page.goBack();
    expect(page.url()).toBe(`${server.origin}/`);
    await context.close();
  });

  it('leaves after Shift pressed three times, showing the count on the way', async () => {
    const { context, page } = await openPage();
    await page.goto(`${server.origin}/duong-day-nong/`);
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
    await page.goto(`${server.origin}/`);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(`${server.origin}/`);
    await context.close();
  });

  it('is a plain link that leaves when JavaScript is off', async () => {
    const { context, page } = await openPage(false);
    await page.goto(`${server.origin}/to-giac/`);
    await page.locator('quick-exit a[data-quick-exit]').click();
    await page.waitForURL(NEUTRAL);
    await context.close();
  });
});
