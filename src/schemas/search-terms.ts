/**
 * content/tu-dong-nghia/*.yaml: groups of equivalent search terms that editors extend, and
 * readers' words the site never writes (how they are used: src/lib/search-terms.ts). Slurs and
 * blaming words may only be readers' words: they are never indexed.
 */
import { z } from 'astro/zod';
import { nfcText } from './parts.ts';

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
  const padded = ` ${term
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')} `;
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
          ctx.addIssue({
            code: 'custom',
            message: `"${value}" chứa từ miệt thị hoặc đổ lỗi (${avoided.join(', ')}): không ghi vào terms; nếu người đọc hay gõ từ này, ghi vào readerWords`,
          });
        }
      }),
    )
    .min(2, 'một nhóm cần ít nhất hai từ'),
  /** What readers may type that the site never writes; searched as the first term. */
  readerWords: z.array(term).default([]),
});
export type SearchTerms = z.infer<typeof searchTermsSchema>;
