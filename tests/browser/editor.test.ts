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
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { launchBrowser } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/static-server.ts';
import { headersForPath, parseHeadersFile } from '../../src/lib/headers-file.ts';
import { editorCspHeader } from '../../src/lib/csp.ts';
import { contactSchema } from '../../src/schemas/contacts.ts';
import { idReference } from '../../src/schemas/parts.ts';
import { BODY_PATTERN_MESSAGE } from '../../src/lib/editor/body-pattern.ts';
import { COLLECTION_WORDS } from '../../src/lib/editor/labels.ts';
import { ROOT } from '../helpers/astro-run.ts';

const DIST = join(ROOT, 'dist');
const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
/** The repository's content files, as the editor will find them in the folder it is given. */
const CONTENT = walk(join(ROOT, 'content')).map((p) => ({ path: relative(ROOT, p), text: readFileSync(p, 'utf8') }));
/** GitHub's status page: the editor asks it when it starts; this machine has no internet, so the test answers for it. */
const GITHUB_STATUS = 'https://www.githubstatus.com/';

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
  await context.route(`${GITHUB_STATUS}**`, (route) => route.fulfill({ json: { status: { indicator: 'none', description: 'All Systems Operational' } } }));
  // The folder picker, answered with a folder of the browser's private file system (filled below).
  await context.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = () => navigator.storage.getDirectory();
  });
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

/** Text of a file in the folder the editor works on. */
const fileInFolder = (path: string) =>
  page.evaluate(async (path) => {
    let dir = await navigator.storage.getDirectory();
    const parts = path.split('/');
    for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p);
    return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
  }, path);

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
    await page.evaluate(async (files) => {
      const root = await navigator.storage.getDirectory();
      // The editor wants the root of a git repository.
      await root.getDirectoryHandle('.git', { create: true });
      for (const f of files) {
        const parts = f.path.split('/');
        let dir = root;
        for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(f.text);
        await writable.close();
      }
    }, CONTENT);
    await page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).click();
    for (const [name, words] of Object.entries(COLLECTION_WORDS)) {
      const folder = { articles: 'content/articles/vi', contacts: 'content/contacts', localities: 'content/localities', laws: 'content/laws', searchTerms: 'content/tu-dong-nghia' }[name]!;
      const count = CONTENT.filter((f) => f.path.startsWith(`${folder}/`) && /\.(md|yaml)$/.test(f.path) && !f.path.endsWith('README.md')).length;
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
    const before = await fileInFolder('content/contacts/tong-dai-111.yaml');
    await hours.fill('');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Trường bắt buộc.').first().waitFor();
    expect(await fileInFolder('content/contacts/tong-dai-111.yaml')).toBe(before);
  });

  it('saves a valid change into the folder, as a file the build accepts', async () => {
    await page.getByRole('textbox', { name: /Giờ trực/ }).fill('24/7, tất cả các ngày, cả ngày lễ');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => fileInFolder('content/contacts/tong-dai-111.yaml'), { timeout: 30_000 }).toContain('cả ngày lễ');
    const saved = parse(await fileInFolder('content/contacts/tong-dai-111.yaml'));
    expect(contactSchema(idReference).safeParse(saved).error?.issues ?? []).toEqual([]);
    expect(saved.hours).toBe('24/7, tất cả các ngày, cả ngày lễ');
  });

  it('refuses an article whose text has a phone number that is not a published contact', async () => {
    await page.goto(`${server.origin}/quan-tri/#/collections/articles/entries/goi-ai-khi-can-giup-111-113-cong-an-xa`);
    await page.getByRole('textbox', { name: /Tiêu đề/ }).waitFor({ timeout: 60_000 });
    const before = await fileInFolder('content/articles/vi/goi-ai-khi-can-giup-111-113-cong-an-xa.md');
    const text = page.locator('[contenteditable="true"]').first();
    await text.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Gọi 0912 345 678 nếu cần.');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText(BODY_PATTERN_MESSAGE).first().waitFor();
    expect(await fileInFolder('content/articles/vi/goi-ai-khi-can-giup-111-113-cong-an-xa.md')).toBe(before);
    expect(elsewhere).toEqual([]);
  });
});
