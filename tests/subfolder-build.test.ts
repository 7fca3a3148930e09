/** The site built for a sub-folder (BASE_PATH=/pcmd/) has no link that escapes it or breaks. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadPages, servedPaths } from '../scripts/lib/dist.ts';
import { checkLinks } from '../scripts/checks/links.ts';
import { checkSitemap } from '../scripts/checks/sitemap.ts';
import { checkSharing } from '../scripts/checks/sharing.ts';
import { runAstro, type AstroRun } from './helpers/astro-run.ts';

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
});
