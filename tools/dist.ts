/** The built site as data: every HTML page in dist/, parsed once, with its URL path. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { isMovedPath } from '../src/lib/moved.ts';

export interface BuiltPage {
  /** File path relative to dist, e.g. "phap-luat/index.html". */
  file: string;
  /** URL path under the base, e.g. "/phap-luat/"; "/404.html" for the error page. */
  path: string;
  root: HTMLElement;
  html: string;
}

/**
 * A page left at a moved article's old address (listed in src/lib/moved.ts): it only points on,
 * with <meta http-equiv="refresh">, so it is not a page of its own in the sitemap, the feed or
 * the article checks. Known by its address, never by its markup, so an injected refresh elsewhere
 * is still refused.
 */
export function isMovedPage(page: Pick<BuiltPage, 'path'>): boolean {
  return isMovedPath(page.path);
}

/** One thing to fix, on one page. */
export interface Problem {
  page: string;
  message: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Map a dist-relative file to the URL path it is served at (without the base). */
export function urlPathOf(file: string): string {
  const posix = file.split(sep).join('/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
  return `/${posix}`;
}

/** Folders of dist that hold no reader page: Pagefind's files, and the staff editor (scripts/checks/editor.ts checks it). */
const NOT_READER_PAGES = [`pagefind${sep}`, `quan-tri${sep}`];

/** Every reader page in dist: every HTML file but those of Pagefind and the staff editor. */
export function loadPages(distDir: string): BuiltPage[] {
  return walk(distDir)
    .filter((f) => f.endsWith('.html') && !NOT_READER_PAGES.some((folder) => relative(distDir, f).startsWith(folder)))
    .map((full) => {
      const file = relative(distDir, full);
      const html = readFileSync(full, 'utf8');
      return { file, path: urlPathOf(file), root: parse(html), html };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Every file in dist as a URL path set, for resolving links to assets too. */
export function servedPaths(distDir: string): Set<string> {
  const paths = new Set<string>();
  for (const full of walk(distDir)) {
    const file = relative(distDir, full).split(sep).join('/');
    paths.add(`/${file}`);
    if (file.endsWith('index.html')) paths.add(urlPathOf(file));
  }
  return paths;
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? ''));

/** Every page the sitemap lists, as a URL path under the base ("/phap-luat/"), in sitemap order. */
export function sitemapPaths(distDir: string, base: string): string[] {
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  return locs(index).flatMap((sitemap) =>
    locs(readFileSync(join(distDir, sitemap.pathname.slice(base.length)), 'utf8')).map((url) => `/${url.pathname.slice(base.length)}`),
  );
}
