import { describe, expect, it } from 'vitest';
import { buildLexicon, COMMON_SHARE, MIN_PAIR_USES } from './search-lexicon';

describe('buildLexicon', () => {
  const pages = ['Tố giác mua bán người. Tố giác ở đâu?', 'Người bán dâm được hỗ trợ. Tố giác qua 113.', 'Đường dây nóng cho người lao động.'];
  const lexicon = buildLexicon(pages, [{ typed: 'cave', means: 'người bán dâm' }]);

  it('lists every spelling once, by how many pages use the word, the most used spelling first', () => {
    expect(lexicon.words[0]).toBe('người');
    expect(lexicon.words).toContain('tố');
    expect(lexicon.words).toContain('đường');
    expect(new Set(lexicon.words).size).toBe(lexicon.words.length);
    const other = buildLexicon(['giác giác giấc', 'giác']);
    expect(other.words).toEqual(['giác', 'giấc']);
  });

  it('keeps no numbers and no single letters', () => {
    expect(lexicon.words).not.toContain('113');
    expect(lexicon.words.every((w) => w.length >= 2)).toBe(true);
  });

  it(`marks as common the folded words on ${COMMON_SHARE * 100} % of pages or more`, () => {
    expect(lexicon.common).toContain('nguoi');
    expect(lexicon.common).not.toContain('duong');
    expect(lexicon.pages).toBe(3);
  });

  it(`keeps the word pairs used ${MIN_PAIR_USES} times or more, folded`, () => {
    expect(lexicon.pairs.to).toBe('giac');
    expect(lexicon.pairs.duong).toBeUndefined();
  });

  it('carries the readers’ words through', () => {
    expect(lexicon.rewrites).toEqual([{ typed: 'cave', means: 'người bán dâm' }]);
  });
});
