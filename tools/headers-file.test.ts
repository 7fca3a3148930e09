import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from './headers-file';

const file = `# comment
/*
  X-A: 1
  X-B: 2
/x/*
  ! X-A
  X-A: 3
  X-B: 4
`;

describe('headers-file', () => {
  const rules = parseHeadersFile(file);
  it.each([
    ['/', { 'x-a': '1', 'x-b': '2' }],
    ['/y/', { 'x-a': '1', 'x-b': '2' }],
    // Detached then set: replaced. Set again without detaching: joined, as Cloudflare Pages does.
    ['/x/', { 'x-a': '3', 'x-b': '2, 4' }],
    ['/x/a/index.html', { 'x-a': '3', 'x-b': '2, 4' }],
  ])('%s gets %o', (path, expected) => {
    expect(Object.fromEntries(headersForPath(rules, path))).toEqual(expected);
  });
  it('stops at a header line before any path, and at a line without a colon', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/dòng 1/);
    expect(() => parseHeadersFile('/*\n  X-A\n')).toThrow(/dòng 2/);
  });
  it('treats regex characters in paths literally', () => {
    expect(headersForPath(parseHeadersFile('/a.b/*\n  X: 1\n'), '/axb/').size).toBe(0);
  });
});
