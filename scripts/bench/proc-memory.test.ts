import { describe, expect, it } from 'vitest';
import { descendants, parentPid, statusField } from './proc-memory.ts';

describe('statusField', () => {
  const status = 'Name:\tnode\nVmPeak:\t 2000000 kB\nVmHWM:\t  123456 kB\nVmRSS:\t  100000 kB\n';
  it('reads kB fields as bytes', () => {
    expect(statusField(status, 'VmHWM')).toBe(123456 * 1024);
    expect(statusField(status, 'VmRSS')).toBe(100000 * 1024);
    expect(statusField(status, 'VmSwap')).toBeUndefined();
  });
});

describe('parentPid', () => {
  it('skips a command name with spaces and parentheses', () => {
    expect(parentPid('4242 (node (worker) x) S 4100 4242 4100 0 -1')).toBe(4100);
    expect(parentPid('')).toBeUndefined();
  });
});

describe('descendants', () => {
  it('finds children and grandchildren, not siblings', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [20, 1],
      [13, 10],
    ]);
    expect(descendants(10, parents).sort()).toEqual([10, 11, 12, 13]);
  });
});
