/**
 * Search-quality measures for a set of queries with one expected page each:
 * hit@1, hit@3 and mean reciprocal rank (MRR: 1/rank of the expected page, 0 if absent).
 */

export interface RankedQuery {
  q: string;
  expect: string;
  /** Result paths in rank order (as many as were looked at). */
  ranked: string[];
}

export interface QualityReport {
  queries: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  /** Queries that found no page at all: a reader would meet a dead end. */
  empty: string[];
  /** Queries whose expected page is not in the top 3, with where it did land (0 = absent). */
  misses: Array<{ q: string; expect: string; rank: number; top3: string[] }>;
}

/** 1-based rank of the expected page, 0 when it is not in the list. */
export function rankOf(ranked: string[], expected: string): number {
  return ranked.indexOf(expected) + 1;
}

export function measureQuality(results: RankedQuery[]): QualityReport {
  if (results.length === 0) throw new Error('measureQuality: no queries');
  const ranks = results.map((r) => rankOf(r.ranked, r.expect));
  const share = (ok: (rank: number) => boolean) => ranks.filter(ok).length / results.length;
  return {
    queries: results.length,
    hitAt1: share((rank) => rank === 1),
    hitAt3: share((rank) => rank >= 1 && rank <= 3),
    mrr: ranks.reduce((sum, rank) => sum + (rank ? 1 / rank : 0), 0) / results.length,
    empty: results.filter((r) => r.ranked.length === 0).map((r) => r.q),
    misses: results.map((r, i) => ({ q: r.q, expect: r.expect, rank: ranks[i]!, top3: r.ranked.slice(0, 3) })).filter((m) => m.rank === 0 || m.rank > 3),
  };
}

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

/** A short plain-text report for the test log and docs/search.md. */
export function formatQuality(report: QualityReport): string {
  const lines = [
    `${report.queries} truy vấn · hit@1 ${percent(report.hitAt1)} · hit@3 ${percent(report.hitAt3)} · MRR ${report.mrr.toFixed(3)} · không có kết quả: ${report.empty.length}`,
  ];
  for (const m of report.misses) {
    const where = m.rank ? `hạng ${m.rank}` : 'không có trong kết quả';
    lines.push(`  trượt: "${m.q}" → ${m.expect} (${where}; top 3: ${m.top3.join(', ') || 'trống'})`);
  }
  return lines.join('\n');
}
