/**
 * Peak memory of a process and everything it starts (Astro's Node, esbuild, Pagefind), read
 * from Linux's /proc while it runs. GNU time is not always installed, and Node's own
 * maxRSS sees one process only.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** A kB field ("VmHWM", "VmRSS") of /proc/<pid>/status, in bytes. */
export function statusField(status: string, field: string): number | undefined {
  const match = status.match(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm'));
  return match ? Number(match[1]) * 1024 : undefined;
}

/** The parent pid from /proc/<pid>/stat (the command name in parentheses may hold spaces). */
export function parentPid(stat: string): number | undefined {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

/** `root` and all its descendants, from a map of pid -> parent pid. */
export function descendants(root: number, parents: ReadonlyMap<number, number>): number[] {
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // The process ended between listing and reading.
  }
};

/** Sum of the high-water marks (VmHWM) of the process tree now: never below the tree's true peak so far, for live processes. */
export function treeHighWater(root: number): number {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const ppid = parentPid(read(`/proc/${name}/stat`) ?? '');
    if (ppid !== undefined) parents.set(Number(name), ppid);
  }
  return descendants(root, parents).reduce((sum, pid) => sum + (statusField(read(`/proc/${pid}/status`) ?? '', 'VmHWM') ?? 0), 0);
}

/** Poll the tree every `everyMs` until stopped; returns the highest sum seen (0 where /proc is missing). */
export function watchPeakMemory(root: number, everyMs = 100): () => number {
  let peak = 0;
  const sample = () => {
    try {
      peak = Math.max(peak, treeHighWater(root));
    } catch {
      // No /proc (not Linux): peak stays 0 and the table says so.
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return () => {
    clearInterval(timer);
    return peak;
  };
}
