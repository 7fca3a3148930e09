/**
 * The browser editor (/quan-tri/) in Chromium, served with the headers of dist/_headers as a host
 * would: it loads under its own CSP with no console error and no request to anywhere but this
 * site, lists every collection, and edits a real copy of content/ the way "Làm việc với kho mã
 * nguồn cục bộ" does. That way uses the browser's folder picker (File System Access API), which
 * automation cannot click through: the test hands the editor a folder of the browser's own
 * private file system holding the repository's real content files, through the same API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { launchBrowser } from '../../tools/browser.ts';
import { serveDist, type StaticServer } from '../../tools/static-server.ts';
import { headersForPath, parseHeadersFile } from '../../tools/headers-file.ts';
import { editorCspHeader } from '../../src/lib/csp.ts';
import { contactSchema } from '../../src/schemas/contacts.ts';
import { idReference } from '../../src/schemas/parts.ts';
import { BODY_PATTERN_MESSAGE } from '../../src/lib/editor/body-pattern.ts';
import { COLLECTION_WORDS } from '../../src/lib/editor/labels.ts';
import { editorCollections } from '../../src/lib/editor/config.ts';
import { ROOT } from '../helpers/astro-run.ts';
import { answerFolderPicker, answerGithubStatus, contentFiles, fileInFolder, fillFolder, GITHUB_STATUS } from '../../tools/editor-folder.ts';

const DIST = join(ROOT, 'dist');
/** An article with references to laws and contacts in its text. */
const ARTICLE = 'goi-ai-khi-can-giup-111-113-cong-an-xa';

/**
 * The Markdown field of an open article. The editor draws fields as they scroll into view, and the
 * text comes after the frontmatter fields: scroll the form until it is there.
 */
async function bodyField(page: Page) {
  const field = page.getByRole('textbox', { name: 'Nội dung bài' });
  await page.getByRole('textbox', { name: 'Tiêu đề' }).waitFor({ timeout: 60_000 });
  await expect
    .poll(
      async () => {
        await page.evaluate(() => {
          for (const el of document.querySelectorAll('*')) {
            if (/(auto|scroll)/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight) el.scrollTop = el.scrollHeight;
          }
        });
        return field.count();
      },
      { timeout: 30_000 },
    )
    .toBe(1);
  return field;
}
const CONTENT = contentFiles(ROOT);

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];
const elsewhere: string[] = [];

beforeAll(async () => {
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  server = await serveDist(DIST, '/', { headersFor: (path) => headersForPath(rules, path) });
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
  // This machine has no internet: the test answers for GitHub's status page.
  await answerGithubStatus(context);
  await answerFolderPicker(context);
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(server.origin) && !url.startsWith('blob:') && !url.startsWith('data:') && !url.startsWith(GITHUB_STATUS)) elsewhere.push(url);
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Open the article, type `text` at the end of its Markdown and press Save; the file as it was before. */
async function appendToArticleAndSave(text: string): Promise<string> {
  await page.goto(`${server.origin}/quan-tri/#/collections/articles/entries/${ARTICLE}`);
  const before = await fileInFolder(page, `content/articles/vi/${ARTICLE}.md`);
  await (await bodyField(page)).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
  await page.getByRole('button', { name: 'Lưu' }).click();
  return before;
}

describe('the browser editor', () => {
  it('is served with its own policy and opens in Vietnamese, without calling another site', async () => {
    const response = await page.goto(`${server.origin}/quan-tri/`);
    expect(response?.headers()['content-security-policy']).toBe(editorCspHeader());
    expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
    await page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).waitFor({ timeout: 60_000 });
    expect(problems).toEqual([]);
    expect(elsewhere).toEqual([]);
  });

  it('opens a clone’s folder and lists every collection with its files', async () => {
    await fillFolder(page, CONTENT);
    await page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).click();
    for (const [name, words] of Object.entries(COLLECTION_WORDS)) {
      const place = editorCollections()[name as keyof ReturnType<typeof editorCollections>];
      const count = CONTENT.filter(
        (f) => f.path.startsWith(`${place.folder}/`) && f.path.endsWith(`.${place.extension}`) && !f.path.endsWith('README.md'),
      ).length;
      const item = page.getByRole('treeitem', { name: words.label, exact: true });
      await item.waitFor({ timeout: 60_000 });
      // Its text is the icon's name, the label and the number of files.
      expect((await item.innerText()).replace(/\s+/g, ' ').trim().endsWith(`${words.label} ${count}`), name).toBe(true);
    }
    expect(problems).toEqual([]);
    expect(elsewhere).toEqual([]);
  });

  it('refuses to save a contact with a required field emptied, saying so in Vietnamese', async () => {
    await page.goto(`${server.origin}/quan-tri/#/collections/contacts/entries/tong-dai-111`);
    const hours = page.getByRole('textbox', { name: /Giờ trực/ });
    await hours.waitFor({ timeout: 60_000 });
    const before = await fileInFolder(page, 'content/contacts/tong-dai-111.yaml');
    await hours.fill('');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Trường bắt buộc.').first().waitFor();
    expect(await fileInFolder(page, 'content/contacts/tong-dai-111.yaml')).toBe(before);
  });

  it('saves a valid change into the folder, as a file the build accepts', async () => {
    await page.getByRole('textbox', { name: /Giờ trực/ }).fill('24/7, tất cả các ngày, cả ngày lễ');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => fileInFolder(page, 'content/contacts/tong-dai-111.yaml'), { timeout: 30_000 }).toContain('cả ngày lễ');
    const saved = parse(await fileInFolder(page, 'content/contacts/tong-dai-111.yaml'));
    expect(contactSchema(idReference).safeParse(saved).error?.issues ?? []).toEqual([]);
    expect(saved.hours).toBe('24/7, tất cả các ngày, cả ngày lễ');
  });

  it('saves an article edited as Markdown, keeping every reference to laws and contacts', async () => {
    const before = await appendToArticleAndSave(' Gọi 111 nếu cần.');
    const bodyOf = (file: string) => file.slice(file.indexOf('---', 3) + 3).trim();
    await expect
      .poll(async () => bodyOf(await fileInFolder(page, `content/articles/vi/${ARTICLE}.md`)), { timeout: 30_000 })
      .toBe(`${bodyOf(before)} Gọi 111 nếu cần.`);
    expect(bodyOf(before).match(/\[\]\((cite|hotline|penalties):/g)?.length).toBeGreaterThan(3);
    expect(problems).toEqual([]);
    expect(elsewhere).toEqual([]);
  });

  it('refuses an article whose text has a phone number that is not a published contact', async () => {
    const before = await appendToArticleAndSave(' Gọi 0912 345 678 nếu cần.');
    await page.getByText(BODY_PATTERN_MESSAGE).first().waitFor();
    expect(await fileInFolder(page, `content/articles/vi/${ARTICLE}.md`)).toBe(before);
  });
});
