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

export type AssetKind = 'html' | 'css' | 'js' | 'other';

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
  const refs: AssetRef[] = [];
  const add = (ref: string | undefined, kind: AssetKind) => {
    if (ref && !ref.startsWith('data:')) refs.push({ url: resolveRef(ref, pageUrl), kind });
  };
  for (const link of root.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href');
    if (rel.includes('stylesheet')) add(href, 'css');
    else if (rel.includes('modulepreload')) add(href, 'js');
    else if (rel.includes('preload')) add(href, link.getAttribute('as') === 'style' ? 'css' : link.getAttribute('as') === 'script' ? 'js' : 'other');
    else if (rel.includes('icon') || rel.includes('manifest')) add(href, 'other');
  }
  // Without an icon link the browser asks for /favicon.ico anyway.
  if (!root.querySelector('link[rel~="icon"]')) add('/favicon.ico', 'other');
  for (const script of root.querySelectorAll('script[src]')) add(script.getAttribute('src'), 'js');
  for (const img of root.querySelectorAll('img[src]')) {
    if (img.getAttribute('loading') !== 'lazy') add(img.getAttribute('src'), 'other');
  }
  for (const frame of root.querySelectorAll('iframe[src]')) {
    if (frame.getAttribute('loading') !== 'lazy') add(frame.getAttribute('src'), 'html');
  }
  return refs;
}

/** Static imports of an ES module (import … from "x", import "x", export … from "x"); dynamic import() loads later. */
export function jsImports(code: string): string[] {
  const found: string[] = [];
  const patterns = [/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g, /\bexport\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*["']([^"']+)["']/g];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[1] as string);
  return found;
}

/** Files a stylesheet pulls in: @import (CSS) and url(…) (fonts, images), counted whether or not a rule uses them. */
export function cssReferences(code: string): AssetRef[] {
  const refs: AssetRef[] = [];
  for (const m of code.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)) refs.push({ url: m[1] as string, kind: 'css' });
  for (const m of code.matchAll(/(?<!@import\s+)url\(\s*["']?([^"')]+?)["']?\s*\)/g)) {
    if (!(m[1] as string).startsWith('data:')) refs.push({ url: m[1] as string, kind: 'other' });
  }
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
