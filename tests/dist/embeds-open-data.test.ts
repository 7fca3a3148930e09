/**
 * Embeds and open data in the built site (npm test builds dist/ first), beyond the checks of
 * check:site (embeds, framing-headers, contacts-json, rss), which tests/dist/built-site.test.ts runs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltPage } from '../../tools/dist.ts';
import { DEFAULT_SITE_URL } from '../../src/lib/site-env.ts';
import { builtPages, DIST } from '../helpers/site-pages.ts';

const dist = DIST;
let pages: BuiltPage[] = [];
beforeAll(() => {
  pages = builtPages(dist);
});
const decode = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

describe('embeds', () => {
  it('gives portals iframe code and a plain link for each card on /nhung/', () => {
    const codes =
      pages
        .find((p) => p.path === '/nhung/')
        ?.root.querySelectorAll('pre')
        .map((c) => decode(c.rawText.replace(/<\/?code>/g, ''))) ?? [];
    for (const card of ['duong-day-nong', 'cua-vao']) {
      const iframe = codes.find((c) => c.includes(`src="${DEFAULT_SITE_URL}/nhung/${card}/"`)) ?? '';
      expect(iframe, `/nhung/: thiếu mã iframe cho /nhung/${card}/`).toMatch(/^<iframe [^>]*title="[^"]+" width="\d+" height="\d+" loading="lazy"/);
    }
    expect(codes.some((c) => c.startsWith(`<a href="${DEFAULT_SITE_URL}/duong-day-nong/">`))).toBe(true);
  });
});

describe('open data', () => {
  it('announces the feed on every page', () => {
    const missing = pages.filter((p) => p.root.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href') !== '/rss.xml');
    expect(missing.filter((p) => !p.path.startsWith('/nhung/') || p.path === '/nhung/').map((p) => p.path)).toEqual([]);
  });
});
