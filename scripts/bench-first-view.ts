/**
 * `npm run bench:first-view`: a first visit to an article (the largest), the home page and the
 * hotline page, and a three-page visit (home → students' hub → that article), in headless
 * Chromium throttled like a cheap phone on slow 3G (scripts/bench/throttled-visit.ts), each
 * `--runs` times; prints the medians. The site is served gzipped, with the hashed files under
 * /_astro/ cacheable for a year as a well-configured host sends them, so a later page of a visit
 * gets its stylesheet and script from the cache. Reported, never asserted.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../tools/browser.ts';
import { serveDist } from '../tools/static-server.ts';
import { parseFirstViewArgs } from './bench/first-view-args.ts';
import { medianVisit, measureVisit, SLOW_3G_PHONE, UNTHROTTLED, visitTable, type PageMeasure } from './bench/throttled-visit.ts';
import { firstView, totals } from './lib/first-view.ts';

const log = (message: string) => process.stderr.write(`${message}\n`);

/** The article with the largest HTML: the one most likely to miss the first round trip. */
function largestArticle(dist: string): string {
  const dir = join(dist, 'bai-viet');
  const sizes = readdirSync(dir)
    .filter((slug) => statSync(join(dir, slug)).isDirectory())
    .map((slug) => ({ slug, bytes: statSync(join(dir, slug, 'index.html')).size }))
    .sort((a, b) => b.bytes - a.bytes);
  if (!sizes[0]) throw new Error(`${dir} không có bài viết nào: chạy npm run build trước`);
  return `/bai-viet/${sizes[0].slug}/`;
}

/** Hashed build files never change under the same name: a host can let browsers keep them. */
const cacheHeaders = (path: string) => new Map(path.includes('/_astro/') ? [['cache-control', 'public, max-age=31536000, immutable']] : []);

async function main() {
  const options = parseFirstViewArgs(process.argv.slice(2));
  const dist = resolve(options.dist);
  const throttling = options.throttle ? SLOW_3G_PHONE : UNTHROTTLED;
  const article = largestArticle(dist);
  const visits: { label: string; paths: string[] }[] = [
    { label: 'first visit', paths: [article] },
    { label: 'first visit', paths: ['/'] },
    { label: 'first visit', paths: ['/duong-day-nong/'] },
    { label: 'three pages', paths: ['/', '/hoc-sinh-sinh-vien/', article] },
  ];
  const server = await serveDist(dist, '/', { gzip: true, headersFor: cacheHeaders });
  const browser = await launchBrowser();
  const results: { label: string; pages: PageMeasure[] }[] = [];
  try {
    for (const visit of visits) {
      const runs: PageMeasure[][] = [];
      for (let run = 1; run <= options.runs; run++) {
        log(`[bench:first-view] ${visit.paths.join(' → ')}, lần ${run}/${options.runs} (${throttling.name})…`);
        runs.push(await measureVisit(browser, server.origin, visit.paths, throttling));
      }
      results.push({ label: visit.label, pages: medianVisit(runs) });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  console.log(
    `\nFirst views of ${dist}, ${throttling.name}, median of ${options.runs} run(s); "quick exit ready" = its script is running (the plain link works once drawn)\n`,
  );
  for (const r of results) console.log(`${visitTable(r.label, r.pages)}\n`);
  console.log('What each first visit fetched:');
  for (const r of results.filter((r) => r.pages.length === 1)) console.log(`  ${r.pages[0]!.path}: ${r.pages[0]!.fetched.join(', ')}`);
  console.log('\nThe same pages read from dist/ (scripts/lib/first-view.ts, gzip by zlib):');
  for (const path of [article, '/', '/hoc-sinh-sinh-vien/', '/duong-day-nong/']) {
    const view = firstView(dist, path);
    const sum = totals(view.files);
    console.log(
      `  ${path}: ${sum.requests} request(s), ${(sum.gzip.total / 1024).toFixed(1)} KB gzip (HTML ${(sum.gzip.html / 1024).toFixed(1)}, CSS ${(sum.gzip.css / 1024).toFixed(1)}, JS ${(sum.gzip.js / 1024).toFixed(1)}, other ${(sum.gzip.other / 1024).toFixed(1)})`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
