import { describe, expect, it } from 'vitest';
import { AVOIDED_TERMS, avoidedIn, readerRewrites, searchTermsSchema, synonymsFor } from './search-terms';

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

describe('synonymsFor', () => {
  const groups = [
    { terms: ['mua bán người', 'buôn người'], readerWords: [] },
    { terms: ['ảnh nhạy cảm', 'ảnh nóng', 'clip nóng'], readerWords: [] },
    { terms: ['người bán dâm', 'bán dâm'], readerWords: ['cave'] },
  ];

  it('adds the other terms of every group the page uses, compared without tones', () => {
    expect(synonymsFor('Bị xin ảnh nhạy cảm · Mua ban nguoi', groups)).toEqual(['buôn người', 'ảnh nóng', 'clip nóng']);
  });

  it('matches whole words only, and never adds a reader’s word', () => {
    expect(synonymsFor('mua bán người lao động', groups)).toEqual(['buôn người']);
    expect(synonymsFor('muabán người', groups)).toEqual([]);
    expect(synonymsFor('hỗ trợ người bán dâm', groups)).not.toContain('cave');
  });
});

describe('readerRewrites', () => {
  it('points each reader’s word at the group’s first term', () => {
    expect(readerRewrites([{ terms: ['người bán dâm', 'bán dâm'], readerWords: ['Cave', 'gái gọi'] }])).toEqual([
      { typed: 'cave', means: 'người bán dâm' },
      { typed: 'gái gọi', means: 'người bán dâm' },
    ]);
  });
});
