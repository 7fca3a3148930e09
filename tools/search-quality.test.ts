import { describe, expect, it } from 'vitest';
import { formatQuality, measureQuality, rankOf } from './search-quality';

describe('rankOf', () => {
  it('is 1-based and 0 when absent', () => {
    expect(rankOf(['/a/', '/b/'], '/b/')).toBe(2);
    expect(rankOf(['/a/'], '/z/')).toBe(0);
  });
});

describe('measureQuality', () => {
  const report = measureQuality([
    { q: 'one', expect: '/a/', ranked: ['/a/', '/b/'] },
    { q: 'two', expect: '/b/', ranked: ['/a/', '/b/', '/c/'] },
    { q: 'three', expect: '/d/', ranked: ['/a/', '/b/', '/c/', '/d/'] },
    { q: 'four', expect: '/z/', ranked: [] },
  ]);

  it('counts hits at 1 and 3 and the mean reciprocal rank', () => {
    expect(report.hitAt1).toBe(0.25);
    expect(report.hitAt3).toBe(0.5);
    expect(report.mrr).toBeCloseTo((1 + 1 / 2 + 1 / 4 + 0) / 4);
  });

  it('lists the misses with where they landed', () => {
    expect(report.misses).toEqual([
      { q: 'three', expect: '/d/', rank: 4, top3: ['/a/', '/b/', '/c/'] },
      { q: 'four', expect: '/z/', rank: 0, top3: [] },
    ]);
    expect(formatQuality(report)).toContain('trượt: "four" → /z/ (không có trong kết quả; top 3: trống)');
  });

  it('names the queries that found nothing at all', () => {
    expect(report.empty).toEqual(['four']);
    expect(formatQuality(report)).toContain('không có kết quả: 1');
  });

  it('refuses an empty query set rather than reporting 0 of 0', () => {
    expect(() => measureQuality([])).toThrow(/no queries/);
  });
});
