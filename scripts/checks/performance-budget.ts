/**
 * First-view budgets for a cheap phone on a weak network (issues "Performance" and 17): the
 * HTML and one small script, few bytes, little JavaScript, and everything the first screen
 * needs (the inline stylesheet, <main>, the h1, the first paragraph) within the first 14 KB of
 * the compressed HTML, so it is drawn from the first round trip. Only what is deterministic:
 * bytes and counts.
 */
import type { HTMLElement } from 'node-html-parser';
import type { BuiltPage, Problem } from '../../tools/dist.ts';
import { gzipSize, totals, type FirstView } from '../lib/first-view.ts';
import { inlineStyleBlocks } from '../../src/lib/style-hashes.ts';

export interface Budgets {
  /** Requests: the HTML and what it references for first view (search bundle excluded). */
  requests: number;
  /** gzip bytes of all of them together. */
  totalGzip: number;
  /** gzip bytes of JavaScript before search is used. */
  jsGzip: number;
  /**
   * gzip bytes of the page's inline stylesheet (its <style> blocks together): every page of a
   * visit carries it again, and it comes before <main> in the first round trip.
   */
  inlineCssGzip: number;
  /**
   * Compressed HTML bytes within which <main> starts and the h1 and the first paragraph end
   * (the gzip size of the HTML up to that point). 14 KB is what a server can send in TCP's
   * first round trip (10 segments of about 1,460 bytes).
   */
  readableBytes: number;
}

export const BUDGETS: Budgets = { requests: 2, totalGzip: 25 * 1024, jsGzip: 5 * 1024, inlineCssGzip: 6 * 1024, readableBytes: 14 * 1024 };

/** Where the reader's content is, as the compressed size of the HTML before that point. */
export interface ReadableOffsets {
  /** Start of the <main> tag. */
  mainStart?: number;
  /** End of the h1. */
  h1End?: number;
  /** End of the first paragraph of body text: the article's prose, else the first <p> after the h1. */
  firstParagraphEnd?: number;
}

/** The gzip size of the HTML up to a character: how much of the compressed page must arrive first. */
const byteOffset = (html: string, charIndex: number) => gzipSize(html.slice(0, charIndex));

export function readableOffsets(html: string, root: HTMLElement): ReadableOffsets {
  const main = root.querySelector('main');
  const h1 = main?.querySelector('h1') ?? root.querySelector('h1');
  const prose = main?.querySelector('.prose p');
  const afterH1 = h1 ? main?.querySelectorAll('p').find((p) => p.range[0] >= h1.range[1] && p.text.trim() !== '') : undefined;
  const paragraph = prose ?? afterH1;
  return {
    mainStart: main ? byteOffset(html, main.range[0]) : undefined,
    h1End: h1 ? byteOffset(html, h1.range[1]) : undefined,
    firstParagraphEnd: paragraph ? byteOffset(html, paragraph.range[1]) : undefined,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every budget the page breaks, each with the measured value, the limit and what to look at. */
export function checkBudgets(page: BuiltPage, view: FirstView, budgets: Budgets = BUDGETS): Problem[] {
  const problems: Problem[] = [];
  const say = (message: string) => problems.push({ page: page.path, message });
  const sum = totals(view.files);
  const list = view.files.map((f) => `${f.url} (${f.kind}, ${kb(f.gzipBytes)} gzip)`).join(', ');
  if (view.external.length) say(`tải tệp từ nơi khác khi mở trang: ${view.external.join(', ')}`);
  if (view.missing.length) say(`tham chiếu tệp không có trong dist/: ${view.missing.join(', ')}`);
  if (sum.requests > budgets.requests) {
    say(`lần xem đầu cần ${sum.requests} yêu cầu, ngân sách là ${budgets.requests}: ${list}. Gộp hoặc bỏ bớt CSS/JS/ảnh tải ngay.`);
  }
  if (sum.gzip.total > budgets.totalGzip) {
    say(`lần xem đầu nặng ${kb(sum.gzip.total)} gzip, ngân sách là ${kb(budgets.totalGzip)}: ${list}.`);
  }
  const css = gzipSize(inlineStyleBlocks(page.html).join(''));
  if (css > budgets.inlineCssGzip) {
    say(
      `CSS viết trong trang nặng ${kb(css)} gzip, vượt ngân sách ${kb(budgets.inlineCssGzip)} là ${kb(css - budgets.inlineCssGzip)} (${css - budgets.inlineCssGzip} byte): mỗi trang mang lại nó và nó đứng trước nội dung; bỏ bớt CSS trong src/styles/ hoặc tách phần không cần cho màn hình đầu.`,
    );
  }
  if (sum.gzip.js > budgets.jsGzip) {
    say(`JavaScript tải ngay là ${kb(sum.gzip.js)} gzip, ngân sách là ${kb(budgets.jsGzip)} trước khi tìm kiếm: chỉ nạp mã khi người đọc cần đến nó.`);
  }
  const offsets = readableOffsets(page.html, page.root);
  const readable: [keyof ReadableOffsets, string][] = [
    ['mainStart', 'thẻ <main> bắt đầu'],
    ['h1End', 'tiêu đề <h1> kết thúc'],
    ['firstParagraphEnd', 'đoạn văn đầu tiên kết thúc'],
  ];
  for (const [key, what] of readable) {
    const at = offsets[key];
    if (at === undefined) say(`không tìm thấy chỗ ${what} trong HTML`);
    else if (at > budgets.readableBytes) {
      say(
        `${what} ở byte ${at} của HTML nén gzip, ngân sách là ${budgets.readableBytes} (14 KB đầu), vượt ${at - budgets.readableBytes} byte: làm gọn CSS viết trong trang hoặc đưa bớt phần đầu trang (menu, thẻ meta) ra sau nội dung.`,
      );
    }
  }
  return problems;
}
