import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseArgs } from './args.ts';

describe('parseArgs', () => {
  it.each([
    [[], DEFAULT_OPTIONS],
    [['--pages', '3000'], { pages: [3000], runs: 3, seed: 1 }],
    [['--pages=100,1000', '--runs=1'], { pages: [100, 1000], runs: 1, seed: 1 }],
    [['--pages', '20', '--pages', '50', '--seed', '9'], { pages: [20, 50], runs: 3, seed: 9 }],
  ])('%j', (argv, expected) => expect(parseArgs(argv)).toEqual(expected));

  it.each([[['--pages', '0']], [['--runs', 'x']], [['--pages']], [['--fast']]])('rejects %j with the usage', (argv) => {
    expect(() => parseArgs(argv)).toThrow(/npm run bench/);
  });
});
