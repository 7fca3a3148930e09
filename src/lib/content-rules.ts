/**
 * The editorial rules that the schemas (src/schemas/) and the publishing rules share, with
 * messages an editor understands. The words they are about live in vocabulary.ts.
 */
import type { ArticleKind, LawStatus } from './vocabulary.ts';

/**
 * The fewest words an article of each kind needs to be useful, counted by `articleWords`.
 * Law explainers and guides walk a reader through several steps and provisions, so they
 * need more room than a warning (red flags, what to do, whom to call) or a support page.
 */
export const MIN_WORDS_BY_KIND = {
  law: 400,
  warning: 300,
  guide: 400,
  support: 300,
  report: 300,
} as const satisfies Record<ArticleKind, number>;

/**
 * Words an editor wrote in a Markdown body: references to data ("[](cite:…)", "[](hotline:…)")
 * and Markdown punctuation are dropped, and only tokens containing a letter count.
 */
export function articleWords(markdown: string): number {
  return markdown
    .replace(/\[\]\([a-z]+:[^)]*\)/g, ' ')
    .replace(/[#*_>[\]()|-]/g, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length;
}

/** Why an article is too short for its kind, or undefined when it is long enough. */
export function wordCountProblem(kind: ArticleKind, markdown: string): string | undefined {
  const min = MIN_WORDS_BY_KIND[kind];
  const count = articleWords(markdown);
  return count < min ? `bài loại "${kind}" cần ít nhất ${min} từ, hiện có ${count} từ` : undefined;
}

/**
 * Why a law's status cannot be right on `today`, naming the field to fix: a programme whose
 * period has ended cannot be "in-force", and "expired" needs the end of its period.
 */
export function lawStatusProblem(
  law: { status: LawStatus; periodEnd?: Date | undefined },
  today: Date,
): { field: 'status' | 'periodEnd'; message: string } | undefined {
  if (law.status === 'expired' && !law.periodEnd)
    return { field: 'periodEnd', message: 'văn bản hết giai đoạn (expired) phải ghi periodEnd, ngày cuối của giai đoạn' };
  if (law.status !== 'expired' && law.periodEnd && law.periodEnd.getTime() < today.getTime()) {
    const end = law.periodEnd.toISOString().slice(0, 10);
    return { field: 'status', message: `giai đoạn của văn bản đã kết thúc (periodEnd ${end}), không thể ghi "${law.status}": hãy ghi status: expired` };
  }
  return undefined;
}

/**
 * Amounts of money written in prose, in đồng: "1.000.000 đồng", "từ 300.000 đến 500.000",
 * "6–8 triệu đồng", "75 triệu". Used to check that every fine an article states is one the
 * laws data publishes (fines are never typed by hand from memory or an unchecked source).
 */
export function moneyAmountsIn(text: string): number[] {
  const amounts: number[] = [];
  // Dot-grouped figures of at least 100.000: Vietnamese writes 1.000.000 for a million.
  for (const m of text.matchAll(/(?<![\d.,])(\d{1,3}(?:\.\d{3}){1,3})(?![\d.,]\d)/g)) {
    const value = Number(m[1]!.replace(/\./g, ''));
    if (value >= 100_000) amounts.push(value);
  }
  // "6 triệu", "6–8 triệu", "6 đến 8 triệu", "1,5 triệu": both ends of a range count.
  for (const m of text.matchAll(/(?<![\d.,])(\d+(?:,\d+)?)(?:\s*(?:–|-|đến)\s*(\d+(?:,\d+)?))?\s*triệu/g)) {
    for (const n of [m[1], m[2]]) if (n) amounts.push(Math.round(Number(n.replace(',', '.')) * 1_000_000));
  }
  return amounts;
}
