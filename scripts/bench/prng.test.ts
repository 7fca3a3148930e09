import { describe, expect, it } from 'vitest';
import { between, pick, sample, seededRandom } from './prng.ts';

describe('seededRandom', () => {
  it('repeats for the same seed and differs for another', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
  });
  it('stays in [0, 1)', () => {
    const r = seededRandom(1);
    for (let i = 0; i < 1000; i++) {
      const x = r();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});

describe('pick, between, sample', () => {
  it('picks from the list, within bounds, distinct', () => {
    const r = seededRandom(7);
    for (let i = 0; i < 200; i++) {
      expect(['a', 'b', 'c']).toContain(pick(r, ['a', 'b', 'c']));
      const n = between(r, 2, 4);
      expect(n >= 2 && n <= 4 && Number.isInteger(n)).toBe(true);
      const s = sample(r, [1, 2, 3, 4, 5], 3);
      expect(new Set(s).size).toBe(3);
      expect([...s].sort()).toEqual(s);
    }
    expect(sample(r, [1, 2], 5)).toEqual([1, 2]);
    expect(() => pick(r, [])).toThrow(/rỗng/);
  });
});
