/**
 * Printing an article (schools hand them out): Chromium's PDF holds the title, the whole
 * body, the sources with their addresses and the page's own address, and no header navigation.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { textWithout } from '../helpers/parsed-text.ts';
import { loadPages } from '../../tools/dist.ts';
import { useBrowserSite } from '../helpers/browser-site.ts';
import { readPdf } from '../helpers/pdf.ts';
import { DIST, sitemapPages } from '../helpers/site-pages.ts';

const site = useBrowserSite();

/**
 * Compared without spaces and hyphens: the PDF breaks lines where the paper ends, and a
 * word may be split at a hyphen. NFKC undoes ligatures (ﬁ).
 */
const squash = (text: string) => text.normalize('NFKC').replace(/[\s-]+/g, '');

/**
 * Text as printed: screen-reader-only words are not on paper, and decorative marks (the ↗ of an
 * external link, aria-hidden) are left out of the comparison: whether their glyph is drawn
 * depends on the fonts of the machine that prints (the packaged test Chromium has no arrow).
 */
function printedText(el: HTMLElement): string {
  return textWithout(el, (child) => child.classList.contains('sr-only') || child.getAttribute('aria-hidden') === 'true').trim();
}

describe('print', () => {
  const path = sitemapPages().find((p) => p.startsWith('/bai-viet/'));
  const article = loadPages(DIST).find((p) => p.path === path);

  it('prints an article with title, body, sources and its address, without the header navigation', async () => {
    if (!path || !article) throw new Error('Không có bài viết nào trong sitemap để in thử.');
    const page = await site.browser.newPage();
    await page.goto(site.url(path));
    const pdf = await page.pdf({ format: 'A4' });
    // pdfjs (pure JS, as for the printable sheets) gives the text in page order, a row of links as one run.
    const printed = squash((await readPdf(pdf)).text);
    await page.close();

    const root = article.root;
    const problems: string[] = [];
    const expectPrinted = (what: string, text: string) => {
      if (!printed.includes(squash(text))) problems.push(`${path}: bản in thiếu ${what}: "${text.slice(0, 60)}"`);
    };
    expectPrinted('tiêu đề', root.querySelector('h1')?.text.trim() ?? '(không có h1)');
    const body = root.querySelectorAll('main .prose p').map(printedText).filter(Boolean);
    if (body.length === 0) problems.push(`${path}: bài không có đoạn văn nào trong .prose`);
    for (const paragraph of body) expectPrinted('đoạn văn', paragraph);
    expectPrinted('mục nguồn', 'Nguồn tham khảo');
    for (const source of root.querySelectorAll('main aside a[rel~="external"]')) {
      expectPrinted('tên nguồn', printedText(source));
      expectPrinted('địa chỉ nguồn', source.getAttribute('href') ?? '');
    }
    expectPrinted('địa chỉ của trang', root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '(không có canonical)');
    for (const list of root.querySelectorAll('header nav ul')) {
      if (printed.includes(squash(list.text)))
        problems.push(
          `${path}: bản in còn thanh điều hướng đầu trang ("${list
            .querySelectorAll('li')
            .map((li) => li.text.trim())
            .join(' · ')}"): ẩn nó trong @media print`,
        );
    }
    if (printed.includes(squash('Thoát nhanh'))) problems.push(`${path}: bản in còn nút "Thoát nhanh"`);
    expect(problems).toEqual([]);
  });
});
