/**
 * A commune's edition (SITE_LOCALITY): its name in the header and its own contacts first in
 * every hotline box: the help strip, article boxes, hubs, section pages, the directory, the
 * embed card and contacts.json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { loadPages } from '../../tools/dist.ts';
import { checkEmbeds } from '../../scripts/checks/embeds.ts';
import { checkContactsJson } from '../../scripts/checks/open-data.ts';
import { ROOT, runAstro, type AstroRun } from '../helpers/astro-run.ts';

const LOCAL = 'Công an Phường Ví Dụ';
let run: AstroRun;
const html = (path: string) => parse(readFileSync(join(run.outDir, path, 'index.html'), 'utf8'));
/** The text of each line in a help strip ("Cần giúp ngay?"), in order. */
/** The lines of a "Cần giúp ngay?" box, found by its heading id (the box is a <section> or, in the footer, a <div>). */
const stripLines = (root: ReturnType<typeof parse>, id: string) =>
  root.querySelector(`h2#${id}`)?.parentNode?.querySelectorAll('li').map((li) => li.text.trim()) ?? [];

beforeAll(() => {
  run = runAstro('build', join(ROOT, 'tests/fixtures/locality-edition'), { SITE_LOCALITY: 'phuong-vi-du' });
  if (run.code !== 0) throw new Error(run.output);
});
afterAll(() => run?.cleanup());

describe('locality edition', () => {
  it('names the locality in the header of every page', () => {
    const missing = loadPages(run.outDir).filter((p) => p.root.querySelector('header') && !p.root.querySelector('header')?.text.includes('Phường Ví Dụ'));
    expect(missing.map((p) => p.path)).toEqual([]);
    expect(html('').querySelector('header')?.text).toContain('Phường Ví Dụ');
  });

  it('puts the local line first in the help strip of every page that has one', () => {
    const pages = loadPages(run.outDir).filter((p) => p.root.querySelector('h2#can-giup-ngay'));
    expect(pages.length).toBeGreaterThan(10);
    const wrong = pages.filter((p) => !stripLines(p.root, 'can-giup-ngay')[0]?.includes(LOCAL));
    expect(wrong.map((p) => `${p.path}: dòng đầu của "Cần giúp ngay?" phải là đầu mối địa phương`)).toEqual([]);
    expect(stripLines(html('hoc-sinh-sinh-vien'), 'can-giup-ngay-trong-trang')[0]).toContain(LOCAL);
    expect(stripLines(html(''), 'can-giup-ngay-dau-trang')[0]).toContain(LOCAL);
  });

  it('lists the local contact before the national ones in the hotline directory and section pages', () => {
    const headings = html('duong-day-nong').querySelectorAll('main h3').map((h) => h.text.trim());
    expect(headings[0]).toContain(LOCAL);
    expect(headings.indexOf('Tổng đài Cảnh sát 113')).toBeGreaterThan(0);
    expect(html('to-giac').querySelector('#kenh-lien-he')?.parentNode?.querySelector('h3')?.text).toContain(LOCAL);
  });

  it('puts the local line first in an article hotline box that serves the same need', () => {
    const box = html('bai-viet/cach-to-giac-mua-ban-nguoi-va-mai-dam').querySelector('[data-hotline-box]');
    const names = box?.querySelectorAll('h3').map((h) => h.text.trim()) ?? [];
    expect(names[0]).toContain(LOCAL);
    expect(names[1]).toContain('111');
  });

  it('builds the locality page with the local contact first', () => {
    const first = html('dia-phuong/phuong-vi-du').querySelector('main h3')?.text ?? '';
    expect(first).toContain(LOCAL);
  });

  it('puts the local line first on the embed card, within its size budget', () => {
    const card = html('nhung/duong-day-nong');
    expect(card.querySelector('h1')?.text).toContain('Phường Ví Dụ');
    expect(card.querySelector('li')?.text).toContain(LOCAL);
    expect(checkEmbeds(loadPages(run.outDir), run.outDir, '/')).toEqual([]);
  });

  it('marks the local contact first in contacts.json', () => {
    expect(checkContactsJson(run.outDir, run.contentDir)).toEqual([]);
    const data = JSON.parse(readFileSync(join(run.outDir, 'contacts.json'), 'utf8'));
    expect(data.edition).toEqual({ locality: 'phuong-vi-du', name: 'Phường Ví Dụ (dữ liệu kiểm thử)' });
    expect(data.contacts[0]).toMatchObject({ id: 'cong-an-phuong-vi-du', local: true, scope: 'commune', locality: 'phuong-vi-du' });
    expect(data.contacts.filter((c: { local: boolean }) => c.local)).toHaveLength(1);
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
