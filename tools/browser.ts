/**
 * The Chromium every browser test (and the benchmark and Lighthouse scripts) drives through
 * playwright-core. In order of preference:
 *   1. CHROME_PATH, when set (it must exist: a wrong path stops the tests with one line);
 *   2. a Chromium or Chrome installed on the machine (Debian's, macOS's, Windows');
 *   3. the Chromium packaged inside the npm package @sparticuz/chromium (Linux x64), unpacked
 *      once from its brotli archives into node_modules/.cache. So `npm install` is all the
 *      browser set-up a Linux machine needs: no download from anywhere but the npm registry.
 */
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/** The project folder: its node_modules holds the packaged browser and the unpacked copy. */
const ROOT = resolve(import.meta.dirname, '..');

export interface FoundBrowser {
  /** The executable to launch. */
  path: string;
  /** Where it came from, said in the first line a browser test prints. */
  source: 'CHROME_PATH' | 'system' | 'packaged';
  /** Extra environment the executable needs (the packaged one: its libraries and fonts). */
  env: Record<string, string>;
}

/** Browsers a machine may already have, checked in this order. */
export const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/**
 * Root in a sandboxed container; no GPU; no background calls to Google, which a closed network
 * refuses many at a time.
 */
export const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** An error that test runners print as its message alone: a set-up mistake, not a code fault to trace. */
function oneLineError(message: string): Error {
  const error = new Error(message);
  error.stack = `Error: ${message}`;
  return error;
}

/** The choice between CHROME_PATH and an installed browser; undefined when neither is there. */
export function pickInstalledBrowser(env: NodeJS.ProcessEnv, exists: (path: string) => boolean): FoundBrowser | undefined {
  const chosen = env.CHROME_PATH?.trim();
  if (chosen) {
    if (!exists(chosen)) throw oneLineError(`CHROME_PATH="${chosen}" không tồn tại: sửa đường dẫn hoặc bỏ biến này để dùng Chromium có sẵn.`);
    return { path: chosen, source: 'CHROME_PATH', env: {} };
  }
  const system = SYSTEM_BROWSERS.find(exists);
  return system ? { path: system, source: 'system', env: {} } : undefined;
}

/** Files of the packaged Chromium, unpacked under `dir`. */
function packagedFiles(dir: string): FoundBrowser {
  return {
    path: join(dir, 'chromium'),
    source: 'packaged',
    // Its own NSS/expat libraries and a fonts.conf that points at its own fonts, so a bare
    // Debian or Ubuntu with neither libnss3 nor any font still runs it and draws Vietnamese.
    env: { LD_LIBRARY_PATH: join(dir, 'al2023', 'lib'), FONTCONFIG_PATH: join(dir, 'fonts') },
  };
}

/**
 * Unpack @sparticuz/chromium's archives into node_modules/.cache/chromium-<version>/, once.
 * The package's own helper writes to fixed /tmp names and returns a half-written file to a
 * second caller; here the archives go to a fresh staging folder that is renamed into place
 * only when complete, so parallel or interrupted runs never see a partial browser.
 */
async function unpackPackagedChromium(): Promise<FoundBrowser> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw oneLineError(
      `Không thấy Chromium: chưa cài trên máy và gói @sparticuz/chromium chỉ chạy trên Linux x64 (máy này: ${process.platform} ${process.arch}). Cài Chrome hoặc Chromium, hoặc đặt CHROME_PATH.`,
    );
  }
  const require = createRequire(join(ROOT, 'package.json'));
  const packageDir = join(require.resolve('@sparticuz/chromium'), '..', '..');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const cache = join(ROOT, 'node_modules', '.cache');
  const dir = join(cache, `chromium-${version}`);
  if (existsSync(join(dir, 'chromium'))) return packagedFiles(dir);

  mkdirSync(cache, { recursive: true });
  const staging = mkdtempSync(join(cache, `chromium-${version}.part-`));
  const { inflate } = (await import('@sparticuz/chromium')) as { inflate: (file: string) => Promise<string> };
  const bin = join(packageDir, 'bin');
  // inflate() writes into os.tmpdir(), which follows TMPDIR: point it at the staging folder.
  const tmpdir = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    await Promise.all(['chromium.br', 'al2023.tar.br', 'fonts.tar.br'].map((file) => inflate(join(bin, file))));
  } finally {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  }
  const fonts = join(staging, 'fonts');
  writeFileSync(
    join(fonts, 'fonts.conf'),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${fonts.replace(staging, dir)}</dir>\n  <cachedir>${join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
  );
  try {
    renameSync(staging, dir);
  } catch (error) {
    // Another run finished first: keep its copy.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(dir, 'chromium'))) throw error;
  }
  return packagedFiles(dir);
}

let found: Promise<FoundBrowser> | undefined;

/** The browser to drive (see the top of this file); unpacks the packaged one the first time. */
export function findBrowser(): Promise<FoundBrowser> {
  found ??= (async () => pickInstalledBrowser(process.env, existsSync) ?? (await unpackPackagedChromium()))();
  return found;
}

/** Options for playwright-core's launch and launchPersistentContext. */
export async function browserLaunchOptions(): Promise<LaunchOptions> {
  const browser = await findBrowser();
  return { executablePath: browser.path, args: BROWSER_ARGS, env: { ...process.env, ...browser.env } as Record<string, string> };
}

let announced = false;

/** Launch the browser; the first launch in a process says which browser it is. */
export async function launchBrowser(): Promise<Browser> {
  const { path, source } = await findBrowser();
  const browser = await chromium.launch(await browserLaunchOptions());
  if (!announced) {
    announced = true;
    console.log(`[trình duyệt] Chromium ${browser.version()} (${source}): ${path}`);
  }
  return browser;
}
