import { describe, expect, it } from 'vitest';
import { buildTable, firstViewTable } from './report.ts';

describe('buildTable', () => {
  it('shows median wall and CPU time, ms per built page and the highest peak', () => {
    const text = buildTable([
      {
        articles: 100,
        runs: [
          { ms: 9000, cpuMs: 6000, peakBytes: 500 * 1024 * 1024, pages: 150 },
          { ms: 7500, cpuMs: 4500, peakBytes: 600 * 1024 * 1024, pages: 150 },
          { ms: 8000, cpuMs: 5000, peakBytes: 0, pages: 150 },
        ],
        distBytes: 5 * 1024 * 1024,
        pagefindBytes: 1024 * 1024,
      },
    ]);
    const [header, , row] = text.split('\n');
    expect(header).toMatch(/^articles\s+pages\s+runs\s+wall \(median\)\s+wall\/page\s+CPU \(median\)\s+CPU\/page\s+peak memory\s+dist\s+pagefind index$/);
    expect(
      row
        ?.split(/\s{2,}/)
        .map((c) => c.trim())
        .filter(Boolean),
    ).toEqual(['100', '150', '3', '8.0 s', '53 ms', '5.0 s', '33 ms', '600.0 MB', '5.0 MB', '1.0 MB']);
  });
});

describe('firstViewTable', () => {
  it('splits requests and gzip bytes by type, with a total', () => {
    const text = firstViewTable([
      { kind: 'html', gzipBytes: 8000 },
      { kind: 'css', gzipBytes: 3800 },
      { kind: 'js', gzipBytes: 600 },
    ]);
    expect(text.split('\n').slice(2)).toEqual([
      'html          1   7.8 KB',
      'css           1   3.7 KB',
      'js            1    600 B',
      'other         0      0 B',
      'total         3  12.1 KB',
    ]);
  });
});
