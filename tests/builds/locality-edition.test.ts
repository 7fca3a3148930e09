/**
 * A commune's edition (SITE_LOCALITY), built once from the example fixture
 * (tests/fixtures/locality-edition/): its name in the header and its own contacts first in every
 * hotline box: the help strip, article boxes, hubs, section pages, the directory, the embed card,
 * the print sheets and contacts.json.
 *
 * The edition is built right after a national build of the same content, sharing its content
 * cache, as a developer would build them. Astro caches each article's rendered Markdown, keyed by
 * the file's text and Astro's own config; SITE_LOCALITY is not part of that config, so the edition
 * reuses the cached HTML: nothing that depends on the edition may live in it (see
 * src/lib/article-refs.ts). (BASE_PATH changes Astro's config, which empties the cache; the base
 * is filled per page anyway.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { loadPages } from '../../tools/dist.ts';
import { checkEmbeds } from '../../scripts/checks/embeds.ts';
import { checkContactsJson } from '../../scripts/checks/open-data.ts';
import { ROOT, runAstro, type AstroRun } from '../helpers/astro-run.ts';

const ARTICLE = 'bai-viet/cach-to-giac-mua-ban-nguoi-va-mai-dam';
/** Added to that article's cached HTML between the two builds: only a build that reuses the cache shows it. */
const CACHE_MARK = 'dau-bo-nho-dem-7f3a';
const cache = mkdtempSync(join(tmpdir(), 'pcmd-shared-cache-'));
let national: AstroRun;
let run: AstroRun;

/** Mark the article's rendered HTML in Astro's data store (a flat JSON array whose records point to values by index). */
function markCachedArticle(storeFile: string): void {
  const store = JSON.parse(readFileSync(storeFile, 'utf8')) as unknown[];
  const file = `${ARTICLE.split('/')[1]}.md`;
  const record = store.find(
    (x): x is { filePath: number; rendered: number } =>
      typeof x === 'object' && x !== null && 'rendered' in x && 'filePath' in x && String(store[x.filePath as number]).endsWith(file),
  );
  const rendered = record && (store[record.rendered] as { html?: number } | undefined);
  if (rendered?.html === undefined || typeof store[rendered.html] !== 'string') {
    throw new Error(`${storeFile}: không thấy HTML đã dựng của ${file} trong bộ nhớ đệm nội dung (Astro đổi cách lưu?)`);
  }
  store[rendered.html] += `<p>${CACHE_MARK}</p>`;
  writeFileSync(storeFile, JSON.stringify(store));
}

beforeAll(() => {
  const overlay = join(ROOT, 'tests/fixtures/locality-edition');
  national = runAstro('build', overlay, { ASTRO_CACHE_DIR: cache });
  if (national.code !== 0) throw new Error(national.output);
  const store = join(cache, 'data-store.json');
  if (!existsSync(store)) throw new Error(`${cache}: bản dựng đầu không để lại bộ nhớ đệm nội dung, phép thử này không còn ý nghĩa`);
  markCachedArticle(store);
  run = runAstro('build', overlay, { ASTRO_CACHE_DIR: cache, SITE_LOCALITY: 'phuong-vi-du' });
  if (run.code !== 0) throw new Error(run.output);
});
afterAll(() => {
  national?.cleanup();
  run?.cleanup();
  rmSync(cache, { recursive: true, force: true });
});

const html = (path: string, build = run) => parse(readFileSync(join(build.outDir, path, 'index.html'), 'utf8'));
const firstCard = (build: AstroRun) => html(ARTICLE, build).querySelector('[data-hotline-box] h3')?.text.trim() ?? '';

describe('article HTML from a shared content cache', () => {
  it('reused the cache: the edition shows the mark added to the cached article, the national build does not', () => {
    expect(html(ARTICLE).text, `/${ARTICLE}/: bản địa phương đã dựng lại bài thay vì dùng bộ nhớ đệm`).toContain(CACHE_MARK);
    expect(html(ARTICLE, national).text).not.toContain(CACHE_MARK);
  });

  it('shows the national line first in the national build', () => {
    expect(firstCard(national)).toContain('111');
  });

  it('puts the commune line first in the edition built next from the same cache', () => {
    expect(firstCard(run), `/${ARTICLE}/: ô đường dây đầu tiên phải là đầu mối của xã khi dựng bản địa phương`).toContain('Công an Phường Ví Dụ');
  });
});

const LOCAL = 'Công an Phường Ví Dụ';
/** The lines of a "Cần giúp ngay?" box, found by its heading id (the box is a <section> or, in the footer, a <div>). */
const stripLines = (root: ReturnType<typeof parse>, id: string) =>
  root
    .querySelector(`h2#${id}`)
    ?.parentNode?.querySelectorAll('li')
    .map((li) => li.text.trim()) ?? [];

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
    const headings = html('duong-day-nong')
      .querySelectorAll('main h3')
      .map((h) => h.text.trim());
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
