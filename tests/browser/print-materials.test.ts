/**
 * Printable materials in Chromium: each prints to exactly one A4 page with its title, 113,
 * 111 and the review date in the PDF text, and its QR code scans back to the page's address.
 * A lesson's quiz prints on exactly two: the questions and the numbers on page 1, with no
 * answer on it, and the teacher's key on page 2.
 * On a preview build (no SITE_URL, as npm test builds dist/) a sheet carries no QR code and
 * says why; tests/builds/subfolder-build.test.ts scans the codes of a build with a real address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { launchBrowser } from '../../tools/browser.ts';
import { serveDist, type StaticServer } from '../../tools/static-server.ts';
import { readPdf } from '../helpers/pdf.ts';
import { ROOT } from '../helpers/astro-run.ts';
import { MATERIALS, qrProblem, quizSheets } from '../helpers/print-sheets.ts';

/** Compare text without its spaces: PDF text runs split and join words their own way. */
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  server = await serveDist(join(ROOT, 'dist'));
  browser = await launchBrowser();
  page = await (await browser.newContext({ deviceScaleFactor: 2 })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(MATERIALS)('%s', (path) => {
  it('prints on one A4 page with its title, 113, 111 and the review date', async () => {
    await page.goto(`${server.origin}${path}`);
    const title = (await page.locator('h1').textContent())?.trim() ?? '';
    const reviewed = (await page.locator('.sheet-foot time').last().textContent())?.trim() ?? '';
    expect(reviewed, `${path}: không thấy ngày rà soát dạng dd/mm/yyyy ở chân tài liệu`).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);

    const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pdf.pages, `${path}: bản in dài ${pdf.pages} trang A4, cần đúng 1: rút bớt nội dung hoặc giảm cỡ chữ`).toBe(1);
    expect(pdf.sizesMm[0], `${path}: khổ giấy không phải A4 (thiếu @page sheet { size: A4 }?)`).toEqual({ width: 210, height: 297 });
    const text = squash(pdf.text);
    for (const needed of [title, '113', '111', reviewed]) {
      expect(text.includes(squash(needed)), `${path}: bản in thiếu "${needed}"`).toBe(true);
    }
    // Only the sheet is printed: no header menu, no footer, no quick-exit bar.
    expect(text.includes(squash('Thoát nhanh')), `${path}: bản in còn thanh "Thoát nhanh"`).toBe(false);
  });

  it('has a QR code that scans to the page address, or none on a preview build (review M6)', async () => {
    await page.goto(`${server.origin}${path}`);
    expect(await qrProblem(page)).toBeNull();
  });
});

const QUIZZES = quizSheets(join(ROOT, 'dist'));

describe('quiz sheets', () => {
  it('exist for the lessons', () => {
    expect(QUIZZES.length, 'không có tờ câu hỏi nào trong dist/tai-lieu/cau-hoi/').toBeGreaterThanOrEqual(3);
  });

  it.each(QUIZZES)('%s prints the questions on page 1 and only the key on page 2', async (path) => {
    await page.goto(`${server.origin}${path}`);
    const questions = (await page.locator('.quiz-questions > li > p').allTextContents()).map((q) => q.trim());
    const explanations = await page.locator('.quiz-answers li').allTextContents();
    const keyHeading = (await page.locator('.quiz-key h2').textContent())?.trim() ?? '';
    const reviewed = (await page.locator('.sheet-foot time').last().textContent())?.trim() ?? '';
    expect(questions.length, `${path}: không thấy câu hỏi`).toBeGreaterThanOrEqual(3);

    const pdf = await readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pdf.pages, `${path}: bản in dài ${pdf.pages} trang A4, cần đúng 2 (câu hỏi, đáp án): rút bớt câu hỏi hoặc lựa chọn`).toBe(2);
    expect(
      pdf.sizesMm.every((s) => s.width === 210 && s.height === 297),
      `${path}: khổ giấy không phải A4`,
    ).toBe(true);
    const [first = '', second = ''] = pdf.pageTexts.map(squash);
    for (const needed of [...questions, '113', '111']) {
      expect(first.includes(squash(needed)), `${path}: trang 1 thiếu "${needed}"`).toBe(true);
    }
    // The class gets page 1: not one explanation, nor the key's heading, may be on it.
    expect(first.includes(squash(keyHeading)), `${path}: trang 1 có tiêu đề đáp án`).toBe(false);
    for (const e of explanations) expect(first.includes(squash(e)), `${path}: trang 1 có đáp án "${e.slice(0, 40)}…"`).toBe(false);
    for (const needed of [keyHeading, reviewed]) expect(second.includes(squash(needed)), `${path}: trang 2 thiếu "${needed}"`).toBe(true);
    expect(pdf.text.includes('Thoát nhanh'), `${path}: bản in còn thanh "Thoát nhanh"`).toBe(false);
  });

  it.each(QUIZZES)('%s has a QR code that scans to its address, or none on a preview build', async (path) => {
    await page.goto(`${server.origin}${path}`);
    expect(await qrProblem(page)).toBeNull();
  });
});
