/**
 * The site's own words, for spelling suggestions and for telling which words do not narrow
 * a search, built from the text Pagefind indexes (scripts/lib/search-lexicon.ts writes it
 * next to the index). Fetched by the search box with the first search, never before.
 */
import { foldWord } from './search-query.ts';
import type { SearchLexicon } from './search-run.ts';
import type { ReaderWords } from './search-query.ts';

/** A folded word on at least this share of the indexed pages does not narrow a search. */
export const COMMON_SHARE = 0.7;
/** Word pairs kept for corrections: the most frequent, seen at least MIN_PAIR_USES times, at most MAX_PAIRS (bounds the file). */
export const MIN_PAIR_USES = 2;
export const MAX_PAIRS = 4000;

/** Words that could be a misspelling's target: letters only, two or more (numbers are never corrected). */
const isWord = (word: string) => word.length >= 2 && /^\p{L}+$/u.test(word);

/**
 * From the indexed text of each page: every word by how many pages use it (most first), in
 * every spelling the site writes, the most used first; the folded words on COMMON_SHARE of the pages or more; and the
 * readers' words to rewrite.
 */
export function buildLexicon(pageTexts: readonly string[], rewrites: readonly ReaderWords[] = []): SearchLexicon {
  const pages = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  const pairUses = new Map<string, number>();
  for (const text of pageTexts) {
    const seen = new Set<string>();
    const all =
      text
        .normalize('NFC')
        .toLowerCase()
        .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
    all.forEach((word, i) => {
      if (i === 0) return;
      const pair = `${foldWord(all[i - 1]!)} ${foldWord(word)}`;
      pairUses.set(pair, (pairUses.get(pair) ?? 0) + 1);
    });
    for (const word of all) {
      if (!isWord(word)) continue;
      const folded = foldWord(word);
      const counts = spellings.get(folded) ?? new Map<string, number>();
      counts.set(word, (counts.get(word) ?? 0) + 1);
      spellings.set(folded, counts);
      if (!seen.has(folded)) pages.set(folded, (pages.get(folded) ?? 0) + 1);
      seen.add(folded);
    }
  }
  const byUse = [...pages].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  // Every spelling the site writes ("giác", "giấc"), the most used first within a folded word.
  const written = (folded: string) => [...spellings.get(folded)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const pairs: Record<string, string> = {};
  const frequent = [...pairUses].filter(([, uses]) => uses >= MIN_PAIR_USES).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [pair] of frequent.slice(0, MAX_PAIRS)) {
    const [first, second] = pair.split(' ') as [string, string];
    pairs[first] = pairs[first] ? `${pairs[first]} ${second}` : second;
  }
  return {
    pages: pageTexts.length,
    pairs,
    words: byUse.flatMap(([folded]) => written(folded)),
    common: byUse.filter(([, count]) => count >= COMMON_SHARE * pageTexts.length).map(([folded]) => folded),
    rewrites: [...rewrites],
  };
}
