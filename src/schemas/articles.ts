/** content/articles/vi/*.md: the frontmatter of an article (its body is Markdown with references). */
import { z } from 'astro/zod';
import { ARTICLE_KINDS, ARTICLE_NEEDS, AUDIENCES } from '../lib/vocabulary.ts';
import { nfcText, pastDate, provisionId, quizSchema, sourceSchema, storySchema, type References } from './parts.ts';

/** The articles collection's schema; `reference` points at the laws an article relies on (see parts.ts). */
export function articleSchema(reference: References) {
  return z.strictObject({
    /** Headline: plain, specific, no clickbait. */
    title: nfcText(8, 90),
    /** One or two sentences for search results, cards and link previews. */
    description: nfcText(50, 180),
    /** Who it is for; the article is listed in each of these hubs. */
    audiences: z.array(z.enum(AUDIENCES, { error: `nhóm người đọc phải là một trong: ${AUDIENCES.join(', ')}` })).min(1, 'chọn ít nhất một nhóm người đọc'),
    /** What kind of page it is. */
    kind: z.enum(ARTICLE_KINDS, { error: `loại bài phải là một trong: ${ARTICLE_KINDS.join(', ')}` }),
    /**
     * What the reader comes for; the hubs group articles by it. Leave it out when the kind says
     * it (NEED_BY_KIND in src/lib/content-rules.ts: warning → nhan-biet, law → quyen-phap-luat…).
     */
    need: z.enum(ARTICLE_NEEDS, { error: `nhu cầu (need) phải là một trong: ${ARTICLE_NEEDS.join(', ')}` }).optional(),
    /** The provisions the article relies on; shown as "Căn cứ pháp lý". */
    legalBasis: z
      .array(
        z.strictObject({
          /** The instrument, by its file name in content/laws. */
          law: reference('laws'),
          /** Provision ids inside it; empty to cite the instrument as a whole. */
          provisions: z.array(provisionId).default([]),
        }),
      )
      .min(1, 'mỗi bài phải có căn cứ pháp lý'),
    /** Where the facts come from. */
    sources: z.array(sourceSchema).min(1, 'mỗi bài phải ghi ít nhất một nguồn'),
    /** Last date an editor checked the article against law and sources. */
    reviewed: pastDate,
    /** Words people type when looking for this, colloquial ones included. */
    keywords: z.array(nfcText(2, 60)).max(30, 'tối đa 30 từ khoá').default([]),
    /** An illustrative story shown in a box, always a composite with details changed. */
    story: storySchema.optional(),
    /** A short quiz for a class (lessons for teachers): shown with its answers, and printed at /tai-lieu/cau-hoi/<slug>/. */
    quiz: quizSchema.optional(),
    /** Drafts are not built. */
    draft: z.boolean().default(false),
  });
}
