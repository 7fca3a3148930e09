/**
 * `npm run lighthouse`: Lighthouse's mobile preset (simulated slow 4G, slowed CPU) with
 * Debian's Chromium on the home page, a hub, an article and the hotline page; prints the four
 * category scores per page and every audit that cost points. The site is built into a
 * temporary folder with SITE_URL set to the local server, so canonical links point where
 * Lighthouse looks, and served gzipped as a real host would. Not part of `npm test`: scores
 * move with the machine's load.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { coldBuild } from './bench/build-run.ts';
import { CATEGORIES, failingAudits, scoreTable, type LhrLike } from './lighthouse/scores.ts';
import { serveDist } from '../tests/helpers/static-server.ts';
import { CHROMIUM } from '../tests/helpers/browser.ts';

const ROOT = resolve(import.meta.dirname, '..');
const log = (message: string) => process.stderr.write(`${message}\n`);

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`Không thấy Chromium ở ${CHROMIUM}: cài bằng "apt-get install -y chromium".`);
  const work = mkdtempSync(join(tmpdir(), 'pcmd-lighthouse-'));
  const outDir = join(work, 'dist');
  // Serve first: the build needs the server's address as SITE_URL; files are read per request.
  const server = await serveDist(outDir, '/', { gzip: true });
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    log(`[lighthouse] dựng trang với SITE_URL=${server.origin}…`);
    await coldBuild(ROOT, { contentDir: join(ROOT, 'content'), cacheDir: join(work, 'cache'), outDir }, { SITE_URL: server.origin });
    const article = readdirSync(join(outDir, 'bai-viet')).sort()[0];
    const pages = ['/', '/hoc-sinh-sinh-vien/', `/bai-viet/${article}/`, '/duong-day-nong/'];
    chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    // One discarded run: Chromium's first page load pays for its own start-up, not the site's.
    log('[lighthouse] chạy khởi động (không tính)…');
    await lighthouse(`${server.origin}/`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const results: { page: string; lhr: LhrLike }[] = [];
    for (const page of pages) {
      log(`[lighthouse] ${page}…`);
      const run = await lighthouse(`${server.origin}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!run) throw new Error(`Lighthouse không trả kết quả cho ${page}`);
      if (run.lhr.runtimeError) throw new Error(`Lighthouse lỗi ở ${page}: ${run.lhr.runtimeError.message}`);
      results.push({ page, lhr: run.lhr as unknown as LhrLike });
    }
    console.log(`\nLighthouse (mobile preset, Chromium at ${CHROMIUM})\n`);
    console.log(scoreTable(results));
    const failing = results.flatMap(({ page, lhr }) => failingAudits(lhr).map((a) => `${page}  ${a}`));
    console.log(failing.length ? `\nAudits below 100:\n${failing.join('\n')}` : '\nEvery scored audit passes.');
  } finally {
    chrome?.kill();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
