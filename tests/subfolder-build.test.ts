/** The site built for a sub-folder (BASE_PATH=/pcmd/) has no link that escapes it or breaks. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadPages, servedPaths } from '../scripts/lib/dist.ts';
import { checkLinks } from '../scripts/checks/links.ts';
import { checkSitemap } from '../scripts/checks/sitemap.ts';
import { runAstro, type AstroRun } from './helpers/astro-run.ts';
import { openSearch } from './helpers/pagefind-node.ts';
import { serveDist } from './helpers/static-server.ts';
import { launchBrowser } from './helpers/browser.ts';

let run: AstroRun;
beforeAll(() => {
  run = runAstro('build', undefined, { BASE_PATH: '/pcmd/', SITE_URL: 'https://xa-vidu.example.vn' });
  if (run.code !== 0) throw new Error(run.output);
});
afterAll(() => run?.cleanup());

describe('sub-folder build', () => {
  it('resolves every internal link, asset and anchor under /pcmd/', () => {
    const pages = loadPages(run.outDir);
    expect(pages.length).toBeGreaterThan(10);
    expect(checkLinks(pages, servedPaths(run.outDir), '/pcmd/')).toEqual([]);
  });

  it('writes canonical URLs and the sitemap with the sub-folder', () => {
    const pages = loadPages(run.outDir);
    const home = pages.find((p) => p.path === '/');
    expect(home?.root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://xa-vidu.example.vn/pcmd/');
    expect(checkSitemap(pages, run.outDir, '/pcmd/')).toEqual([]);
  });

  it('points search at the sub-folder bundle', () => {
    const search = loadPages(run.outDir).find((p) => p.path === '/tim-kiem/');
    expect(search?.root.querySelector('site-search')?.getAttribute('data-bundle')).toBe('/pcmd/pagefind/');
    expect(search?.root.querySelector('form[role="search"]')?.getAttribute('action')).toBe('/pcmd/tim-kiem/');
  });
});

describe('search in a sub-folder build', () => {
  it('gives result URLs inside the sub-folder (Pagefind JS API in Node)', async () => {
    const search = await openSearch(run.outDir, '/pcmd/');
    try {
      expect((await search.rawUrls('duong day nong', 1))[0]).toBe('/pcmd/duong-day-nong/');
    } finally {
      await search.close();
    }
  });

  it('runs in the browser from /pcmd/tim-kiem/ and its first result opens', async () => {
    const server = await serveDist(run.outDir, '/pcmd/');
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/pcmd/tim-kiem/?q=duong+day+nong`);
      const first = page.locator('main site-search [data-search-results] li a').first();
      await first.waitFor({ timeout: 15_000 });
      expect(await first.getAttribute('href')).toBe('/pcmd/duong-day-nong/');
      const response = await Promise.all([page.waitForNavigation(), first.click()]).then(([r]) => r);
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').textContent()).toBe('Đường dây nóng và kênh tố giác');
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
