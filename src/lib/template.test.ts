import { describe, expect, it } from 'vitest';
import { fill } from './template';

describe('fill', () => {
  it('fills every named slot and leaves unknown slots visible', () => {
    expect(fill('{count} kết quả cho “{query}”', { count: 3, query: 'mại dâm' })).toBe('3 kết quả cho “mại dâm”');
    expect(fill('{count} {missing}', { count: 0 })).toBe('0 {missing}');
  });
});
