/**
 * Pagefind's own JS API, run in Node against a built site served on localhost: search
 * quality is tested on the real index, with the same options the site's UI passes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDist } from './static-server.ts';
import { SEARCH_RANKING } from '../src/lib/search-options.ts';
import { searchSite, type PagefindModule, type SearchLexicon } from '../src/lib/search-run.ts';
import { LEXICON_FILE } from '../scripts/lib/search-lexicon.ts';
import type { RankedQuery } from './search-quality.ts';
import type { SearchQuery } from './search-queries.ts';

export interface NodeSearch {
  /** Result paths in rank order, without the base; at most `limit`. */
  search: (query: string, limit?: number) => Promise<string[]>;
  /** Raw result URLs as the index gives them (to check sub-folder handling). */
  rawUrls: (query: string, limit?: number) => Promise<string[]>;
  close: () => Promise<void>;
}

/** Serve `dist` under `base` and load its Pagefind bundle from there. */
export async function openSearch(dist: string, base = '/', ranking: Record<string, unknown> = SEARCH_RANKING): Promise<NodeSearch> {
  const server = await serveDist(dist, base);
  const pagefind = (await import(join(dist, 'pagefind/pagefind.js'))) as PagefindModule;
  await pagefind.options({ basePath: `${server.origin}${base}pagefind/`, baseUrl: base, ranking });
  const lexicon = JSON.parse(readFileSync(join(dist, LEXICON_FILE), 'utf8')) as SearchLexicon;
  // Exact results, then near matches: the list a reader sees, in that order.
  const rawUrls = async (query: string, limit = 10) => {
    const { exact, approximate } = await searchSite(pagefind, query, {}, lexicon);
    const found = [...exact, ...approximate];
    const data = await Promise.all(found.slice(0, limit).map((r) => r.data()));
    return data.map((d) => d.url);
  };
  return {
    rawUrls,
    search: async (query, limit) => (await rawUrls(query, limit)).map((url) => stripBase(url, base)),
    close: () => server.close(),
  };
}

/** Every query of the suite, searched in turn, with its top 10 paths: what hit@k and MRR are measured on. */
export async function rankQueries(search: NodeSearch, queries: SearchQuery[]): Promise<RankedQuery[]> {
  const results: RankedQuery[] = [];
  for (const { q, expect } of queries) results.push({ q, expect, ranked: await search.search(q, 10) });
  return results;
}

function stripBase(url: string, base: string): string {
  const path = new URL(url, 'http://x').pathname;
  return path.startsWith(base) ? `/${path.slice(base.length)}` : path;
}
