import { describe, expect, it } from 'vitest';
import { asPercent, failingAudits, scoreTable, type LhrLike } from './scores.ts';

const lhr: LhrLike = {
  categories: {
    performance: {
      score: 0.98,
      auditRefs: [
        { id: 'largest-contentful-paint', weight: 25 },
        { id: 'diagnostics', weight: 0 },
      ],
    },
    accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
    'best-practices': { score: 0.96, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
    seo: { score: null, auditRefs: [] },
  },
  audits: {
    'largest-contentful-paint': { title: 'Largest Contentful Paint', score: 0.9, scoreDisplayMode: 'numeric', displayValue: '2.6 s' },
    diagnostics: { title: 'Diagnostics', score: null, scoreDisplayMode: 'informative' },
    'color-contrast': { title: 'Contrast', score: 1, scoreDisplayMode: 'binary' },
    'errors-in-console': { title: 'No errors in console', score: 0, scoreDisplayMode: 'binary' },
  },
};

describe('asPercent', () => {
  it.each([
    [1, '100'],
    [0.985, '99'],
    [null, '-'],
    [undefined, '-'],
  ])('%s -> %s', (score, text) => expect(asPercent(score)).toBe(text));
});

describe('scoreTable', () => {
  it('prints one row per page with the four categories', () => {
    expect(scoreTable([{ page: '/', lhr }]).split('\n')[2]).toBe('/              98            100              96    -');
  });
});

describe('failingAudits', () => {
  it('lists scored audits below 1 with their category, skipping passes and informative ones', () => {
    expect(failingAudits(lhr)).toEqual([
      'performance: largest-contentful-paint (90) Largest Contentful Paint — 2.6 s',
      'best-practices: errors-in-console (0) No errors in console',
    ]);
  });
});
