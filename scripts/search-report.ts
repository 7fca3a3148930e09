/**
 * Prints the search-quality report for the built site in dist/ (run `npm run build` first):
 * hit@1, hit@3, MRR and every query that misses the top 3.
 *   npm run search:report
 *   npm run search:report -- '{"termSimilarity":2}'   (try other ranking options)
 */
import { resolve } from 'node:path';
import { openSearch, rankQueries } from '../tools/pagefind-node.ts';
import { SEARCH_QUERIES } from '../tools/search-queries.ts';
import { formatQuality, measureQuality } from '../tools/search-quality.ts';
import { SEARCH_RANKING } from '../src/lib/search-options.ts';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const ranking = process.argv[2] ? { ...SEARCH_RANKING, ...JSON.parse(process.argv[2]) } : SEARCH_RANKING;
const search = await openSearch(dist, '/', ranking);
try {
  console.log(`ranking ${JSON.stringify(ranking)}`);
  console.log(formatQuality(measureQuality(await rankQueries(search, SEARCH_QUERIES))));
} finally {
  await search.close();
}
