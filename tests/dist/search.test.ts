/**
 * Search quality on the real built index, in Node, with exactly what the site's search box
 * runs (searchSite: options, phrases, near matches, corrections, readers' words, the built
 * lexicon). Prints hit@1, hit@3 and MRR; fails when a query finds nothing, under 95 % hit@3,
 * or under the hit@1 measured before near matches existed. The queries are in
 * tools/search-queries.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openSearch, rankQueries, type NodeSearch } from '../../tools/pagefind-node.ts';
import { ROOT } from '../helpers/astro-run.ts';
import { SEARCH_QUERIES } from '../../tools/search-queries.ts';
import { formatQuality, measureQuality } from '../../tools/search-quality.ts';

let search: NodeSearch;

beforeAll(async () => {
  search = await openSearch(join(ROOT, 'dist'));
});
afterAll(() => search?.close());

describe('search quality', () => {
  it('finds something for every query, and puts the expected page in the top 3 for at least 95 % of them', async () => {
    const report = measureQuality(await rankQueries(search, SEARCH_QUERIES));
    console.log(`Chất lượng tìm kiếm: ${formatQuality(report)}`);
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(90);
    expect(report.empty, 'truy vấn không có kết quả nào').toEqual([]);
    expect(report.hitAt3, formatQuality(report)).toBeGreaterThanOrEqual(0.95);
    // 70.0 %: the same 90 queries with exact results only (f69fbe6), before near matches.
    expect(report.hitAt1, formatQuality(report)).toBeGreaterThanOrEqual(0.7);
  });

  it.each(['duong day nong', 'đường dây nóng', 'so dien thoai duong day nong', '"duong day nong"', '"đường dây nóng"'])(
    '"%s" puts the hotline page first',
    async (query) => {
      expect((await search.search(query, 3))[0]).toBe('/duong-day-nong/');
    },
  );

  it('a quoted no-tone phrase finds only pages with that phrase, the page about it first', async () => {
    const phrase = await search.search('"viec nhe luong cao"', 50);
    expect(phrase[0]).toBe('/bai-viet/loi-moi-lam-mau-pg-quan-bar-viec-nhe-luong-cao/');
    // Fewer pages than the loose words: the phrase really narrows.
    expect(phrase.length).toBeLessThan((await search.search('viec nhe luong cao', 50)).length);
  });

  it('finds pages by a published phone number', async () => {
    expect(await search.search('1800 1233', 3)).toContain('/duong-day-nong/');
  });
});
