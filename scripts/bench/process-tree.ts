/**
 * Peak memory and CPU time of a process and everything it starts (Astro's Node, esbuild,
 * Pagefind), read from Linux's /proc while it runs. GNU time is not always installed, and
 * Node's own resource usage sees one process only. CPU time says how much work a build is
 * when other builds share the machine and stretch its wall time.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** A kB field ("VmHWM", "VmRSS") of /proc/<pid>/status, in bytes. */
export function statusField(status: string, field: string): number | undefined {
  const match = status.match(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm'));
  return match ? Number(match[1]) * 1024 : undefined;
}

export interface StatFields {
  ppid: number;
  /** utime + stime + cutime + cstime: own CPU and that of children already waited for, in clock ticks. */
  cpuTicks: number;
}

/** Fields of /proc/<pid>/stat (the command name in parentheses may hold spaces and parentheses). */
export function parseStat(stat: string): StatFields | undefined {
  const close = stat.lastIndexOf(')');
  if (close < 0) return undefined;
  // fields[0] is field 3 (state) of proc(5): ppid is field 4, utime..cstime are fields 14–17.
  const fields = stat
    .slice(close + 2)
    .split(' ')
    .map(Number);
  const [ppid, utime, stime, cutime, cstime] = [fields[1], fields[11], fields[12], fields[13], fields[14]];
  if ([ppid, utime, stime, cutime, cstime].some((n) => n === undefined || !Number.isFinite(n))) return undefined;
  return { ppid: ppid as number, cpuTicks: (utime as number) + (stime as number) + (cutime as number) + (cstime as number) };
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

export interface TreeSample {
  /** Sum of VmHWM (high-water marks) of the live processes: never below their true combined peak. */
  highWaterBytes: number;
  /** CPU used so far by the tree, in clock ticks. */
  cpuTicks: number;
}

export function sampleTree(root: number): TreeSample {
  const stats = new Map<number, StatFields>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = parseStat(read(`/proc/${name}/stat`) ?? '');
    if (stat) stats.set(Number(name), stat);
  }
  const tree = descendants(root, new Map([...stats].map(([pid, s]) => [pid, s.ppid])));
  return {
    highWaterBytes: tree.reduce((sum, pid) => sum + (statusField(read(`/proc/${pid}/status`) ?? '', 'VmHWM') ?? 0), 0),
    cpuTicks: tree.reduce((sum, pid) => sum + (stats.get(pid)?.cpuTicks ?? 0), 0),
  };
}

function ticksPerSecond(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

export interface TreeUsage {
  /** Highest memory seen (bytes); 0 where /proc is missing. */
  peakBytes: number;
  /** CPU time (ms) up to the last sample, at most one interval before the end; 0 where /proc is missing. */
  cpuMs: number;
}

/** Sample the tree every `everyMs` until stopped. */
export function watchTree(root: number, everyMs = 100): () => TreeUsage {
  const tick = 1000 / ticksPerSecond();
  let peakBytes = 0;
  let cpuTicks = 0;
  const sample = () => {
    try {
      const s = sampleTree(root);
      peakBytes = Math.max(peakBytes, s.highWaterBytes);
      cpuTicks = Math.max(cpuTicks, s.cpuTicks);
    } catch {
      // No /proc (not Linux): the table says n/a.
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return () => {
    clearInterval(timer);
    return { peakBytes, cpuMs: cpuTicks * tick };
  };
}
