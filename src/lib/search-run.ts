/**
 * One search, as the site runs it, for the browser UI and the Node quality suite alike.
 *
 * searchSite(): the reader's words are cleaned, a reader's slur becomes the site's neutral
 * word, and when the whole query finds fewer than ENOUGH pages (Pagefind keeps only pages
 * with every word, so one word the site never uses empties the list) the words are looked
 * up one by one: a word with no page gets the closest site word ("giát" → "giác"), words
 * found nowhere are left out, and pages are ranked by the rarity of the words that find them.
 * Exact results always come first. A question of QUESTION_WORDS words or more has no exact
 * tier: its results are all ranked by its words.
 *
 * Why not just pagefind.search(query): for a quoted phrase Pagefind keeps only the pages
 * with the exact phrase but drops its usual ranking (title and keyword boosts), so the
 * page about "việc nhẹ lương cao" came 5th behind list pages that merely link to it.
 * Here the phrase decides WHICH pages match and the ordinary ranking decides their ORDER.
 */

import {
  cleanQuery,
  combineWordResults,
  foldWord,
  MAX_QUERY_WORDS,
  pairCorrection,
  unknownWordCorrection,
  type SitePairs,
  queryWords,
  replaceWords,
  rewriteReaderWords,
  type ReaderWords,
} from './search-query.ts';

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

/** One result of Pagefind's JS module: its id, and its page data on demand. */
export type PagefindResult = PagefindHit & { data: () => Promise<PagefindPage> };

/** The parts of Pagefind's JS module (pagefind.js) this site uses, in the browser and in Node. */
export interface PagefindModule extends PagefindLike<PagefindResult> {
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

export async function runSearch<Hit extends PagefindHit>(pagefind: PagefindLike<Hit>, query: string, options: SearchOptions = {}): Promise<Hit[]> {
  const trimmed = query.trim();
  if (!trimmed) return [];
  if (!hasPhrase(trimmed)) return (await pagefind.search(trimmed, options))?.results ?? [];
  const [phrase, ranked] = await Promise.all([pagefind.search(trimmed, options), pagefind.search(withoutQuotes(trimmed), options)]);
  const exact = phrase?.results ?? [];
  const exactIds = new Set(exact.map((hit) => hit.id));
  const inOrder = (ranked?.results ?? []).filter((hit) => exactIds.has(hit.id));
  const seen = new Set(inOrder.map((hit) => hit.id));
  return [...inOrder, ...exact.filter((hit) => !seen.has(hit.id))];
}

/** Fewer exact results than this, and the search also looks for near matches. */
export const ENOUGH = 3;
/**
 * A query of this many words or more is a question, and all its results are near matches,
 * ranked by its words. Pagefind keeps pages with every word; a long page holds any seven
 * common syllables somewhere, while the one page about it may lack a single "nên" or "vậy".
 * Measured on the suite (04/12/2026 content): with an exact tier for questions too, hit@3
 * 91.1 %; without it from 7 words, 96.7 %; from 5 words, 97.8 % (hit@1 77.8 % against 78.9 %).
 */
export const QUESTION_WORDS = 7;

/** What the build knows about the site's words (written by scripts/lib/search-lexicon.ts). */
export interface SearchLexicon {
  /** The site's words in every spelling it writes, the most frequent first (for spelling suggestions). */
  words: string[];
  /** The site's most frequent word pairs, folded (for corrections that fit a neighbour). */
  pairs: SitePairs;
  /** How many pages the index holds. */
  pages: number;
  /** Folded words on so many pages that they say little ("la", "nguoi", "khong"): looked up last. */
  common: string[];
  /** Readers' words the site never writes (slurs, crude slang), and the neutral words to search instead. */
  rewrites: ReaderWords[];
}

export interface SiteResults<Hit> {
  /** The query as cleaned (what the box shows). */
  query: string;
  /** Pages with every word (or the quoted phrase). */
  exact: Hit[];
  /** Near matches, after the exact ones, never repeating them. */
  approximate: Hit[];
  /** Words left out of the near matches: found on no page. */
  dropped: string[];
  /** The query with misspelt words corrected, when a correction was made. */
  suggestion?: string;
}

/** Every search the site runs: exact results, then near matches when there are few. */
export async function searchSite<Hit extends PagefindHit>(
  pagefind: PagefindLike<Hit>,
  raw: string,
  options: SearchOptions = {},
  lexicon?: SearchLexicon,
): Promise<SiteResults<Hit>> {
  const query = cleanQuery(raw);
  const none: SiteResults<Hit> = { query, exact: [], approximate: [], dropped: [] };
  if (!queryWords(query).length) return none;
  const searched = lexicon ? rewriteReaderWords(query, lexicon.rewrites) : query;
  const allWords = queryWords(withoutQuotes(searched));
  const isQuestion = allWords.length >= QUESTION_WORDS && !hasPhrase(searched);
  const exact = isQuestion ? [] : await runSearch(pagefind, searched, options);
  if (exact.length >= ENOUGH) return { ...none, exact };

  // Common words ("là", "không") are looked up last: past MAX_QUERY_WORDS, a long question
  // keeps the words that say what it is about.
  const common = new Set(lexicon?.common ?? []);
  const isCommon = (word: string) => common.has(foldWord(word));
  const words = [...allWords.filter((w) => !isCommon(w)), ...allWords.filter(isCommon)].slice(0, MAX_QUERY_WORDS);
  const find = async (word: string) => (await pagefind.search(word, options))?.results ?? [];
  const perWord = await Promise.all(words.map(find));
  // A word found nowhere, or one that makes no pair of the site with its neighbours: was it a slip?
  const corrections = new Map<string, string>();
  const written = new Set(lexicon?.words ?? []);
  await Promise.all(
    words.map(async (word, i) => {
      if (!lexicon) return;
      const j = allWords.indexOf(word);
      const meant =
        pairCorrection(allWords, j, lexicon.words, lexicon.pairs, written) ??
        (perWord[i]!.length ? undefined : unknownWordCorrection(allWords, j, lexicon.words, lexicon.pairs));
      if (!meant) return;
      const hits = await find(meant);
      if (!hits.length) return;
      corrections.set(word, meant);
      perWord[i] = hits;
    }),
  );
  const found = words.map((word, i) => ({ word: corrections.get(word) ?? word, typed: word, hits: perWord[i]! })).filter((w) => w.hits.length);
  // Every word found somewhere counts, by its rarity: dropping the common ones lost "hộ chiếu"
  // (folded "ho" is also hỗ, họ) and measured worse (hit@3 93.3 % against 96.7 %).
  const kept = found;
  const pageCount = lexicon?.pages ?? Math.max(1, ...perWord.map((hits) => hits.length));
  const ranked = combineWordResults(
    kept.map((w) => w.hits),
    pageCount,
  );
  const keptTyped = new Set(kept.map((w) => w.typed));
  const dropped = allWords.filter((word) => !keptTyped.has(word));
  const suggestion = corrections.size ? replaceWords(searched, corrections) : undefined;
  // The corrected query runs as a whole, then the words that were kept, then word by word.
  const [corrected, all] = await Promise.all([
    suggestion ? runSearch(pagefind, suggestion, options) : [],
    kept.length > 1 && !isQuestion ? runSearch(pagefind, kept.map((w) => w.word).join(' '), options) : [],
  ]);
  const seen = new Set(exact.map((hit) => hit.id));
  const approximate = [...corrected, ...all, ...ranked].filter((hit) => !seen.has(hit.id) && seen.add(hit.id));
  return { query, exact, approximate, dropped, suggestion };
}
