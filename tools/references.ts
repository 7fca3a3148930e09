/**
 * What a built file points at: the one reader of references in HTML, CSS and JS that the
 * first-view budgets (first-view.ts), the link check (checks/links.ts) and the HTTP crawl
 * (tests/helpers/crawl.ts) share, so that they cannot disagree about what a page uses.
 * Each reference says when a browser fetches it: on load, later (a lazy image, the search
 * bundle on first use, a dynamic import), or only when someone follows it (a link, a form).
 * What a browser asks for on its own, with nothing in the page (/favicon.ico), is not a
 * reference here; first-view.ts adds it.
 */
import type { HTMLElement } from 'node-html-parser';

export type AssetKind = 'html' | 'css' | 'js' | 'other';

/** When a browser fetches a reference: with the page, later without a click, or when followed. */
export type FetchedWhen = 'load' | 'later' | 'follow';

export interface PageReference {
  /** The address as written in the page (relative, absolute, tel:, #anchor...). */
  ref: string;
  kind: AssetKind;
  when: FetchedWhen;
  /** The element that holds it. */
  el: HTMLElement;
}

/** The attribute of each element that holds its reference. */
export const REFERENCE_SELECTOR = 'a[href], link[href], script[src], img[src], iframe[src], form[action], [data-bundle]';

function linkReference(el: HTMLElement, ref: string): PageReference {
  const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
  const as = el.getAttribute('as');
  if (rel.includes('stylesheet')) return { ref, el, kind: 'css', when: 'load' };
  if (rel.includes('modulepreload')) return { ref, el, kind: 'js', when: 'load' };
  if (rel.includes('preload')) return { ref, el, kind: as === 'style' ? 'css' : as === 'script' ? 'js' : 'other', when: 'load' };
  if (rel.includes('icon') || rel.includes('manifest')) return { ref, el, kind: 'other', when: 'load' };
  if (rel.includes('prefetch')) return { ref, el, kind: 'other', when: 'later' };
  // canonical, alternate (the feed), sitemap...: addresses, not downloads.
  return { ref, el, kind: 'other', when: 'follow' };
}

/** Every reference in an HTML document, in document order. */
export function pageReferences(root: HTMLElement): PageReference[] {
  const refs: PageReference[] = [];
  for (const el of root.querySelectorAll(REFERENCE_SELECTOR)) {
    const lazy = el.getAttribute('loading') === 'lazy';
    switch (el.tagName) {
      case 'A':
        refs.push({ ref: el.getAttribute('href') ?? '', el, kind: 'other', when: 'follow' });
        break;
      case 'LINK':
        refs.push(linkReference(el, el.getAttribute('href') ?? ''));
        break;
      case 'SCRIPT':
        refs.push({ ref: el.getAttribute('src') ?? '', el, kind: 'js', when: 'load' });
        break;
      case 'IMG':
        refs.push({ ref: el.getAttribute('src') ?? '', el, kind: 'other', when: lazy ? 'later' : 'load' });
        break;
      case 'IFRAME':
        refs.push({ ref: el.getAttribute('src') ?? '', el, kind: 'html', when: lazy ? 'later' : 'load' });
        break;
      case 'FORM':
        refs.push({ ref: el.getAttribute('action') ?? '', el, kind: 'html', when: 'follow' });
        break;
    }
    // The search script loads <data-bundle>pagefind.js on first use (src/components/search/search-loader.ts).
    const bundle = el.getAttribute('data-bundle');
    if (bundle !== undefined) refs.push({ ref: `${bundle}pagefind.js`, el, kind: 'js', when: 'later' });
  }
  return refs;
}

/** Static imports of an ES module (import … from "x", import "x", export … from "x"): loaded with it. */
export function jsImports(code: string): string[] {
  const found: string[] = [];
  const patterns = [/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g, /\bexport\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*["']([^"']+)["']/g];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[1] as string);
  return found;
}

/** Dynamic imports of an ES module (import("x")): loaded later, when the code runs. */
export function jsLazyImports(code: string): string[] {
  return [...code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] as string);
}

/** Files a stylesheet pulls in: @import (CSS) and url(…) (fonts, images), counted whether or not a rule uses them. */
export function cssReferences(code: string): Array<{ url: string; kind: AssetKind }> {
  const refs: Array<{ url: string; kind: AssetKind }> = [];
  for (const m of code.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)) refs.push({ url: m[1] as string, kind: 'css' });
  for (const m of code.matchAll(/(?<!@import\s+)url\(\s*["']?([^"')]+?)["']?\s*\)/g)) {
    if (!(m[1] as string).startsWith('data:')) refs.push({ url: m[1] as string, kind: 'other' });
  }
  return refs;
}
