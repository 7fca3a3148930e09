/**
 * Every check of the built site, in one list: `npm run check:site` (the deploy gate, also for a
 * commune's own edition) and the tests iterate this same list, and tests/dist/site-checks.test.ts
 * requires a case that makes each one fail. To add a check: write it in scripts/checks/, add it
 * here, and add its failing case there.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPages, servedPaths, type BuiltPage, type Problem } from '../../tools/dist.ts';
import { firstView } from '../lib/first-view.ts';
import { checkPageBasics } from './page-basics.ts';
import { checkLinks } from './links.ts';
import { checkSitemap } from './sitemap.ts';
import { checkGluedText } from './glued-text.ts';
import { checkSharing } from './sharing.ts';
import { checkValidHtml } from './valid-html.ts';
import { checkEmbeds, checkFramingHeaders } from './embeds.ts';
import { checkContactsJson, checkRss } from './open-data.ts';
import { checkBudgets } from './performance-budget.ts';
import { checkPenalties } from './penalties.ts';
import { checkEditor } from './editor.ts';
import { checkArticleLists } from './article-lists.ts';
import {
  checkArticleFacts,
  checkDeployableAddress,
  checkDoNotPublish,
  checkEmergencyLines,
  checkFrameGuard,
  checkMetaCsp,
  checkNoInlineCode,
  checkPhonesFromContacts,
} from './safety.ts';
import { HUB_AUDIENCES } from '../../src/lib/vocabulary.ts';
import { hubPath } from '../../src/lib/paths.ts';

/** A built site and where it is meant to live. */
export interface SiteContext {
  dist: string;
  /** Origin the build was made for (SITE_URL), e.g. "https://xa-vidu.gov.vn". */
  site: string;
  /** BASE_PATH, "/" or "/pcmd/". */
  base: string;
  /** The content folder it was built from (for contacts and laws). */
  contentDir: string;
  pages: BuiltPage[];
  served: Set<string>;
}

/** Load a built site once for every check. */
export function siteContext(dist: string, where: { site: string; base: string; contentDir: string }): SiteContext {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} chưa có trang nào: chạy npm run build trước`);
  return { dist, ...where, pages: loadPages(dist), served: servedPaths(dist) };
}

export interface SiteCheck {
  name: string;
  /** What passing proves, in one line. */
  proves: string;
  run(ctx: SiteContext): Problem[] | Promise<Problem[]>;
}

/** Pages with first-view budgets: home, hubs, hotlines, every article. */
export const isBudgeted = (path: string) =>
  path === '/' || path === '/duong-day-nong/' || HUB_AUDIENCES.some((a) => path === hubPath(a)) || /^\/bai-viet\/[^/]+\/$/.test(path);

export const SITE_CHECKS: readonly SiteCheck[] = [
  // Safety first: what a person at risk reads and dials.
  {
    name: 'do-not-publish',
    proves: 'no number or address the facts mark "do not publish" is in any page, feed or data file',
    run: (c) => checkDoNotPublish(c.dist),
  },
  {
    name: 'phones-from-contacts',
    proves: 'every tel: link and phone number on a page is a number from content/contacts',
    run: (c) => checkPhonesFromContacts(c.pages, c.contentDir),
  },
  { name: 'emergency-lines', proves: '113 and 111 can be dialled from every page', run: (c) => checkEmergencyLines(c.pages) },
  { name: 'article-facts', proves: 'every article shows its legal basis, sources and last review date', run: (c) => checkArticleFacts(c.pages) },
  {
    name: 'penalties',
    proves: 'the law library shows every provision and penalty exactly as content/laws says',
    run: (c) => checkPenalties(c.pages, c.contentDir),
  },
  {
    name: 'no-inline-code',
    proves:
      'no inline script, handler, style attribute, javascript:/data: link (but the SVG icon), frame, redirect or article image; no <style> the CSP does not allow by hash',
    run: (c) => checkNoInlineCode(c.pages),
  },
  {
    name: 'meta-csp',
    proves: "every page carries the site's CSP, with the hashes of every inline stylesheet, in a <meta> at the top of <head>",
    run: (c) => checkMetaCsp(c.pages),
  },
  {
    name: 'frame-guard',
    proves: 'every page but the embed cards hides itself when framed, also on hosts that send no headers',
    run: (c) => checkFrameGuard(c.pages),
  },
  { name: 'deployable-address', proves: 'the build has a real address (SITE_URL), not the preview placeholder', run: (c) => checkDeployableAddress(c.dist) },
  // Structure and links.
  {
    name: 'page-basics',
    proves: 'every page has lang="vi", a title, one h1, a description, a canonical URL and unique ids',
    run: (c) => checkPageBasics(c.pages),
  },
  {
    name: 'links',
    proves: 'internal links and anchors resolve, tel: links dial, nothing loads from elsewhere, external links are marked',
    run: (c) => checkLinks(c.pages, c.served, c.base),
  },
  { name: 'sitemap', proves: 'the sitemap lists every page but 404, and nothing else', run: (c) => checkSitemap(c.pages, c.dist, c.base) },
  { name: 'glued-text', proves: 'no Vietnamese syllables glued together by lost whitespace', run: (c) => checkGluedText(c.pages) },
  {
    name: 'article-lists',
    proves: `hubs and /canh-bao/ list at most a dozen articles at once, in groups, the rest under a "more" that opens without JavaScript`,
    run: (c) => checkArticleLists(c.pages),
  },
  { name: 'valid-html', proves: "every page passes html-validate's recommended rules", run: (c) => checkValidHtml(c.pages) },
  {
    name: 'search-index',
    proves: 'Pagefind indexed the content pages, and left the search page and 404 out',
    run: (c) => {
      const problems: Problem[] = [];
      if (!existsSync(join(c.dist, 'pagefind')) || !readdirSync(join(c.dist, 'pagefind')).some((f) => f.startsWith('pagefind-entry'))) {
        problems.push({ page: '/pagefind/', message: 'chưa có chỉ mục tìm kiếm: npm run build chạy cả scripts/search-index.ts' });
      }
      for (const p of c.pages.filter((p) => p.path === '/tim-kiem/' || p.path === '/404.html')) {
        if (p.html.includes('data-pagefind-body')) problems.push({ page: p.path, message: 'trang này không được vào chỉ mục tìm kiếm (searchable={false})' });
      }
      const home = c.pages.find((p) => p.path === '/');
      if (home && !home.html.includes('data-pagefind-body')) problems.push({ page: '/', message: 'trang chủ thiếu data-pagefind-body' });
      return problems;
    },
  },
  // Sharing, embeds, open data.
  {
    name: 'sharing',
    proves: 'Open Graph and Twitter tags with absolute URLs and a 1200×630 image on every page',
    run: (c) => checkSharing(c.pages, c.dist, c.base),
  },
  { name: 'embeds', proves: 'the embed cards are small, dialable, script-free and open links in a new tab', run: (c) => checkEmbeds(c.pages, c.dist, c.base) },
  {
    name: 'framing-headers',
    proves: "_headers, .htaccess and nginx-headers.conf carry the pages' policy and style hashes, and let other sites frame the embed cards and nothing else",
    run: (c) => checkFramingHeaders(c.pages, c.dist, c.base),
  },
  {
    name: 'contacts-json',
    proves: '/contacts.json matches its schema and lists exactly the contacts of the content folder',
    run: (c) => checkContactsJson(c.dist, c.contentDir),
  },
  { name: 'rss', proves: '/rss.xml lists every article, newest review first, with absolute links', run: (c) => checkRss(c.pages, c.dist, c.site, c.base) },
  {
    name: 'editor',
    proves: 'the staff editor at /quan-tri/ has its own CSP and noindex, calls no CDN, and no reader page, sitemap, feed or search index holds it',
    run: (c) => checkEditor(c.pages, c.dist, c.base),
  },
  // Weight on a cheap phone.
  {
    name: 'first-view-budgets',
    proves: 'home, hubs, hotlines and every article stay within the request, byte, inline-CSS and first-14-KB budgets',
    run: (c) => c.pages.filter((p) => isBudgeted(p.path)).flatMap((p) => checkBudgets(p, firstView(c.dist, p.path, c.base))),
  },
];

/** Run checks over a site; each problem is tagged with its check's name. */
export async function runSiteChecks(ctx: SiteContext, checks: readonly SiteCheck[] = SITE_CHECKS): Promise<Array<Problem & { check: string }>> {
  const all: Array<Problem & { check: string }> = [];
  for (const check of checks) for (const p of await check.run(ctx)) all.push({ ...p, check: check.name });
  return all;
}
