import { describe, expect, it } from 'vitest';
import { ENOUGH, hasPhrase, runSearch, searchSite, withoutQuotes, type SearchLexicon } from './search-run';

/** A stand-in index: a fixed answer per query string, so the merge rule is what is tested. */
function fakeIndex(answers: Record<string, string[]>) {
  const asked: string[] = [];
  return {
    asked,
    search: async (q: string, options?: { filters?: Record<string, unknown> }) => {
      asked.push(options?.filters ? `${q} ${JSON.stringify(options.filters)}` : q);
      return q in answers ? { results: answers[q]!.map((id) => ({ id })) } : null;
    },
  };
}

describe('hasPhrase / withoutQuotes', () => {
  it('sees a quoted phrase and strips the quotes', () => {
    expect(hasPhrase('"viec nhe luong cao"')).toBe(true);
    expect(hasPhrase('viec nhe "luong')).toBe(false);
    expect(withoutQuotes('  "viec nhe"  luong cao ')).toBe('viec nhe luong cao');
  });
});

describe('runSearch', () => {
  it('passes a plain query straight through', async () => {
    const index = fakeIndex({ 'mai dam': ['b', 'a'] });
    expect((await runSearch(index, ' mai dam ')).map((h) => h.id)).toEqual(['b', 'a']);
    expect(index.asked).toEqual(['mai dam']);
  });

  it('keeps only exact-phrase pages, in the order of the ordinary ranking', async () => {
    const index = fakeIndex({
      '"viec nhe"': ['list', 'home', 'article'],
      'viec nhe': ['article', 'other', 'home', 'list'],
    });
    expect((await runSearch(index, '"viec nhe"')).map((h) => h.id)).toEqual(['article', 'home', 'list']);
  });

  it('keeps phrase matches the ranked search did not return, after the ranked ones', async () => {
    const index = fakeIndex({ '"a b"': ['x', 'y'], 'a b': ['y'] });
    expect((await runSearch(index, '"a b"')).map((h) => h.id)).toEqual(['y', 'x']);
  });

  it('passes filters to every search it makes', async () => {
    const index = fakeIndex({});
    await runSearch(index, '"a b"', { filters: { audience: 'nguoi-lao-dong' } });
    expect(index.asked).toEqual(['"a b" {"audience":"nguoi-lao-dong"}', 'a b {"audience":"nguoi-lao-dong"}']);
  });

  it('returns nothing for an empty query or when Pagefind has no answer', async () => {
    expect(await runSearch(fakeIndex({}), '   ')).toEqual([]);
    expect(await runSearch(fakeIndex({}), 'zzz')).toEqual([]);
  });
});

describe('searchSite', () => {
  const lexicon: SearchLexicon = {
    pages: 10,
    words: ['người', 'giúp', 'giác', 'giao', 'clip', 'ảnh'],
    pairs: { to: 'giac', anh: 'nong' },
    common: ['bi', 'nguoi', 'len'],
    rewrites: [{ typed: 'cave', means: 'người bán dâm' }],
  };
  const ids = (hits: Array<{ id: string }>) => hits.map((h) => h.id);

  it(`returns the exact results alone when there are ${ENOUGH} or more`, async () => {
    const index = fakeIndex({ 'mai dam': ['a', 'b', 'c'] });
    const found = await searchSite(index, 'mai dam', {}, lexicon);
    expect(ids(found.exact)).toEqual(['a', 'b', 'c']);
    expect(found.approximate).toEqual([]);
    expect(index.asked).toEqual(['mai dam']);
  });

  it('with no exact result, leaves out words found nowhere, naming them, and ranks pages by the rarer words', async () => {
    const index = fakeIndex({
      bị: ['hub', 'x', 'y', 'sextortion', 'z', 'w', 'v', 'u'],
      clip: ['sextortion', 'hub'],
      zalo: [],
      lên: ['x', 'y', 'z', 'w', 'v', 'u', 't'],
    });
    const found = await searchSite(index, 'bị clip lên zalo', {}, lexicon);
    expect(found.exact).toEqual([]);
    // "sextortion" is first for the rare "clip"; "hub" is second for it and first for the common "bị".
    expect(ids(found.approximate).slice(0, 2)).toEqual(['sextortion', 'hub']);
    expect(found.dropped).toEqual(['zalo']);
    expect(found.suggestion).toBeUndefined();
  });

  it('keeps exact results first and never repeats them among the near ones', async () => {
    const index = fakeIndex({ 'clip anh': ['one'], clip: ['one', 'two'], anh: ['three', 'one'] });
    const found = await searchSite(index, 'clip anh', {}, lexicon);
    expect(ids(found.exact)).toEqual(['one']);
    // "three" is first for "anh", "two" only second for "clip".
    expect(ids(found.approximate)).toEqual(['three', 'two']);
  });

  it('corrects a slip to the site word that pairs with its neighbour, runs the corrected query, and says so', async () => {
    const index = fakeIndex({ tố: ['report', 'hub'], giát: ['parents'], giác: ['report', 'law'], 'tố giác': ['law', 'report'] });
    const found = await searchSite(index, 'tố giát', {}, lexicon);
    expect(found.suggestion).toBe('tố giác');
    expect(ids(found.approximate).slice(0, 2)).toEqual(['law', 'report']);
  });

  it('never "corrects" a word typed without tones that the site writes', async () => {
    const index = fakeIndex({ to: ['a'], giat: ['b'] });
    expect((await searchSite(index, 'to giat', {}, lexicon)).suggestion).toBeUndefined();
  });

  it('searches the neutral words for a reader’s slur', async () => {
    const index = fakeIndex({ 'người bán dâm có tội không': ['law', 'support', 'fines'] });
    const found = await searchSite(index, 'cave có tội không', {}, lexicon);
    expect(ids(found.exact)).toEqual(['law', 'support', 'fines']);
    expect(found.query).toBe('cave có tội không');
  });

  it('cleans the query first, and searches nothing for punctuation alone', async () => {
    const index = fakeIndex({});
    expect(await searchSite(index, '?!…', {}, lexicon)).toEqual({ query: '?!…', exact: [], approximate: [], dropped: [] });
    expect(index.asked).toEqual([]);
    expect((await searchSite(index, '\u202Ezalo\u0000', {}, lexicon)).query).toBe('zalo');
  });

  it('works without the lexicon (not yet loaded, or failed): no corrections, no rewrites', async () => {
    const index = fakeIndex({ clip: ['a'], zalo: [] });
    const found = await searchSite(index, 'clip zalo', {});
    expect(ids(found.approximate)).toEqual(['a']);
    expect(found.dropped).toEqual(['zalo']);
  });
});
