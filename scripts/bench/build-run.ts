/** One cold build of a workspace (Astro, then the search index): wall time, CPU time, peak memory, pages built. */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { watchTree } from './process-tree.ts';
import type { Workspace } from './workspace.ts';

export interface BuildResult {
  ms: number;
  /** Peak memory (bytes): per step, the sum of VmHWM over its processes; the larger step counts. 0 where /proc is missing. */
  peakBytes: number;
  /** CPU time (user + system) of the build's processes; 0 where /proc is missing. */
  cpuMs: number;
  /** Pages Astro reports as built (synthetic articles plus the site's own pages). */
  pages: number;
}

/** "148 page(s) built in 5.12s" -> 148. */
export function pagesBuilt(output: string): number | undefined {
  const match = output.match(/(\d+) page\(s\) built/);
  return match ? Number(match[1]) : undefined;
}

/** One process of the build, watched: its output, exit code, CPU time and peak memory. */
async function watchedRun(
  root: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string; peakBytes: number; cpuMs: number }> {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  // Stopping the benchmark (Ctrl-C, kill) stops the build first, then its folder is removed.
  const stopChild = () => child.kill();
  process.prependOnceListener('exit', stopChild);
  const stopWatching = watchTree(child.pid as number);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  process.off('exit', stopChild);
  return { code, output, ...stopWatching() };
}

/**
 * Build `ws` from scratch as `npm run build` does: `astro build`, then the search index
 * (scripts/search-index.ts). Times and CPU add up; peak memory is the larger of the two
 * steps, since one has exited before the other starts. `env` adds settings such as SITE_URL.
 */
export async function coldBuild(
  root: string,
  ws: Pick<Workspace, 'contentDir' | 'cacheDir' | 'outDir'>,
  env: Record<string, string> = {},
): Promise<BuildResult> {
  // Cold: no content cache and no output from an earlier run, as on a fresh clone.
  rmSync(ws.cacheDir, { recursive: true, force: true });
  rmSync(ws.outDir, { recursive: true, force: true });
  const childEnv = { ...process.env, CONTENT_DIR: ws.contentDir, ASTRO_CACHE_DIR: ws.cacheDir, NO_COLOR: '1', FORCE_COLOR: '0', ...env };
  const started = performance.now();
  const astro = await watchedRun(root, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', ws.outDir], childEnv);
  const pages = pagesBuilt(astro.output);
  if (astro.code !== 0 || pages === undefined) {
    throw new Error(`astro build thất bại (mã ${astro.code}) với ${ws.contentDir}:\n${astro.output.split('\n').slice(-40).join('\n')}`);
  }
  const index = await watchedRun(root, [join(root, 'scripts/search-index.ts'), ws.outDir], childEnv);
  if (index.code !== 0) throw new Error(`lập chỉ mục tìm kiếm thất bại (mã ${index.code}):\n${index.output}`);
  const ms = performance.now() - started;
  return { ms, peakBytes: Math.max(astro.peakBytes, index.peakBytes), cpuMs: astro.cpuMs + index.cpuMs, pages };
}
