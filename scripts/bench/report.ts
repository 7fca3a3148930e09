/** The benchmark's tables: one row per size, and the first view of one article. */
import { totals } from '../lib/first-view.ts';
import type { AssetKind } from '../../tools/references.ts';
import { BUDGETS } from '../checks/performance-budget.ts';
import { formatBytes, formatSeconds, median, msPerPage } from './stats.ts';
import { renderTable } from './table.ts';
import type { BuildResult } from './build-run.ts';

export interface SizeResult {
  articles: number;
  runs: BuildResult[];
  distBytes: number;
  pagefindBytes: number;
}

export function buildTable(results: readonly SizeResult[]): string {
  const rows = results.map((r) => {
    const ms = median(r.runs.map((run) => run.ms));
    const cpu = median(r.runs.map((run) => run.cpuMs));
    const pages = r.runs[0]?.pages ?? 0;
    const peak = Math.max(...r.runs.map((run) => run.peakBytes));
    return [
      String(r.articles),
      String(pages),
      String(r.runs.length),
      formatSeconds(ms),
      `${msPerPage(ms, pages)} ms`,
      cpu > 0 ? formatSeconds(cpu) : 'n/a',
      cpu > 0 ? `${msPerPage(cpu, pages)} ms` : 'n/a',
      peak > 0 ? formatBytes(peak) : 'n/a',
      formatBytes(r.distBytes),
      formatBytes(r.pagefindBytes),
    ];
  });
  return renderTable(['articles', 'pages', 'runs', 'wall (median)', 'wall/page', 'CPU (median)', 'CPU/page', 'peak memory', 'dist', 'pagefind index'], rows);
}

export function firstViewTable(files: readonly { kind: AssetKind; gzipBytes: number }[]): string {
  const sum = totals([...files]);
  const kinds: AssetKind[] = ['html', 'css', 'js', 'other'];
  const rows = kinds.map((k) => [k, String(sum.count[k]), formatBytes(sum.gzip[k])]);
  rows.push(['total', String(sum.requests), formatBytes(sum.gzip.total)]);
  return renderTable(['type', 'requests', 'gzip'], rows);
}

/** The budgets in one line, to read beside the first-view table. */
export const budgetLine = `budgets: <= ${BUDGETS.requests} requests, <= ${formatBytes(BUDGETS.totalGzip)} gzip in total, <= ${formatBytes(BUDGETS.jsGzip)} gzip of JS`;
