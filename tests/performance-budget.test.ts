/**
 * First-view budgets on the built dist/ (npm test builds it first): home, hubs, every
 * article and the hotline page. Bytes and request counts only; times are reported by
 * `npm run bench` and `npm run lighthouse`, never asserted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadPages, type BuiltPage } from '../scripts/lib/dist.ts';
import { firstView } from '../scripts/lib/first-view.ts';
import { BUDGETS, checkBudgets } from '../scripts/checks/performance-budget.ts';
import { HUB_AUDIENCES } from '../src/lib/content-rules.ts';
import { ROOT } from './helpers/astro-run.ts';

const dist = join(ROOT, 'dist');
let pages: BuiltPage[] = [];

beforeAll(() => {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ chưa được dựng: chạy `npm run build` trước (npm test tự làm việc này).');
  pages = loadPages(dist);
});

const isBudgeted = (path: string) =>
  path === '/' || path === '/duong-day-nong/' || HUB_AUDIENCES.some((a) => path === `/${a}/`) || /^\/bai-viet\/[^/]+\/$/.test(path);

describe('first-view budgets', () => {
  it(`keeps home, hubs, articles and hotlines within ${BUDGETS.requests} requests, ${BUDGETS.totalGzip / 1024} KB gzip, ${BUDGETS.jsGzip / 1024} KB gzip of JS, readable within ${BUDGETS.readableBytes / 1024} KB of HTML`, () => {
    const budgeted = pages.filter((p) => isBudgeted(p.path));
    // Home, three hubs, the hotline page and at least one article.
    expect(budgeted.length).toBeGreaterThanOrEqual(6);
    const problems = budgeted.flatMap((p) => checkBudgets(p, firstView(dist, p.path)));
    expect(problems.map((p) => `${p.page}: ${p.message}`)).toEqual([]);
  });

  it('counts what a page really loads: its HTML, the stylesheet, the quick-exit script and the icon', () => {
    const view = firstView(dist, '/duong-day-nong/');
    expect(view.files.map((f) => f.kind).sort()).toEqual(['css', 'html', 'js', 'other']);
    expect(view.files.every((f) => f.gzipBytes > 0 && f.gzipBytes < f.bytes)).toBe(true);
  });
});
