/** One list of pages for every browser test: what the sitemap lists, plus the 404 page. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadPages, sitemapPaths, type BuiltPage } from '../../tools/dist.ts';
import { ROOT } from './astro-run.ts';

/** The site built by `npm run build` (npm test builds it before Vitest runs). */
export const DIST = join(ROOT, 'dist');

/** Every HTML page of `dist`, parsed; stops with one line when the site was not built. */
export function builtPages(dist = DIST): BuiltPage[] {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} chưa được dựng: chạy \`npm run build\` trước (npm test tự làm việc này).`);
  return loadPages(dist);
}

/**
 * Every page a reader can land on in `dist`, as URL paths ("/", "/phap-luat/", ...):
 * each URL in the sitemap mapped to the local server, then "/404.html".
 */
export function sitemapPages(dist = DIST): string[] {
  if (!existsSync(join(dist, 'sitemap-index.xml'))) throw new Error(`${dist} chưa được dựng: chạy \`npm run build\` trước (npm test tự làm việc này).`);
  const paths = sitemapPaths(dist, '/');
  if (paths.length === 0) throw new Error(`${dist}/sitemap-index.xml không liệt kê trang nào.`);
  return existsSync(join(dist, '404.html')) ? [...paths, '/404.html'] : paths;
}

/** A few pages that stand for every page type: home, a hub, an article, the hotlines, search. */
export function representativePages(dist = DIST): string[] {
  const article = sitemapPages(dist).find((p) => p.startsWith('/bai-viet/'));
  if (!article) throw new Error('Sitemap không có bài viết nào (/bai-viet/...).');
  return ['/', '/nguoi-lao-dong/', article, '/duong-day-nong/', '/tim-kiem/'];
}

/**
 * Time allowed for a test that visits every page in turn: a page takes seconds on a loaded
 * 2-core machine (up to 8 at a load average of 20), so the allowance grows with the site
 * instead of a flat limit that new articles overrun.
 */
export function everyPageTimeout(pages: number, perPage = 10_000): number {
  return Math.max(120_000, pages * perPage);
}
