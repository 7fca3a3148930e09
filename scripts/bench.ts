/**
 * `npm run bench`: builds the site with N synthetic articles (100 and 1,000 by default),
 * `--runs` cold builds per size, and prints build time (median), ms per page, peak memory,
 * dist and Pagefind sizes, then one article's first view as headless Chromium loads it.
 * Everything happens in temporary folders that are removed at the end; content/ and dist/
 * are never touched. Times depend on the machine and its load: report them, never assert them.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from './bench/args.ts';
import { readCitable } from './bench/citable.ts';
import { createWorkspace } from './bench/workspace.ts';
import { coldBuild } from './bench/build-run.ts';
import { dirSize } from './bench/dir-size.ts';
import { browserFirstView, type LoadedFile } from './bench/browser-first-view.ts';
import { benchSlug } from './bench/synthetic-article.ts';
import { budgetLine, buildTable, firstViewTable, type SizeResult } from './bench/report.ts';
import { formatSeconds } from './bench/stats.ts';

const ROOT = resolve(import.meta.dirname, '..');
const log = (message: string) => process.stderr.write(`${message}\n`);

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const citable = readCitable(join(ROOT, 'content'));
  const results: SizeResult[] = [];
  const firstViews: { articles: number; path: string; files: LoadedFile[] }[] = [];

  for (const articles of options.pages) {
    const ws = createWorkspace(ROOT, articles, citable, options.seed);
    try {
      const result: SizeResult = { articles, runs: [], distBytes: 0, pagefindBytes: 0 };
      for (let run = 1; run <= options.runs; run++) {
        log(`[bench] ${articles} bài, lần dựng ${run}/${options.runs}…`);
        const built = await coldBuild(ROOT, ws);
        log(`[bench]   ${built.pages} trang trong ${formatSeconds(built.ms)}`);
        result.runs.push(built);
      }
      result.distBytes = dirSize(ws.outDir);
      result.pagefindBytes = dirSize(join(ws.outDir, 'pagefind'));
      results.push(result);
      const path = `/bai-viet/${benchSlug(1)}/`;
      log(`[bench]   mở ${path} trong Chromium…`);
      firstViews.push({ articles, path, files: await browserFirstView(ws.outDir, path) });
    } finally {
      ws.remove();
    }
  }

  console.log(`\nBuild (${options.runs} cold run(s) per size; wall time grows when other work shares the machine, CPU time much less)\n`);
  console.log(buildTable(results));
  for (const view of firstViews) {
    console.log(`\nFirst view of ${view.path} (${view.articles} articles), headless Chromium, gzip by zlib\n`);
    console.log(firstViewTable(view.files));
  }
  console.log(`\n${budgetLine}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
