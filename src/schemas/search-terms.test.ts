import { describe, expect, it } from 'vitest';
import { AVOIDED_TERMS, avoidedIn, searchTermsSchema } from './search-terms';

describe('searchTermsSchema', () => {
  it('accepts a group of neutral terms, with readers’ words beside them', () => {
    const group = searchTermsSchema.parse({ terms: ['người bán dâm', 'bán dâm'], readerWords: ['gái gọi'] });
    expect(group.readerWords).toEqual(['gái gọi']);
  });

  it('refuses a slur among the indexed terms, naming it and where it belongs', () => {
    const result = searchTermsSchema.safeParse({ terms: ['người bán dâm', 'gái gọi'] });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(['terms', 1]);
    expect(issue.message).toMatch(/"gái gọi" chứa từ miệt thị.*readerWords/);
  });

  it('needs two terms at least, and no unknown field', () => {
    expect(searchTermsSchema.safeParse({ terms: ['buôn người'] }).success).toBe(false);
    expect(searchTermsSchema.safeParse({ terms: ['a b', 'c d'], words: [] }).success).toBe(false);
  });
});

describe('avoidedIn', () => {
  it('finds a glossary word on whole words, in any case', () => {
    expect(avoidedIn('Gái gọi cao cấp')).toEqual(['gái gọi']);
    expect(avoidedIn('điểm hẹn')).toEqual([]);
    expect(avoidedIn('phở bò')).toEqual([]);
    expect(AVOIDED_TERMS).toContain('cave');
  });
});
