/**
 * Words people use (content/tu-dong-nghia/*.yaml): groups of equivalent terms that editors
 * extend, and readers' words the site never writes. A page that uses one term of a group is
 * found by every term of it: the others go into its search metadata at build time. Readers'
 * words (slurs included) are never indexed; the search box rewrites them to the group's
 * first term (search-query.ts).
 */
import { z } from 'astro/zod';
import { nfcText } from './content-rules.ts';
import { foldVietnamese } from './fold.ts';
import type { ReaderWords } from './search-query.ts';

/** The glossary's "avoid" column (../shared/glossary.md): never an indexed synonym. */
export const AVOIDED_TERMS = [
  'gái mại dâm',
  'gái điếm',
  'điếm',
  'gái gọi',
  'gái bán hoa',
  'cave',
  'phò',
  'khách làng chơi',
  'đối tượng',
  'sa ngã',
  'hư hỏng',
  'hoàn lương',
  'cải tạo',
] as const;

/** The avoided terms found in `term`, compared lower case on whole words. */
export function avoidedIn(term: string): string[] {
  const padded = ` ${term.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')} `;
  return AVOIDED_TERMS.filter((avoided) => padded.includes(` ${avoided} `));
}

const term = nfcText(2, 60);

export const searchTermsSchema = z.strictObject({
  /** Equivalent words; the first is the one the site writes. */
  terms: z
    .array(
      term.superRefine((value, ctx) => {
        const avoided = avoidedIn(value);
        if (avoided.length) {
          ctx.addIssue({ code: 'custom', message: `"${value}" chứa từ miệt thị hoặc đổ lỗi (${avoided.join(', ')}): không ghi vào terms; nếu người đọc hay gõ từ này, ghi vào readerWords` });
        }
      }),
    )
    .min(2, 'một nhóm cần ít nhất hai từ'),
  /** What readers may type that the site never writes; searched as the first term. */
  readerWords: z.array(term).default([]),
});
export type SearchTerms = z.infer<typeof searchTermsSchema>;

/** " duong day nong " : folded, lower case, words separated by single spaces, padded. */
const padFolded = (text: string) => ` ${foldVietnamese(text.toLowerCase()).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

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
