import { describe, expect, it } from 'vitest';
import { descendants, parseStat, sampleTree, statusField } from './process-tree.ts';

describe('statusField', () => {
  const status = 'Name:\tnode\nVmPeak:\t 2000000 kB\nVmHWM:\t  123456 kB\nVmRSS:\t  100000 kB\n';
  it('reads kB fields as bytes', () => {
    expect(statusField(status, 'VmHWM')).toBe(123456 * 1024);
    expect(statusField(status, 'VmRSS')).toBe(100000 * 1024);
    expect(statusField(status, 'VmSwap')).toBeUndefined();
  });
});

describe('parseStat', () => {
  it('reads ppid and CPU ticks past a command name with spaces and parentheses', () => {
    const stat = '4242 (node (worker) x) S 4100 4242 4100 0 -1 4194560 100 0 0 0 700 50 20 30 20 0 11 0 123 456 789';
    expect(parseStat(stat)).toEqual({ ppid: 4100, cpuTicks: 700 + 50 + 20 + 30 });
    expect(parseStat('')).toBeUndefined();
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

describe.runIf(process.platform === 'linux')('sampleTree', () => {
  it('sees this process: some memory and some CPU', () => {
    const s = sampleTree(process.pid);
    expect(s.highWaterBytes).toBeGreaterThan(10 * 1024 * 1024);
    expect(s.cpuTicks).toBeGreaterThan(0);
  });
});
