import { describe, expect, it } from 'vitest';
import { readerRewrites, synonymsFor } from './search-terms';

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
