import { describe, expect, it } from 'vitest';
import { hasPhrase, runSearch, withoutQuotes } from './search-run';

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
