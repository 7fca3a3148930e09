/**
 * The local-folder way into the browser editor, without its folder picker (which automation cannot
 * click through): the page gets a folder of the browser's private file system (OPFS) holding the
 * repository's real content files, through the same File System Access API the picker returns.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface RepoFile {
  /** Path in the repository, e.g. "content/contacts/tong-dai-111.yaml". */
  path: string;
  text: string;
}

const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

/** The repository's content/ files, as the editor finds them in a clone. */
export function contentFiles(root: string): RepoFile[] {
  return walk(join(root, 'content')).map((p) => ({ path: relative(root, p).split('\\').join('/'), text: readFileSync(p, 'utf8') }));
}

/** Make the folder picker of every page in `context` answer with the private file system's root. */
export async function answerFolderPicker(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = () => navigator.storage.getDirectory();
  });
}

/** Fill that folder like a clone: a .git folder (the editor wants a repository's root) and `files`. */
export async function fillFolder(page: Page, files: RepoFile[]): Promise<void> {
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    await root.getDirectoryHandle('.git', { create: true });
    for (const f of files) {
      const parts = f.path.split('/');
      let dir = root;
      for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(f.text);
      await writable.close();
    }
  }, files);
}

/** Text of a file in that folder. */
export function fileInFolder(page: Page, path: string): Promise<string> {
  return page.evaluate(async (path) => {
    let dir = await navigator.storage.getDirectory();
    const parts = path.split('/');
    for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p);
    return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
  }, path);
}

/** GitHub's status page, which the editor asks when it starts; machines without internet answer for it. */
export const GITHUB_STATUS = 'https://www.githubstatus.com/';
export async function answerGithubStatus(context: BrowserContext): Promise<void> {
  await context.route(`${GITHUB_STATUS}**`, (route) => route.fulfill({ json: { status: { indicator: 'none', description: 'All Systems Operational' } } }));
}
