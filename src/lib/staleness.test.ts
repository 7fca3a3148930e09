import { describe, expect, it } from 'vitest';
import { daysSince, isStale, REVIEW_WINDOW_DAYS } from './staleness';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('isStale', () => {
  it.each([
    ['2026-11-22', '2026-11-23', false],
    ['2026-05-27', '2026-11-23', false],
    ['2026-05-26', '2026-11-23', true],
    ['2025-01-01', '2026-11-23', true],
  ])('checked %s, now %s', (checked, now, stale) => {
    expect(isStale(d(checked), d(now))).toBe(stale);
  });
  it('counts whole days', () => {
    expect(daysSince(d('2026-05-27'), d('2026-11-23'))).toBe(REVIEW_WINDOW_DAYS);
  });
});
