/**
 * What the search does with the words a reader typed, before and after Pagefind: clean them
 * (review L1), split them into words, find the site word a misspelt one was meant to be, and
 * turn a reader's slur into the neutral word the site uses. Pure functions, shared by the
 * search box and the Node quality suite through search-run.ts.
 */
import { foldVietnamese } from './fold.ts';

/** Longest query searched and shown back. Real questions are far shorter; a 2,000-character paste is cut here. */
export const MAX_QUERY_CHARS = 200;
/** Longest echo of the query in the status line, so a crafted link cannot show a long "official" message. */
export const MAX_ECHO_CHARS = 60;
/** At most this many distinct words are looked up one by one when relaxing a query. */
export const MAX_QUERY_WORDS = 12;

/**
 * Control characters (C0, C1), bidirectional overrides and isolates, direction marks,
 * zero-width characters and the byte-order mark: invisible, and able to reorder how a
 * number or a sentence reads.
 */
const UNSAFE = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\uFFFD]/gu;

/** The query as searched and shown: unsafe characters out, spaces collapsed, NFC, at most MAX_QUERY_CHARS. */
export function cleanQuery(raw: string): string {
  const clean = raw.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  return chars.length <= MAX_QUERY_CHARS ? clean : chars.slice(0, MAX_QUERY_CHARS).join('').trim();
}

/** The query shortened for the status line, with an ellipsis when cut. */
export function echoQuery(query: string): string {
  const chars = [...query];
  return chars.length <= MAX_ECHO_CHARS
    ? query
    : `${chars
        .slice(0, MAX_ECHO_CHARS - 1)
        .join('')
        .trim()}…`;
}

/** Lower-case words of letters and digits, in order, without repeats ("Bị ép, bị ép!" → ["bị", "ép"]). */
export function queryWords(query: string): string[] {
  const words =
    query
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return [...new Set(words)];
}

/** How a word is compared with the site's words: no tones, đ as d, lower case. */
export const foldWord = (word: string) => foldVietnamese(word.toLowerCase());

/** Edit distance with adjacent swaps (Damerau, restricted), stopping early once above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How far a word may be from a site word: one letter for short words, two from five letters on. */
export const allowedDistance = (folded: string) => (folded.length >= 5 ? 2 : 1);

/**
 * The site word a reader most likely meant: the closest by edit distance (compared folded),
 * a same-length word before a shorter or longer one, and among equally close ones the most
 * frequent on the site (`words` is in that order). `fits`, when given, keeps only the
 * candidates it accepts (a word that makes a phrase of the site with its neighbour). A reader
 * who typed without tones gets the folded word back, so the suggestion reads as they write;
 * one who typed tones gets the site's own spelling. Undefined when nothing is close enough.
 */
export function closestWord(word: string, words: readonly string[], fits: (folded: string) => boolean = () => true): string | undefined {
  const folded = foldWord(word);
  if (folded.length < 3 || /\d/.test(folded)) return undefined;
  const max = allowedDistance(folded);
  let best: { word: string; cost: number } | undefined;
  for (const candidate of words) {
    const other = foldWord(candidate);
    if (other === folded) continue;
    const distance = editDistance(folded, other, max);
    const cost = distance + (folded.length === other.length ? 0 : 0.5);
    if (distance <= max && (!best || cost < best.cost) && fits(other)) best = { word: candidate, cost };
  }
  if (!best) return undefined;
  return folded === word.toLowerCase() ? foldWord(best.word) : best.word;
}

/** Word pairs of the site, folded: first word → the words that follow it ("to" → "giac cao …"). */
export type SitePairs = Readonly<Record<string, string>>;

/** Whether "a b" (folded) is a pair of words the site writes. */
export function isSitePair(pairs: SitePairs, a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const next = pairs[foldWord(a)];
  return next !== undefined && ` ${next} `.includes(` ${foldWord(b)} `);
}

/**
 * Vietnamese words are mostly two syllables, so a slip often leaves a real syllable in a
 * pair the site never writes ("tố giát": "giát" is "giật" with another tone). The correction
 * for the word at `i`: the closest site word that makes a site pair with a neighbour. Only
 * for a word typed with tones in a spelling the site never writes (`written`), so a word
 * the site uses, or one typed without tones (which says too little), is never "corrected".
 * Undefined when the word already pairs, or nothing fits.
 */
export function pairCorrection(
  words: readonly string[],
  i: number,
  vocabulary: readonly string[],
  pairs: SitePairs,
  written: ReadonlySet<string>,
): string | undefined {
  const [before, word, after] = [words[i - 1], words[i]!, words[i + 1]];
  const lower = word.toLowerCase();
  if ((!before && !after) || foldWord(word) === lower || written.has(lower)) return undefined;
  if (isSitePair(pairs, before, word) || isSitePair(pairs, word, after)) return undefined;
  return closestWord(word, vocabulary, pairsWithNeighbour(pairs, before, after));
}

/**
 * For a word found on no page: the closest site word, and when the word has neighbours, one
 * that makes a site pair with one of them ("con gái" is not "con gặp" just because the site
 * never writes "gái").
 */
export function unknownWordCorrection(words: readonly string[], i: number, vocabulary: readonly string[], pairs: SitePairs): string | undefined {
  const [before, word, after] = [words[i - 1], words[i]!, words[i + 1]];
  return closestWord(word, vocabulary, before || after ? pairsWithNeighbour(pairs, before, after) : undefined);
}

const pairsWithNeighbour = (pairs: SitePairs, before: string | undefined, after: string | undefined) => (candidate: string) =>
  isSitePair(pairs, before, candidate) || isSitePair(pairs, candidate, after);

/** A reader's word for something, and the neutral words the site uses for it. */
export interface ReaderWords {
  /** What readers may type, lower case, as written ("gái gọi", "cave"). Never written on a page. */
  typed: string;
  /** What to search for instead ("người bán dâm"). */
  means: string;
}

/**
 * Whether `words` (as typed) are the reader's word `typed`. Without tones too, except for
 * a single toned word, whose toneless form is often an ordinary word ("phò" → "pho", as in phở).
 */
function sameWords(words: string[], typed: string): boolean {
  const written = words.join(' ').toLowerCase();
  if (written === typed) return true;
  const toneless = typed.includes(' ') || foldWord(typed) === typed;
  return toneless && foldWord(written) === foldWord(typed);
}

/**
 * The query with every reader's word replaced by the neutral words the site uses, on whole
 * words ("cave có bị đi tù không" → "người bán dâm có bị đi tù không").
 */
export function rewriteReaderWords(query: string, rewrites: readonly ReaderWords[]): string {
  let words = query.split(' ');
  const bare = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  for (const { typed, means } of rewrites) {
    const length = typed.split(' ').length;
    for (let i = 0; i + length <= words.length; i++) {
      if (sameWords(words.slice(i, i + length).map(bare), typed)) words = [...words.slice(0, i), means, ...words.slice(i + length)];
    }
  }
  return words.join(' ');
}

/** Replace whole words of the query (compared lower case), keeping the rest as typed. */
export function replaceWords(query: string, replacements: ReadonlyMap<string, string>): string {
  return query.replace(/[\p{L}\p{M}\p{N}]+/gu, (word) => replacements.get(word.toLowerCase()) ?? word);
}

/**
 * How much a lower place in one word's results counts less (1 / rank^RANK_DECAY). Measured on
 * the suite (npm run search:report, 90 queries, 04/12/2026 content): 0.25 gives hit@3 96.7 % /
 * hit@1 78.9 %; 0.5 gives 95.6 % / 78.9 %; 1 gives 95.6 % / 81.1 %.
 */
export const RANK_DECAY = 0.25;

/**
 * Pages found by single words, best first. Each word a page is found by adds the word's
 * rarity (log of pages ÷ pages with the word, so "campuchia" counts far more than "thì")
 * times how high Pagefind ranked the page for it (1 / rank^RANK_DECAY, so titles and keywords
 * still count). A page found by more of the rare words comes first.
 */
export function combineWordResults<Hit extends { id: string }>(perWord: ReadonlyArray<readonly Hit[]>, pageCount: number): Hit[] {
  const pages = new Map<string, { hit: Hit; score: number }>();
  for (const hits of perWord) {
    const rarity = Math.log(1 + pageCount / Math.max(1, hits.length));
    hits.forEach((hit, index) => {
      const page = pages.get(hit.id) ?? { hit, score: 0 };
      page.score += rarity / (index + 1) ** RANK_DECAY;
      pages.set(hit.id, page);
    });
  }
  return [...pages.values()].sort((a, b) => b.score - a.score).map((p) => p.hit);
}
