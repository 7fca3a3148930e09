/** One cold `astro build` of a workspace: wall time, CPU time and peak memory of its process tree, pages built. */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { watchTree } from './process-tree.ts';
import type { Workspace } from './workspace.ts';

export interface BuildResult {
  ms: number;
  /** Sum of VmHWM over the build's processes (bytes); 0 where /proc is missing. */
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

/** Build `ws` from scratch; `env` adds settings such as SITE_URL. */
export async function coldBuild(root: string, ws: Pick<Workspace, 'contentDir' | 'cacheDir' | 'outDir'>, env: Record<string, string> = {}): Promise<BuildResult> {
  // Cold: no content cache and no output from an earlier run, as on a fresh clone.
  rmSync(ws.cacheDir, { recursive: true, force: true });
  rmSync(ws.outDir, { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', ws.outDir], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: ws.contentDir, ASTRO_CACHE_DIR: ws.cacheDir, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
  const ms = performance.now() - started;
  process.off('exit', stopChild);
  const { peakBytes, cpuMs } = stopWatching();
  const pages = pagesBuilt(output);
  if (code !== 0 || pages === undefined) {
    throw new Error(`astro build thất bại (mã ${code}) với ${ws.contentDir}:\n${output.split('\n').slice(-40).join('\n')}`);
  }
  return { ms, peakBytes, cpuMs, pages };
}
