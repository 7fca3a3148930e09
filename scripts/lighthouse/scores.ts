/** Lighthouse results as the table and the list of what to fix. */
import { renderTable } from '../bench/table.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The part of a Lighthouse result (LHR) read here. */
export interface LhrLike {
  categories: Partial<Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
}

/** A category score as Lighthouse shows it: 0–100, "-" when it could not be measured. */
export const asPercent = (score: number | null | undefined) => (score === null || score === undefined ? '-' : String(Math.round(score * 100)));

export function scoreTable(results: readonly { page: string; lhr: LhrLike }[]): string {
  return renderTable(
    ['page', ...CATEGORIES],
    results.map(({ page, lhr }) => [page, ...CATEGORIES.map((c) => asPercent(lhr.categories[c]?.score))]),
  );
}

/** Audits that cost points: scored (weight > 0 or binary) and below 1, named with their category. */
export function failingAudits(lhr: LhrLike): string[] {
  const out: string[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      if (ref.weight === 0 && audit.scoreDisplayMode !== 'binary') continue;
      out.push(`${category}: ${ref.id} (${asPercent(audit.score)}) ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`);
    }
  }
  return out;
}
