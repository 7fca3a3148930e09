/**
 * What the first-view budgets count, on the built dist/ (npm test builds it first). The budgets
 * themselves are the check:site check "first-view-budgets" (scripts/checks/index.ts), run on dist/
 * by tests/dist/built-site.test.ts. Bytes and request counts only; times are reported by
 * `npm run bench`, `npm run bench:first-view` and `npm run lighthouse`, never asserted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltPage } from '../../tools/dist.ts';
import { firstView } from '../../scripts/lib/first-view.ts';
import { isBudgeted } from '../../scripts/checks/index.ts';
import { builtPages, DIST } from '../helpers/site-pages.ts';

const dist = DIST;
let pages: BuiltPage[] = [];

beforeAll(() => {
  pages = builtPages(dist);
});

describe('first-view budgets', () => {
  it('budgets home, three hubs, the hotline page and every article', () => {
    const budgeted = pages.filter((p) => isBudgeted(p.path));
    expect(budgeted.length).toBeGreaterThanOrEqual(6);
    expect(budgeted.filter((p) => p.path.startsWith('/bai-viet/')).length).toBe(pages.filter((p) => /^\/bai-viet\/[^/]+\/$/.test(p.path)).length);
  });

  it('counts what a page really loads: its HTML (stylesheet and icon inside) and the quick-exit script', () => {
    const view = firstView(dist, '/duong-day-nong/');
    expect(view.files.map((f) => f.kind).sort()).toEqual(['html', 'js']);
    expect(view.files.every((f) => f.gzipBytes > 0 && f.gzipBytes < f.bytes)).toBe(true);
    const page = pages.find((p) => p.path === '/duong-day-nong/');
    expect(page?.root.querySelector('head style')?.text.length, 'the stylesheet is in <head>').toBeGreaterThan(1000);
    expect(page?.root.querySelector('link[rel="stylesheet"]'), 'no stylesheet file to wait for').toBeNull();
  });
});
