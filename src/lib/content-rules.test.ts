import { describe, expect, it } from 'vitest';
import { ARTICLE_KINDS, articleNeed } from './vocabulary';
import { MIN_WORDS_BY_KIND, articleWords, wordCountProblem, moneyAmountsIn } from './content-rules';

describe('articleNeed', () => {
  it.each([
    [{ kind: 'warning' as const }, 'nhan-biet'],
    [{ kind: 'report' as const }, 'can-giup-ngay'],
    [{ kind: 'law' as const }, 'quyen-phap-luat'],
    [{ kind: 'guide' as const, need: 'can-giup-ngay' as const }, 'can-giup-ngay'],
  ])('%j -> %s', (data, need) => expect(articleNeed(data)).toBe(need));
});

describe('word minimum per article kind', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'chữ').join(' ');

  it('sets a minimum for every kind', () => {
    for (const kind of ARTICLE_KINDS) expect(MIN_WORDS_BY_KIND[kind]).toBeGreaterThanOrEqual(300);
  });

  it('counts the words a reader sees, not components or Markdown marks', () => {
    expect(articleWords('## Gọi 113\n\n- Bạn [](cite:blhs-2015/dieu-327) **ngay**.\n\n[](hotline:tong-dai-111)')).toBe(3);
  });

  it("refuses an article under its own kind's minimum and names the kind", () => {
    expect(wordCountProblem('law', words(MIN_WORDS_BY_KIND.law - 1))).toMatch(/"law".*ít nhất 400 từ/);
    expect(wordCountProblem('law', words(MIN_WORDS_BY_KIND.law))).toBeUndefined();
    expect(wordCountProblem('warning', words(MIN_WORDS_BY_KIND.warning))).toBeUndefined();
    expect(wordCountProblem('guide', words(MIN_WORDS_BY_KIND.warning))).toMatch(/"guide"/);
  });
});

describe('moneyAmountsIn', () => {
  it('reads dot-grouped figures and "triệu", both ends of ranges', () => {
    expect(moneyAmountsIn('Phạt tiền từ 1.000.000 đồng đến 2.000.000 đồng.')).toEqual([1_000_000, 2_000_000]);
    expect(moneyAmountsIn('phạt 6–8 triệu đồng, hoặc 75 triệu, hoặc 1,5 triệu')).toEqual([6_000_000, 8_000_000, 75_000_000, 1_500_000]);
    expect(moneyAmountsIn('từ 6 đến 8 triệu đồng')).toEqual([6_000_000, 8_000_000]);
  });

  it('leaves out dates, article numbers, phone numbers and small figures', () => {
    expect(moneyAmountsIn('Từ 15/12/2025, Điều 328, gọi 1800 1233, 100 ảnh, 1.000 bản')).toEqual([]);
  });
});
