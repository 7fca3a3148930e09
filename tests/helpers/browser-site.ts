/**
 * One Chromium and one static server per test file, started before its tests and
 * closed after them; pages are visited one after another (2 shared cores).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';
import { serveDist, type StaticServer } from '../../tools/static-server.ts';
import { DIST } from './site-pages.ts';

export interface BrowserSite {
  browser: Browser;
  server: StaticServer;
  /** Absolute URL of a page path on the local server. */
  url: (path: string) => string;
}

/** Register the hooks that start and stop the browser and the server; fields are set once beforeAll ran. */
export function useBrowserSite(dist = DIST): BrowserSite {
  const site = { url: (path: string) => `${site.server.origin}${path}` } as BrowserSite;
  beforeAll(async () => {
    site.server = await serveDist(dist);
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * Open each path in turn in one tab of `context` and run `check` on it. Returns every
 * problem as "<path>: <what to fix>", so a failing test names the page.
 */
export async function checkEachPage(
  site: BrowserSite,
  context: BrowserContext,
  paths: string[],
  check: (page: Page, path: string) => Promise<string[]>,
): Promise<string[]> {
  const page = await context.newPage();
  const problems: string[] = [];
  for (const path of paths) {
    try {
      const response = await page.goto(site.url(path), { waitUntil: 'load' });
      if (!response?.ok()) problems.push(`${path}: máy chủ trả về ${response?.status()}`);
      problems.push(...(await check(page, path)).map((p) => `${path}: ${p}`));
    } catch (error) {
      problems.push(`${path}: không kiểm tra được (${(error as Error).message.split('\n')[0]})`);
    }
  }
  await page.close();
  return problems;
}
