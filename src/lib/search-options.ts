/**
 * Pagefind search-time options, shared by the site's search UI and the search-quality
 * suite so the tests measure exactly what readers get. Every value was chosen by running
 * the suite (tools/search-queries.ts, `npm run search:report`); docs/search.md
 * records the measured effect of each.
 */
export const SEARCH_RANKING = {
  /** Extra weight when a query word is in a metadata field (see src/lib/search-meta.ts). */
  metaWeights: {
    title: 5, // Pagefind's default
    fold_title: 5, // the đ→d title counts as much as the title itself
    keywords: 3,
    fold_keywords: 3,
    fold_text: 2, // description and headings, đ→d
  },
  /** 0: do not favour short pages. Hub and list pages are short and used to win on every query. */
  pageLength: 0,
  /** 0.5: half term frequency, half raw weighted count, so a full article beats a passing mention. */
  termFrequency: 0.5,
} as const;
