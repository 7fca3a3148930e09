/**
 * What a page tells Pagefind besides its visible text: searchable metadata fields, written
 * as <meta> tags in the head so they are never read aloud, never shown in an excerpt and
 * never counted as body words.
 *
 * Why: Pagefind folds tone marks but not đ (issue #1210), so "duong day nong" would never
 * find "đường dây nóng", and a query word with no hit is silently dropped. A đ→d copy of
 * the words that matter most lets any Pagefind client find them. Keywords are what
 * people type that the page may not say word for word.
 */
import { foldVietnamese } from './fold';

export interface SearchMetaInput {
  title: string;
  description: string;
  /** What people type for this page (frontmatter keywords, or a page's own list). */
  keywords?: readonly string[];
  /** Section headings (h2, h3) of the page body. */
  headings?: readonly string[];
  /** Equivalent terms of the words the page uses (search-terms.ts, from content/tu-dong-nghia). */
  synonyms?: readonly string[];
}

/** Metadata field → value, only non-empty fields. Field names are Pagefind meta keys. */
export function searchMeta({ title, description, keywords = [], headings = [], synonyms = [] }: SearchMetaInput): Record<string, string> {
  const fields: Record<string, string> = {
    synonyms: synonyms.join(', '),
    fold_synonyms: foldVietnamese(synonyms.join(', ')),
    fold_title: foldVietnamese(title),
    keywords: keywords.join(', '),
    fold_keywords: foldVietnamese(keywords.join(', ')),
    fold_text: foldVietnamese([description, ...headings].join(' · ')),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== ''));
}
