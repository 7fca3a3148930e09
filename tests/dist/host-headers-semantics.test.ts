/**
 * The built `dist/_headers`, read the way Netlify and Cloudflare Pages each read it: every kind
 * of response gets the headers the site means, and nothing of the site-wide rule that forbids
 * framing reaches the embed cards.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { everyHostReading } from '../../tools/host-semantics.ts';
import { builtPages, DIST } from '../helpers/site-pages.ts';
import { cspHeader } from '../../src/lib/csp.ts';
import { EMBED_CARDS, embedPath } from '../../src/lib/embeds.ts';
import { siteStyleHashes } from '../../src/lib/style-hashes.ts';

const text = readFileSync(join(DIST, '_headers'), 'utf8');
const article = `/bai-viet/${readdirSync(join(DIST, 'bai-viet')).sort()[0]}/`;
const script = `/_astro/${readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.js'))}`;
// The hashes of the pages' inline stylesheets, which the build also wrote into each page's <meta>.
const styleHashes = siteStyleHashes(builtPages().map((p) => p.html));

const strictPaths = ['/', article, '/nhung/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', script, '/khong-co-trang-nay/'];
const cardPaths = EMBED_CARDS.flatMap((card) => [embedPath(card), `${embedPath(card)}index.html`]);

describe('dist/_headers on Netlify and Cloudflare Pages', async () => {
  const readings = await everyHostReading(text);

  it.each(readings)('%s: pages, search index and assets keep the strict policy', (_host, headersFor) => {
    for (const path of strictPaths) {
      const headers = headersFor(path);
      expect(headers.get('content-security-policy'), path).toBe(cspHeader(false, styleHashes));
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it.each(readings)('%s: embed cards get their own policy and nothing that forbids framing', (_host, headersFor) => {
    for (const path of cardPaths) {
      const headers = headersFor(path);
      expect(headers.get('content-security-policy'), path).toBe(cspHeader(true, styleHashes));
      expect(headers.get('x-frame-options'), path).toBeUndefined();
      expect(headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });
});
