/**
 * `npm run lighthouse`: Lighthouse's mobile preset (simulated slow 4G, slowed CPU) on the home
 * page, a hub, an article and the hotline page, in the same Chromium the browser tests use;
 * prints the four category scores per page and every audit that cost points. The site is built
 * into a temporary folder with SITE_URL set to the local server, so canonical links point where
 * Lighthouse looks, and served gzipped as a real host would. Not part of `npm test`: scores
 * move with the machine's load. Lighthouse itself (about 70 packages nothing else uses) is not
 * installed with the project: npx fetches the pinned version from the npm registry on first use.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { coldBuild } from './bench/build-run.ts';
import { CATEGORIES, failingAudits, scoreTable, type LhrLike } from './lighthouse/scores.ts';
import { serveDist } from '../tools/static-server.ts';
import { BROWSER_ARGS, findBrowser, type FoundBrowser } from '../tools/browser.ts';

/** The Lighthouse release the scores in docs/performance.md were taken with. */
export const LIGHTHOUSE = 'lighthouse@13.5.0';

const ROOT = resolve(import.meta.dirname, '..');
const log = (message: string) => process.stderr.write(`${message}\n`);

/**
 * One Lighthouse run in its own Chromium; resolves to the result (LHR). Asynchronous on purpose:
 * the site is served from this same process, which must keep answering while Lighthouse loads it.
 */
async function runLighthouse(
  url: string,
  browser: FoundBrowser,
  categories: readonly string[],
  work: string,
): Promise<LhrLike & { runtimeError?: { message: string } }> {
  const report = join(work, 'report.json');
  const args = [
    '--yes',
    LIGHTHOUSE,
    url,
    '--quiet',
    '--output=json',
    `--output-path=${report}`,
    `--only-categories=${categories.join(',')}`,
    `--chrome-flags=--headless=new ${BROWSER_ARGS.join(' ')}`,
  ];
  const child = spawn('npx', args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...browser.env, CHROME_PATH: browser.path } });
  const code = await new Promise<number | null>((done, fail) => child.on('error', fail).on('close', done));
  if (code !== 0) throw new Error(`Lighthouse (${LIGHTHOUSE}) dừng với mã ${code} ở ${url}`);
  return JSON.parse(readFileSync(report, 'utf8'));
}

async function main() {
  const browser = await findBrowser();
  const work = mkdtempSync(join(tmpdir(), 'pcmd-lighthouse-'));
  const outDir = join(work, 'dist');
  // Serve first: the build needs the server's address as SITE_URL; files are read per request.
  const server = await serveDist(outDir, '/', { gzip: true });
  try {
    log(`[lighthouse] dựng trang với SITE_URL=${server.origin}…`);
    await coldBuild(ROOT, { contentDir: join(ROOT, 'content'), cacheDir: join(work, 'cache'), outDir }, { SITE_URL: server.origin });
    const article = readdirSync(join(outDir, 'bai-viet')).sort()[0];
    const pages = ['/', '/hoc-sinh-sinh-vien/', `/bai-viet/${article}/`, '/duong-day-nong/'];
    // One discarded run: the first run pays for npx's fetch and Chromium's first start, not the site.
    log('[lighthouse] chạy khởi động (không tính)…');
    await runLighthouse(`${server.origin}/`, browser, ['performance'], work);
    const results: { page: string; lhr: LhrLike }[] = [];
    for (const page of pages) {
      log(`[lighthouse] ${page}…`);
      const lhr = await runLighthouse(`${server.origin}${page}`, browser, CATEGORIES, work);
      if (lhr.runtimeError) throw new Error(`Lighthouse lỗi ở ${page}: ${lhr.runtimeError.message}`);
      results.push({ page, lhr });
    }
    console.log(`\n${LIGHTHOUSE} (mobile preset, Chromium ${browser.source}: ${browser.path})\n`);
    console.log(scoreTable(results));
    const failing = results.flatMap(({ page, lhr }) => failingAudits(lhr).map((a) => `${page}  ${a}`));
    console.log(failing.length ? `\nAudits below 100:\n${failing.join('\n')}` : '\nEvery scored audit passes.');
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
