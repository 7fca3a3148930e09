/**
 * What a built page makes a browser download before anyone touches it: the HTML and the
 * files it references (stylesheets, scripts and their static imports, icon, eager images),
 * read from dist/ with their gzip sizes. Pagefind's search bundle is loaded only once
 * someone starts to search, so it is never part of the first view.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { cssReferences, jsImports, pageReferences, type AssetKind } from '../../tools/references.ts';

/** A file the page references, as a URL path on the site ("/_astro/Base.x.css"). */
export interface AssetRef {
  url: string;
  kind: AssetKind;
}

export interface FirstViewFile extends AssetRef {
  bytes: number;
  gzipBytes: number;
}

export interface FirstView {
  /** URL path of the page under the base, e.g. "/bai-viet/x/". */
  page: string;
  files: FirstViewFile[];
  /** References that point at another origin (never allowed here, but counted if present). */
  external: string[];
  /** Referenced files that are not in dist/. */
  missing: string[];
}

const ORIGIN = 'http://first-view.invalid';

/** gzip size as a typical server sends it (zlib's default level). */
export function gzipSize(body: Uint8Array | string): number {
  return gzipSync(body).length;
}

/** The search bundle is fetched on first use, never on first view. */
export function isLazySearchBundle(url: string, base = '/'): boolean {
  return url.startsWith(`${base.replace(/\/?$/, '/')}pagefind/`);
}

function resolveRef(ref: string, from: string): string {
  return new URL(ref, `${ORIGIN}${from}`).href;
}

/** Files an HTML document loads by itself: stylesheets, scripts, preloads, the icon, eager images and frames. */
export function htmlReferences(root: HTMLElement, pageUrl: string): AssetRef[] {
  const refs: AssetRef[] = pageReferences(root)
    .filter((r) => r.when === 'load' && r.ref && !r.ref.startsWith('data:'))
    .map((r) => ({ url: resolveRef(r.ref, pageUrl), kind: r.kind }));
  // Without an icon link the browser asks for /favicon.ico anyway.
  if (!root.querySelector('link[rel~="icon"]')) refs.push({ url: resolveRef('/favicon.ico', pageUrl), kind: 'other' });
  return refs;
}

/** The dist-relative file served at a URL path under `base`. */
function fileFor(distDir: string, urlPath: string, base: string): string {
  const rel = decodeURIComponent(urlPath).slice(base.replace(/\/?$/, '/').length);
  return join(distDir, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
}

/** The first view of one page, read from dist/ (`page` is its URL path under `base`). */
export function firstView(distDir: string, page: string, base = '/'): FirstView {
  const root = base.replace(/\/?$/, '/');
  const pageUrl = `${root.slice(0, -1)}${page}`;
  const view: FirstView = { page, files: [], external: [], missing: [] };
  const seen = new Set<string>();
  const queue: AssetRef[] = [{ url: `${ORIGIN}${pageUrl}`, kind: 'html' }];
  while (queue.length > 0) {
    const ref = queue.shift() as AssetRef;
    const url = new URL(ref.url);
    if (url.origin !== ORIGIN) {
      view.external.push(ref.url);
      continue;
    }
    const path = url.pathname;
    if (seen.has(path) || isLazySearchBundle(path, root)) continue;
    seen.add(path);
    const file = fileFor(distDir, path, root);
    if (!existsSync(file)) {
      view.missing.push(path);
      continue;
    }
    const body = readFileSync(file);
    view.files.push({ url: path, kind: ref.kind, bytes: body.length, gzipBytes: gzipSize(body) });
    const text = () => body.toString('utf8');
    if (ref.kind === 'html') queue.push(...htmlReferences(parse(text()), path));
    if (ref.kind === 'js') queue.push(...jsImports(text()).map((i) => ({ url: resolveRef(i, path), kind: 'js' as const })));
    if (ref.kind === 'css') queue.push(...cssReferences(text()).map((r) => ({ url: resolveRef(r.url, path), kind: r.kind })));
  }
  return view;
}

/** Requests and gzip bytes per kind, and in total. */
export interface FirstViewTotals {
  requests: number;
  gzip: Record<AssetKind | 'total', number>;
  count: Record<AssetKind, number>;
}

export function totals(files: Pick<FirstViewFile, 'kind' | 'gzipBytes'>[]): FirstViewTotals {
  const gzip = { html: 0, css: 0, js: 0, other: 0, total: 0 };
  const count = { html: 0, css: 0, js: 0, other: 0 };
  for (const f of files) {
    gzip[f.kind] += f.gzipBytes;
    gzip.total += f.gzipBytes;
    count[f.kind] += 1;
  }
  return { requests: files.length, gzip, count };
}
