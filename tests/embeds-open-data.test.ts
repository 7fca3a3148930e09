/** Embeds, framing headers, /contacts.json and /rss.xml in the built site (npm test builds dist/ first). */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadPages, type BuiltPage } from '../scripts/lib/dist.ts';
import { checkEmbeds, checkFramingHeaders } from '../scripts/checks/embeds.ts';
import { checkContactsJson, checkRss } from '../scripts/checks/open-data.ts';
import { DEFAULT_SITE_URL } from '../src/lib/site-env.ts';
import { ROOT } from './helpers/astro-run.ts';

const dist = join(ROOT, 'dist');
let pages: BuiltPage[] = [];
beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ chưa được dựng: chạy `npm run build` trước (npm test tự làm việc này).');
  pages = loadPages(dist);
});
const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('embeds', () => {
  it('builds each card small, dialable, with links that open a new tab', () => {
    expect(checkEmbeds(pages, dist, '/')).toEqual([]);
  });

  it('lets other sites frame the cards and no other page', () => {
    expect(checkFramingHeaders(pages, dist, '/')).toEqual([]);
  });

  it('gives portals iframe code and a plain link for each card on /nhung/', () => {
    const codes = pages.find((p) => p.path === '/nhung/')?.root.querySelectorAll('pre').map((c) => decode(c.rawText.replace(/<\/?code>/g, ''))) ?? [];
    for (const card of ['duong-day-nong', 'cua-vao']) {
      const iframe = codes.find((c) => c.includes(`src="${DEFAULT_SITE_URL}/nhung/${card}/"`)) ?? '';
      expect(iframe, `/nhung/: thiếu mã iframe cho /nhung/${card}/`).toMatch(/^<iframe [^>]*title="[^"]+" width="\d+" height="\d+" loading="lazy"/);
    }
    expect(codes.some((c) => c.startsWith(`<a href="${DEFAULT_SITE_URL}/duong-day-nong/">`))).toBe(true);
  });
});

describe('open data', () => {
  it('/contacts.json lists every contact and matches /contacts.schema.json', () => {
    expect(checkContactsJson(dist, join(ROOT, 'content'))).toEqual([]);
  });

  it('/rss.xml lists every article, newest review first, with absolute links to built pages', () => {
    expect(checkRss(pages, dist, DEFAULT_SITE_URL, '/')).toEqual([]);
  });

  it('announces the feed on every page', () => {
    const missing = pages.filter((p) => p.root.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href') !== '/rss.xml');
    expect(missing.filter((p) => !p.path.startsWith('/nhung/') || p.path === '/nhung/').map((p) => p.path)).toEqual([]);
  });
});
