/**
 * The pictures in docs/huong-dan-trinh-soan-thao.md, taken in Chromium from the built site
 * (dist/quan-tri/), editing a copy of this repository's content/ the way the local-folder way does.
 * Run after `npm run build`: `npm run docs:screenshots`. Writes docs/anh/trinh-soan-thao-*.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tools/browser.ts';
import { serveDist } from '../tools/static-server.ts';
import { answerFolderPicker, answerGithubStatus, contentFiles, fillFolder } from '../tools/editor-folder.ts';
import { headersForPath, parseHeadersFile } from '../tools/headers-file.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs/anh');
mkdirSync(OUT, { recursive: true });
const shot = (name: string) => join(OUT, `trinh-soan-thao-${name}.png`);

const rules = parseHeadersFile(readFileSync(join(ROOT, 'dist/_headers'), 'utf8'));
const server = await serveDist(join(ROOT, 'dist'), '/', { headersFor: (path) => headersForPath(rules, path) });
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1100, height: 700 } });
  await answerGithubStatus(context);
  await answerFolderPicker(context);
  const page = await context.newPage();
  await page.goto(`${server.origin}/quan-tri/`);
  const local = page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' });
  await local.waitFor({ timeout: 60_000 });
  await page.screenshot({ path: shot('1-mo') });

  await fillFolder(page, contentFiles(ROOT));
  await local.click();
  await page.getByRole('treeitem', { name: 'Bài viết', exact: true }).waitFor({ timeout: 60_000 });
  await page.screenshot({ path: shot('2-danh-sach') });

  await page.goto(`${server.origin}/quan-tri/#/collections/contacts/entries/tong-dai-111`);
  const hours = page.getByRole('textbox', { name: /Giờ trực/ });
  await hours.waitFor({ timeout: 60_000 });
  await page.screenshot({ path: shot('3-duong-day') });

  await hours.fill('');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Trường bắt buộc.').first().waitFor();
  await page.screenshot({ path: shot('4-loi') });
  console.log(`Đã chụp 4 hình vào ${OUT}`);
} finally {
  await browser.close();
  await server.close();
}
