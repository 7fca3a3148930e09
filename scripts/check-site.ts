/**
 * Checks the built site in dist/ and prints what to fix, page by page: basics, links, sitemap,
 * glued text, share tags, embed cards and framing headers, contacts.json and rss.xml, valid HTML.
 * Usage: node scripts/check-site.ts [distDir]   (BASE_PATH as for the build)
 */
import { loadPages, servedPaths, type Problem } from './lib/dist.ts';
import { checkPageBasics } from './checks/page-basics.ts';
import { checkLinks } from './checks/links.ts';
import { checkSitemap } from './checks/sitemap.ts';
import { checkGluedText } from './checks/glued-text.ts';
import { checkSharing } from './checks/sharing.ts';
import { checkValidHtml } from './checks/valid-html.ts';
import { checkEmbeds, checkFramingHeaders } from './checks/embeds.ts';
import { checkContactsJson, checkRss } from './checks/open-data.ts';
import { siteLocation } from '../src/lib/site-env.ts';
import { contentDir } from '../src/lib/content-dir.ts';

const dist = process.argv[2] ?? 'dist';
const { site, base } = siteLocation(process.env.SITE_URL, process.env.BASE_PATH);
const pages = loadPages(dist);
const problems: Problem[] = [
  ...checkPageBasics(pages),
  ...checkLinks(pages, servedPaths(dist), base),
  ...checkSitemap(pages, dist, base),
  ...checkGluedText(pages),
  ...checkSharing(pages, dist, base),
  ...checkEmbeds(pages, dist, base),
  ...checkFramingHeaders(pages, dist, base),
  ...checkContactsJson(dist, contentDir(process.env.CONTENT_DIR)),
  ...checkRss(pages, dist, site, base),
  ...(await checkValidHtml(pages)),
];

if (problems.length) {
  for (const p of problems) console.error(`${p.page}: ${p.message}`);
  console.error(`\n${problems.length} lỗi trên ${new Set(problems.map((p) => p.page)).size} trang.`);
  process.exit(1);
}
console.log(`Đã kiểm tra ${pages.length} trang: không có lỗi.`);
