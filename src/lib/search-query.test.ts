import { describe, expect, it } from 'vitest';
import {
  cleanQuery,
  closestWord,
  combineWordResults,
  echoQuery,
  editDistance,
  isSitePair,
  MAX_ECHO_CHARS,
  MAX_QUERY_CHARS,
  pairCorrection,
  queryWords,
  replaceWords,
  rewriteReaderWords,
  unknownWordCorrection,
} from './search-query';

describe('cleanQuery', () => {
  it('takes out control, bidirectional and zero-width characters, and collapses spaces', () => {
    expect(cleanQuery('\u202Egnol\u202C  mại\u0000dâm\u2066\u200B\u0007\t x\uFEFF')).toBe('gnol mại dâm x');
  });

  it('writes letters in NFC', () => {
    expect(cleanQuery('ma\u0323i da\u0302m')).toBe('mại dâm');
  });

  it(`cuts at ${MAX_QUERY_CHARS} characters, counting a letter with its marks once`, () => {
    const cut = cleanQuery('đ'.repeat(2_000));
    expect([...cut]).toHaveLength(MAX_QUERY_CHARS);
    expect(cleanQuery('😀'.repeat(300))).toBe('😀'.repeat(MAX_QUERY_CHARS));
  });

  it('leaves an ordinary question as it is', () => {
    expect(cleanQuery(' bị người yêu tung clip lên zalo ')).toBe('bị người yêu tung clip lên zalo');
  });
});

describe('echoQuery', () => {
  it(`shows at most ${MAX_ECHO_CHARS} characters, with an ellipsis when cut`, () => {
    expect(echoQuery('mại dâm')).toBe('mại dâm');
    const echoed = echoQuery('Bộ Công an thông báo: đường dây nóng mới là 0912 345 678, gọi ngay số này');
    expect([...echoed].length).toBeLessThanOrEqual(MAX_ECHO_CHARS);
    expect(echoed.endsWith('…')).toBe(true);
  });
});

describe('queryWords', () => {
  it('lower-cases, drops punctuation and repeats', () => {
    expect(queryWords('Bị ép, bị ép! "Việc nhẹ" 111?')).toEqual(['bị', 'ép', 'việc', 'nhẹ', '111']);
    expect(queryWords('?!.,;:…')).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts changes, insertions, deletions and adjacent swaps', () => {
    expect(editDistance('giat', 'giac')).toBe(1);
    expect(editDistance('gia', 'giac')).toBe(1);
    expect(editDistance('giac', 'giƒac'.replace('ƒ', ''))).toBe(0);
    expect(editDistance('nguoi', 'nugoi')).toBe(1);
    expect(editDistance('chieu', 'chiue')).toBe(1);
  });

  it('stops above the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcd', 2)).toBe(3);
  });
});

describe('closestWord', () => {
  const words = ['giúp', 'gia', 'giác', 'giao', 'dâm', 'người'];

  it('finds the site word one letter away, preferring the same length, then the more frequent', () => {
    expect(closestWord('giát', words)).toBe('giác');
    expect(closestWord('ngườj', words)).toBe('người');
    // Only tones apart is no slip: Pagefind already finds "người" for "nguòi".
    expect(closestWord('nguòi', words)).toBeUndefined();
  });

  it('answers without tones when the reader typed without tones', () => {
    expect(closestWord('giat', words)).toBe('giac');
  });

  it('allows two letters only from five letters on', () => {
    expect(closestWord('nhuoi', ['người'])).toBe('nguoi');
    expect(closestWord('gaic', ['giúp'])).toBeUndefined();
  });

  it('never corrects a number, a single letter or a site word itself', () => {
    expect(closestWord('112', ['111'])).toBeUndefined();
    expect(closestWord('a', ['à'])).toBeUndefined();
    expect(closestWord('giac', ['giác'])).toBeUndefined();
  });

  it('keeps only the candidates the caller accepts', () => {
    expect(closestWord('giat', words, (w) => w === 'giao')).toBe('giao');
  });
});

describe('word pairs', () => {
  const pairs = { to: 'giac cao', mai: 'dam' };

  it('knows the pairs the site writes, compared folded', () => {
    expect(isSitePair(pairs, 'tố', 'giác')).toBe(true);
    expect(isSitePair(pairs, 'tố', 'giát')).toBe(false);
    expect(isSitePair(pairs, undefined, 'giác')).toBe(false);
  });

  it('corrects a real syllable that makes no pair of the site with its neighbours', () => {
    // "giát" folds to "giat", an ordinary syllable ("giật"), but "tố giát" is no pair of the site.
    const vocabulary = ['giúp', 'giác', 'giao', 'giật'];
    expect(pairCorrection(['tố', 'giát', 'mại', 'dâm'], 1, vocabulary, pairs, new Set(vocabulary))).toBe('giác');
  });

  it('never corrects a word typed as the site writes it, or typed without tones', () => {
    const vocabulary = ['giúp', 'giác', 'giật'];
    expect(pairCorrection(['tố', 'giật'], 1, vocabulary, pairs, new Set(vocabulary))).toBeUndefined();
    expect(pairCorrection(['to', 'giat'], 1, vocabulary, pairs, new Set(vocabulary))).toBeUndefined();
  });

  it('leaves a word alone when it already pairs, or has no neighbour', () => {
    expect(pairCorrection(['tố', 'giác'], 1, ['giao'], pairs, new Set<string>())).toBeUndefined();
    expect(pairCorrection(['giát'], 0, ['giác'], pairs, new Set<string>())).toBeUndefined();
  });

  it('corrects a word found nowhere only to a word that pairs with a neighbour, if it has one', () => {
    const vocabulary = ['gặp', 'gái', 'giác'];
    expect(unknownWordCorrection(['con', 'gáy'], 1, vocabulary, { con: 'gai' })).toBe('gái');
    expect(unknownWordCorrection(['con', 'gáy'], 1, vocabulary, { mai: 'dam' })).toBeUndefined();
    expect(unknownWordCorrection(['gáy'], 0, vocabulary, {})).toBe('gặp');
  });
});

describe('rewriteReaderWords', () => {
  const rewrites = [
    { typed: 'gái gọi', means: 'người bán dâm' },
    { typed: 'cave', means: 'người bán dâm' },
    { typed: 'phò', means: 'người bán dâm' },
  ];

  it('searches the neutral words for a reader’s slur, with or without tones', () => {
    expect(rewriteReaderWords('cave có bị đi tù không', rewrites)).toBe('người bán dâm có bị đi tù không');
    expect(rewriteReaderWords('gai goi bi bat thi sao', rewrites)).toBe('người bán dâm bi bat thi sao');
    expect(rewriteReaderWords('Gái gọi, bị bắt', rewrites)).toBe('người bán dâm bị bắt');
  });

  it('never matches a single toned word without its tones ("pho" is also phở)', () => {
    expect(rewriteReaderWords('quán pho gần đây', rewrites)).toBe('quán pho gần đây');
    expect(rewriteReaderWords('phò', rewrites)).toBe('người bán dâm');
  });
});

describe('replaceWords', () => {
  it('replaces whole words only, keeping the rest as typed', () => {
    expect(replaceWords('tố giát "người"', new Map([['giát', 'giác']]))).toBe('tố giác "người"');
    expect(replaceWords('giátx', new Map([['giát', 'giác']]))).toBe('giátx');
  });
});

describe('combineWordResults', () => {
  const hits = (...ids: string[]) => ids.map((id) => ({ id }));

  it('ranks a page found by the rare word above pages found only by common ones', () => {
    const common = hits('hub', 'a', 'b', 'c', 'd', 'e', 'f', 'g');
    const rare = hits('page');
    expect(combineWordResults([common, rare], 10)[0]).toEqual({ id: 'page' });
  });

  it('ranks a page found by more words first, then by how high each word ranked it', () => {
    const ranked = combineWordResults([hits('a', 'b'), hits('b', 'c'), hits('c', 'a')], 10).map((h) => h.id);
    expect(ranked[0]).toBe('a');
    expect(ranked).toHaveLength(3);
  });

  it('returns nothing for no words', () => {
    expect(combineWordResults([], 10)).toEqual([]);
  });
});
