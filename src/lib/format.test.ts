import { describe, expect, it } from 'vitest';
import { formatDate, formatMonths, formatVnd, isoDate } from './format';

describe('formatVnd', () => {
  it.each([
    [0, '0 đồng'],
    [300000, '300.000 đồng'],
    [1000000, '1.000.000 đồng'],
    [75000000, '75.000.000 đồng'],
    [200000000, '200.000.000 đồng'],
  ])('%d', (n, s) => expect(formatVnd(n)).toBe(s));
  it('refuses fractions and negatives', () => {
    expect(() => formatVnd(1.5)).toThrow();
    expect(() => formatVnd(-1)).toThrow();
  });
});

describe('formatMonths', () => {
  it.each([
    [6, '6 tháng'],
    [12, '1 năm'],
    [18, '1 năm 6 tháng'],
    [36, '3 năm'],
    [240, '20 năm'],
  ])('%d', (n, s) => expect(formatMonths(n)).toBe(s));
  it('refuses zero', () => expect(() => formatMonths(0)).toThrow());
});

describe('dates', () => {
  it('formats in UTC as dd/mm/yyyy and ISO', () => {
    const d = new Date('2025-12-15T00:00:00Z');
    expect(formatDate(d)).toBe('15/12/2025');
    expect(isoDate(d)).toBe('2025-12-15');
  });
});
