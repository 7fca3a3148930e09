/** A commune's edition (SITE_LOCALITY): its name in the header and its own contacts first. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { ROOT, runAstro, type AstroRun } from './helpers/astro-run.ts';

let run: AstroRun;
const html = (path: string) => parse(readFileSync(join(run.outDir, path, 'index.html'), 'utf8'));

beforeAll(() => {
  run = runAstro('build', join(ROOT, 'tests/fixtures/locality-edition'), { SITE_LOCALITY: 'phuong-vi-du' });
  if (run.code !== 0) throw new Error(run.output);
});
afterAll(() => run?.cleanup());

describe('locality edition', () => {
  it('names the locality in the header of every page', () => {
    expect(html('').querySelector('header')?.text).toContain('Phường Ví Dụ');
    expect(html('phap-luat').querySelector('header')?.text).toContain('Phường Ví Dụ');
  });

  it('lists the local contact before the national ones in the hotline directory', () => {
    const headings = html('duong-day-nong').querySelectorAll('main h3').map((h) => h.text.trim());
    expect(headings[0]).toContain('Công an Phường Ví Dụ');
    expect(headings.indexOf('Tổng đài Cảnh sát 113')).toBeGreaterThan(0);
  });

  it('builds the locality page with the local contact first', () => {
    const first = html('dia-phuong/phuong-vi-du').querySelector('main h3')?.text ?? '';
    expect(first).toContain('Công an Phường Ví Dụ');
  });

  it('prints the local contact first on posters, handouts and pocket cards', () => {
    expect(html('tai-lieu/ap-phich/nguoi-lao-dong').querySelector('.print-hotlines .print-name')?.text).toContain('Công an Phường Ví Dụ');
    expect(html('tai-lieu/to-roi/hoc-sinh-sinh-vien').querySelector('.print-hotlines .print-name')?.text).toContain('Công an Phường Ví Dụ');
    expect(html('tai-lieu/the-bo-tui').querySelector('.pocket-card li span')?.text).toContain('Công an Phường Ví Dụ');
  });

  it('lists the locality on /dia-phuong/', () => {
    expect(html('dia-phuong').querySelector('main a[href="/dia-phuong/phuong-vi-du/"]')).not.toBeNull();
  });
});
