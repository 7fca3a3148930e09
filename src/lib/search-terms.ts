/**
 * Words people use (content/tu-dong-nghia/*.yaml): groups of equivalent terms that editors
 * extend, and readers' words the site never writes. A page that uses one term of a group is
 * found by every term of it: the others go into its search metadata at build time. Readers'
 * words (slurs included) are never indexed; the search box rewrites them to the group's
 * first term (search-query.ts).
 */
import { foldVietnamese } from './fold.ts';
import type { ReaderWords } from './search-query.ts';
import type { SearchTerms } from '../schemas/search-terms.ts';

/** " duong day nong " : folded, lower case, words separated by single spaces, padded. */
const padFolded = (text: string) =>
  ` ${foldVietnamese(text.toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/**
 * The terms a page should also be found by: for every group with a term in `text`
 * (compared folded, on whole words), the group's other terms not already in the text.
 */
export function synonymsFor(text: string, groups: readonly SearchTerms[]): string[] {
  const page = padFolded(text);
  const has = (t: string) => page.includes(padFolded(t));
  const found = groups.filter((g) => g.terms.some(has)).flatMap((g) => g.terms.filter((t) => !has(t)));
  return [...new Set(found)];
}

/** Readers' words, each with the neutral term to search instead. */
export function readerRewrites(groups: readonly SearchTerms[]): ReaderWords[] {
  return groups.flatMap((g) => g.readerWords.map((typed) => ({ typed: typed.toLowerCase(), means: g.terms[0]! })));
}
