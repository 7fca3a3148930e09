/**
 * The browser editor's page, /quan-tri/. It is not an Astro page on purpose: it shares nothing
 * with the reader's pages (no layout, stylesheet, script, quick-exit bar or search), is not in the
 * sitemap, search index, feed or any menu, and tells search engines to leave it out.
 */
import { editorCspMeta } from '../csp.ts';
import { escapeXml } from '../xml.ts';

/** Where the editor lives, under the site's base. */
export const EDITOR_PATH = '/quan-tri/';

/** The editor's index.html: the policy, noindex, and the editor script (which reads config.yml beside it). */
export function editorPageHtml(): string {
  return [
    '<!doctype html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeXml(editorCspMeta())}">`,
    '<meta name="robots" content="noindex, nofollow">',
    '<meta name="referrer" content="same-origin">',
    // No icon request: the editor has no icon of its own, and a missing one is an error in the console.
    '<link rel="icon" href="data:,">',
    '<title>Quản trị nội dung</title>',
    '</head>',
    '<body>',
    '<noscript>Trình soạn thảo nội dung cần JavaScript. Trang cho người đọc không cần.</noscript>',
    '<script src="./sveltia-cms.js"></script>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
