/**
 * Runs Astro on a temporary copy of content/ with extra fixture files laid over it,
 * so tests see exactly what an editor would see, without touching content/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface AstroRun {
  code: number | null;
  output: string;
  outDir: string;
  contentDir: string;
  cleanup: () => void;
}

/** `astro sync` or `astro build` with CONTENT_DIR = content/ + `overlay` (a folder shaped like content/). */
export function runAstro(command: 'sync' | 'build', overlay?: string, env: Record<string, string> = {}): AstroRun {
  const work = mkdtempSync(join(tmpdir(), 'pcmd-'));
  const contentDir = join(work, 'content');
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  if (overlay) cpSync(overlay, contentDir, { recursive: true });
  const outDir = join(work, 'dist');
  const args = [join(ROOT, 'node_modules/astro/bin/astro.mjs'), command, ...(command === 'build' ? ['--outDir', outDir] : [])];
  // Vitest puts Vite's own variables (BASE_URL, MODE, DEV, PROD, SSR) into process.env; a child
  // Astro build would take BASE_URL=/ from there and ignore BASE_PATH.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...inherited } = process.env;
  const options = {
    cwd: ROOT,
    encoding: 'utf8' as const,
    env: { ...inherited, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    timeout: 240_000,
  };
  let result = spawnSync(process.execPath, args, options);
  let output = `${result.stdout}\n${result.stderr}`;
  // A build is what `npm run build` does: Astro, then the search index (scripts/search-index.ts).
  if (command === 'build' && result.status === 0) {
    result = spawnSync(process.execPath, [join(ROOT, 'scripts/search-index.ts'), outDir], options);
    output += `\n${result.stdout}\n${result.stderr}`;
  }
  return {
    code: result.status,
    output,
    outDir,
    contentDir,
    cleanup: () => rmSync(work, { recursive: true, force: true }),
  };
}
