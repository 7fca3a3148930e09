import { describe, expect, it } from 'vitest';
import { formatBytes, formatSeconds, median, msPerPage } from './stats.ts';

describe('median', () => {
  it.each([
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1], 10],
  ])('%j -> %d', (values, expected) => expect(median(values)).toBe(expected));
  it('refuses an empty list', () => expect(() => median([])).toThrow());
});

describe('formatBytes', () => {
  it.each([
    [512, '512 B'],
    [2048, '2.0 KB'],
    [25 * 1024 + 512, '25.5 KB'],
    [3 * 1024 * 1024, '3.0 MB'],
    [1.5 * 1024 ** 3, '1.50 GB'],
  ])('%d -> %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});

describe('formatSeconds and msPerPage', () => {
  it('formats and divides', () => {
    expect(formatSeconds(12_345)).toBe('12.3 s');
    expect(msPerPage(12_000, 1000)).toBe(12);
    expect(msPerPage(3_950, 100)).toBe(40);
    expect(() => msPerPage(1, 0)).toThrow();
  });
});
