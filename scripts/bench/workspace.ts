/**
 * A temporary site for one benchmark size: a copy of the real laws, contacts, localities and
 * search synonyms (not the checklists: they name real articles) with N synthetic articles, plus the real articles that a moved
 * page points to (src/lib/moved.ts: the build refuses a redirect to a page that does not exist),
 * and room for the build's cache and output. Never touches content/.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Citable } from './citable.ts';
import { MOVED_PAGES } from '../../src/lib/moved.ts';
import { syntheticArticle } from './synthetic-article.ts';

export interface Workspace {
  contentDir: string;
  cacheDir: string;
  outDir: string;
  remove: () => void;
}

const live = new Set<string>();
let exitHookInstalled = false;

/** Remove every workspace still on disk when the benchmark is stopped (Ctrl-C, kill). */
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  const removeAll = () =>
    live.forEach((dir) => {
      rmSync(dir, { recursive: true, force: true });
    });
  process.on('exit', removeAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // exit() runs the 'exit' listeners: the running build is stopped, then the folders go.
    process.on(signal, () => process.exit(130));
  }
}

export function createWorkspace(root: string, count: number, citable: Citable, seed: number): Workspace {
  installExitHook();
  const dir = mkdtempSync(join(tmpdir(), `pcmd-bench-${count}-`));
  live.add(dir);
  const contentDir = join(dir, 'content');
  for (const folder of ['laws', 'contacts', 'localities', 'tu-dong-nghia']) {
    const from = join(root, 'content', folder);
    if (existsSync(from)) cpSync(from, join(contentDir, folder), { recursive: true });
  }
  const articles = join(contentDir, 'articles/vi');
  mkdirSync(articles, { recursive: true });
  for (const moved of MOVED_PAGES) {
    const slug = /^\/bai-viet\/([^/]+)\/$/.exec(moved.to)?.[1];
    if (slug) cpSync(join(root, 'content/articles/vi', `${slug}.md`), join(articles, `${slug}.md`));
  }
  for (let i = 1; i <= count; i++) {
    const { slug, markdown } = syntheticArticle(i, count, citable, seed);
    writeFileSync(join(articles, `${slug}.md`), markdown);
  }
  return {
    contentDir,
    cacheDir: join(dir, 'cache'),
    outDir: join(dir, 'dist'),
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
      live.delete(dir);
    },
  };
}
