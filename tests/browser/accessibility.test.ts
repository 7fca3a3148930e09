/** axe-core, WCAG 2.2 A and AA rules, on every page in the sitemap: 0 violations. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { checkEachPage, useBrowserSite } from '../helpers/browser-site.ts';
import { everyPageTimeout, sitemapPages } from '../helpers/site-pages.ts';

/** Every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA that axe can test. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const site = useBrowserSite();
const pages = sitemapPages();

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it(
    'finds no violation on any page',
    async () => {
      const context = await site.browser.newContext();
      const problems = await checkEachPage(site, context, pages, async (page) => {
        // Evaluated through the DevTools protocol, so the page's strict CSP does not block it.
        await page.evaluate(AXE_SOURCE);
        const results = await page.evaluate(
          (tags) =>
            (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResults> } }).axe.run(document, {
              runOnly: { type: 'tag', values: tags },
              resultTypes: ['violations'],
            }),
          WCAG_22_AA,
        );
        return results.violations.map((v) => {
          const where = v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ');
          const how = (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').trim();
          return `[${v.id}] ${v.help} (${v.nodes.length} chỗ: ${where}). ${how} Xem ${v.helpUrl}`;
        });
      });
      await context.close();
      expect(problems).toEqual([]);
      // One test walks every page (83 after issue 14): on a loaded 2-core machine that outgrew the
      // default 120 s. The limit is a hang guard, not a speed assertion (docs/performance.md measures
      // speed); it grows with the number of pages (everyPageTimeout), as more articles will come.
    },
    everyPageTimeout(pages.length),
  );
});
