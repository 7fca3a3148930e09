/**
 * One search, as the site runs it, for the browser UI and the Node quality suite alike.
 *
 * Why not just pagefind.search(query): for a quoted phrase Pagefind keeps only the pages
 * with the exact phrase but drops its usual ranking (title and keyword boosts), so the
 * page about "việc nhẹ lương cao" came 5th behind list pages that merely link to it.
 * Here the phrase decides WHICH pages match and the ordinary ranking decides their ORDER.
 */

export interface PagefindHit {
  id: string;
}
/** Pagefind's search options (filters such as `{ audience: 'nguoi-lao-dong' }`). */
export interface SearchOptions {
  filters?: Record<string, unknown>;
}
export interface PagefindLike<Hit extends PagefindHit> {
  search: (query: string, options?: SearchOptions) => Promise<{ results: Hit[] } | null>;
}

/** What a result's data() gives: the page's URL, an excerpt with <mark>s, its metadata. */
export interface PagefindPage {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

/** The parts of Pagefind's JS module (pagefind.js) this site uses, in the browser and in Node. */
export interface PagefindModule extends PagefindLike<PagefindHit & { data: () => Promise<PagefindPage> }> {
  options: (o: Record<string, unknown>) => Promise<void>;
}

/** True when the reader asked for an exact phrase. */
export function hasPhrase(query: string): boolean {
  return /"[^"]+"/.test(query);
}

/** The same words without quotes, for ranking. */
export function withoutQuotes(query: string): string {
  return query.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
}

export async function runSearch<Hit extends PagefindHit>(
  pagefind: PagefindLike<Hit>,
  query: string,
  options: SearchOptions = {},
): Promise<Hit[]> {
  const trimmed = query.trim();
  if (!trimmed) return [];
  if (!hasPhrase(trimmed)) return (await pagefind.search(trimmed, options))?.results ?? [];
  const [phrase, ranked] = await Promise.all([
    pagefind.search(trimmed, options),
    pagefind.search(withoutQuotes(trimmed), options),
  ]);
  const exact = phrase?.results ?? [];
  const exactIds = new Set(exact.map((hit) => hit.id));
  const inOrder = (ranked?.results ?? []).filter((hit) => exactIds.has(hit.id));
  const seen = new Set(inOrder.map((hit) => hit.id));
  return [...inOrder, ...exact.filter((hit) => !seen.has(hit.id))];
}
