/**
 * First-view budgets for a cheap phone on a weak network (issue "Performance"): few
 * requests, few bytes, little JavaScript, and the readable page early in the HTML so it
 * can render from the first round trip. Only what is deterministic: bytes and counts.
 */
import type { HTMLElement } from 'node-html-parser';
import type { BuiltPage, Problem } from '../../tools/dist.ts';
import { totals, type FirstView } from '../lib/first-view.ts';

export interface Budgets {
  /** Requests: the HTML and what it references for first view (search bundle excluded). */
  requests: number;
  /** gzip bytes of all of them together. */
  totalGzip: number;
  /** gzip bytes of JavaScript before search is used. */
  jsGzip: number;
  /**
   * Uncompressed HTML bytes within which <main> starts and the h1 and the first paragraph
   * end. 14 KB is what a server can send in TCP's first round trip (10 segments); counting
   * uncompressed bytes is stricter than the compressed bytes on the wire.
   */
  readableBytes: number;
}

export const BUDGETS: Budgets = { requests: 4, totalGzip: 25 * 1024, jsGzip: 5 * 1024, readableBytes: 14 * 1024 };

/** Where the reader's content is, as UTF-8 byte offsets into the HTML. */
export interface ReadableOffsets {
  /** Start of the <main> tag. */
  mainStart?: number;
  /** End of the h1. */
  h1End?: number;
  /** End of the first paragraph of body text: the article's prose, else the first <p> after the h1. */
  firstParagraphEnd?: number;
}

const byteOffset = (html: string, charIndex: number) => Buffer.byteLength(html.slice(0, charIndex), 'utf8');

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
      say(`${what} ở byte ${at} của HTML, ngân sách là ${budgets.readableBytes} (14 KB đầu): đưa bớt phần đầu trang (menu, thẻ meta) ra sau nội dung hoặc làm gọn.`);
    }
  }
  return problems;
}
