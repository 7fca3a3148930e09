import { describe, expect, it } from 'vitest';
import { parseFirstViewArgs } from './first-view-args.ts';

describe('parseFirstViewArgs', () => {
  it('defaults to dist/, five runs, throttled', () => {
    expect(parseFirstViewArgs([])).toEqual({ dist: 'dist', runs: 5, throttle: true });
  });

  it('reads --dist, --runs (both forms) and --no-throttle', () => {
    expect(parseFirstViewArgs(['--dist', '/tmp/x', '--runs=2', '--no-throttle'])).toEqual({ dist: '/tmp/x', runs: 2, throttle: false });
  });

  it.each([
    [['--runs', '0'], '--runs cần một số nguyên dương, không phải "0"'],
    [['--runs'], '--runs cần một số nguyên dương, không phải ""'],
    [['--dist'], '--dist cần một thư mục'],
    [['--fast'], 'không hiểu tùy chọn "--fast"'],
  ])('refuses %j with the usage', (argv, message) => {
    expect(() => parseFirstViewArgs(argv)).toThrow(message);
    expect(() => parseFirstViewArgs(argv)).toThrow('npm run bench:first-view');
  });
});
