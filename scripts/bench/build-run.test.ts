import { describe, expect, it } from 'vitest';
import { pagesBuilt } from './build-run.ts';

describe('pagesBuilt', () => {
  it('reads the page count from Astro output', () => {
    expect(pagesBuilt('16:16:36 [build] 148 page(s) built in 4.77s\n16:16:36 [build] Complete!')).toBe(148);
    expect(pagesBuilt('error')).toBeUndefined();
  });
});
