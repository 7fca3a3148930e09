/**
 * The site built for a sub-folder (BASE_PATH=/pcmd/) has no link or asset that escapes it or
 * breaks: checked on the files, then crawled over HTTP from a server that answers only under
 * /pcmd/. The build is a national one with the example locality, so /dia-phuong/ must list it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPages, servedPaths } from '../../tools/dist.ts';
import { MOVED_PAGES } from '../../src/lib/moved.ts';
import { checkLinks } from '../../scripts/checks/links.ts';
import { checkSitemap } from '../../scripts/checks/sitemap.ts';
import { checkEmbeds, checkFramingHeaders } from '../../scripts/checks/embeds.ts';
import { checkContactsJson, checkRss } from '../../scripts/checks/open-data.ts';
import { crawl } from '../helpers/crawl.ts';
import { serveDist } from '../../tools/static-server.ts';
import { ROOT, runAstro, type AstroRun } from '../helpers/astro-run.ts';
import { openSearch } from '../../tools/pagefind-node.ts';
import { launchBrowser } from '../../tools/browser.ts';
import { checkSharing } from '../../scripts/checks/sharing.ts';
import { runSiteChecks, siteContext } from '../../scripts/checks/index.ts';
import { MATERIALS, qrProblem, quizSheets } from '../helpers/print-sheets.ts';

const SITE = 'https://xa-vidu.example.vn';
let run: AstroRun;
beforeAll(() => {
  run = runAstro('build', join(ROOT, 'tests/fixtures/locality-edition'), { BASE_PATH: '/pcmd/', SITE_URL: SITE });
  if (run.code !== 0) throw new Error(run.output);
});
afterAll(() => run?.cleanup());

describe('sub-folder build', () => {
  it('passes every check of npm run check:site, as a commune runs it on its edition', async () => {
    const ctx = siteContext(run.outDir, { site: SITE, base: '/pcmd/', contentDir: run.contentDir });
    const problems = await runSiteChecks(ctx);
    expect(problems.map((p) => `[${p.check}] ${p.page}: ${p.message}`)).toEqual([]);
  });

  it('sends no HSTS from the sub-folder unless asked (it would cover the whole portal host)', () => {
    expect(readFileSync(join(run.outDir, '_headers'), 'utf8')).not.toContain('Strict-Transport-Security');
    expect(readFileSync(join(run.outDir, '.htaccess'), 'utf8')).not.toContain('Strict-Transport-Security');
  });

  it('resolves every internal link, asset and anchor under /pcmd/', () => {
    const pages = loadPages(run.outDir);
    expect(pages.length).toBeGreaterThan(10);
    expect(checkLinks(pages, servedPaths(run.outDir), '/pcmd/')).toEqual([]);
  });

  it('serves every page, script, image, feed link and search file under /pcmd/ over HTTP', async () => {
    const server = await serveDist(run.outDir, '/pcmd/');
    try {
      const entry = JSON.parse(readFileSync(join(run.outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
      const searchFiles = [
        '/pcmd/pagefind/pagefind.js',
        '/pcmd/pagefind/pagefind-entry.json',
        ...Object.values(entry.languages as Record<string, { hash: string }>).map((l) => `/pcmd/pagefind/pagefind.${l.hash}.pf_meta`),
      ];
      // Moved articles' old addresses are reached from outside (old links, bookmarks), never from the site.
      const moved = MOVED_PAGES.map((m) => `/pcmd${m.from}`);
      const start = [
        '/pcmd/',
        '/pcmd/404.html',
        '/pcmd/sitemap-index.xml',
        '/pcmd/rss.xml',
        '/pcmd/contacts.json',
        '/pcmd/contacts.schema.json',
        '/pcmd/nhung/',
        ...searchFiles,
        ...moved,
      ];
      const { fetched, problems } = await crawl(server.origin, '/pcmd/', start, SITE);
      expect(problems).toEqual([]);
      const paths = [...fetched.keys()];
      // The crawl reached every built page and the assets they use.
      const built = loadPages(run.outDir);
      const unreached = built.map((p) => `/pcmd${p.path}`).filter((p) => !fetched.has(p));
      expect(unreached).toEqual([]);
      // A moved page sends the browser on inside the sub-folder.
      const refreshes = MOVED_PAGES.map((m) =>
        built
          .find((p) => p.path === m.from)
          ?.root.querySelector('meta[http-equiv="refresh"]')
          ?.getAttribute('content'),
      );
      expect(refreshes).toEqual(MOVED_PAGES.map((m) => `0; url=/pcmd${m.to}`));
      // Stylesheets are inside the pages (docs/performance.md): no page waits for a .css file.
      expect(paths.filter((p) => p.endsWith('.css'))).toEqual([]);
      expect(paths.some((p) => p.endsWith('.js') && p.includes('/_astro/'))).toBe(true);
      expect(paths).toContain('/pcmd/nhung/duong-day-nong/');
    } finally {
      await server.close();
    }
  });

  it('writes canonical URLs and the sitemap with the sub-folder', () => {
    const pages = loadPages(run.outDir);
    const home = pages.find((p) => p.path === '/');
    expect(home?.root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}/pcmd/`);
    expect(checkSitemap(pages, run.outDir, '/pcmd/')).toEqual([]);
  });

  it('shares pages with absolute URLs and images under the sub-folder', () => {
    const pages = loadPages(run.outDir);
    expect(checkSharing(pages, run.outDir, '/pcmd/')).toEqual([]);
    const hub = pages.find((p) => p.path === '/nguoi-lao-dong/');
    expect(hub?.root.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe('https://xa-vidu.example.vn/pcmd/og/nguoi-lao-dong.png');
  });

  it('points search at the sub-folder bundle', () => {
    const search = loadPages(run.outDir).find((p) => p.path === '/tim-kiem/');
    expect(search?.root.querySelector('site-search')?.getAttribute('data-bundle')).toBe('/pcmd/pagefind/');
    expect(search?.root.querySelector('form[role="search"]')?.getAttribute('action')).toBe('/pcmd/tim-kiem/');
  });

  it('builds the embeds, their iframe code and their framing headers for the sub-folder', () => {
    const pages = loadPages(run.outDir);
    expect(checkEmbeds(pages, run.outDir, '/pcmd/')).toEqual([]);
    expect(checkFramingHeaders(pages, run.outDir, '/pcmd/')).toEqual([]);
    const codes =
      pages
        .find((p) => p.path === '/nhung/')
        ?.root.querySelectorAll('pre')
        .map((p) => p.rawText) ?? [];
    expect(codes.some((c) => c.includes(`src=&quot;${SITE}/pcmd/nhung/duong-day-nong/&quot;`))).toBe(true);
  });

  it('writes contacts.json and rss.xml with the sub-folder in every address', () => {
    expect(checkContactsJson(run.outDir, run.contentDir)).toEqual([]);
    const data = JSON.parse(readFileSync(join(run.outDir, 'contacts.json'), 'utf8'));
    expect(data.site).toBe(`${SITE}/pcmd/`);
    expect(data.edition).toBeNull();
    expect(data.contacts.some((c: { local: boolean }) => c.local)).toBe(false);
    expect(checkRss(loadPages(run.outDir), run.outDir, SITE, '/pcmd/')).toEqual([]);
  });

  it('lists every locality at /dia-phuong/ in the national build, without putting its lines first elsewhere', () => {
    const pages = loadPages(run.outDir);
    expect(pages.find((p) => p.path === '/dia-phuong/')?.root.querySelector('main a[href="/pcmd/dia-phuong/phuong-vi-du/"]')).not.toBeNull();
    expect(pages.find((p) => p.path === '/dia-phuong/phuong-vi-du/')?.root.querySelector('main h3')?.text).toContain('Công an Phường Ví Dụ');
    expect(pages.find((p) => p.path === '/')?.root.querySelector('header')?.text).not.toContain('Phường Ví Dụ');
    expect(pages.find((p) => p.path === '/duong-day-nong/')?.root.querySelector('main h3')?.text).not.toContain('Công an Phường Ví Dụ');
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

  it('prints on every sheet a QR code that scans to its address under the sub-folder', async () => {
    const server = await serveDist(run.outDir, '/pcmd/');
    const browser = await launchBrowser();
    try {
      const page = await (await browser.newContext({ deviceScaleFactor: 2 })).newPage();
      const problems: string[] = [];
      const sheets = [...MATERIALS, ...quizSheets(run.outDir)];
      expect(sheets.length).toBeGreaterThan(MATERIALS.length);
      for (const path of sheets) {
        await page.goto(`${server.origin}/pcmd${path}`);
        const problem = await qrProblem(page);
        if (problem) problems.push(problem);
      }
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
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
