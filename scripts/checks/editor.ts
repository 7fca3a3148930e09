/**
 * The browser editor for staff (/quan-tri/) is there, under its own policy, and stays apart from
 * the readers' site: no reader page links to it or loads its files, it is not in the sitemap,
 * search index or feed, it asks search engines to leave it out, and its bundle calls no CDN.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { editorCspHeader, editorCspMeta } from '../../src/lib/csp.ts';
import { EDITOR_PATH } from '../../src/lib/editor/page.ts';
import { editorCollections } from '../../src/lib/editor/config.ts';
import { headersForPath, parseHeadersFile } from '../../tools/headers-file.ts';
import { joinBase } from '../../src/lib/paths.ts';
import { sitemapPaths, type BuiltPage, type Problem } from '../../tools/dist.ts';

export function checkEditor(pages: BuiltPage[], distDir: string, base: string): Problem[] {
  const problems: Problem[] = [];
  const say = (page: string, message: string) => problems.push({ page, message });
  const dir = join(distDir, EDITOR_PATH);
  const url = joinBase(base, EDITOR_PATH);
  if (!existsSync(join(dir, 'index.html')))
    return [{ page: EDITOR_PATH, message: 'chưa có trình soạn thảo: npm run build viết nó (src/integrations/editor.ts)' }];

  const page = parse(readFileSync(join(dir, 'index.html'), 'utf8'));
  if (page.querySelector('meta[name="robots"]')?.getAttribute('content') !== 'noindex, nofollow')
    say(EDITOR_PATH, 'thiếu <meta name="robots" content="noindex, nofollow">');
  if (page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') !== editorCspMeta())
    say(EDITOR_PATH, 'CSP trong <meta> phải là chính sách riêng của trình soạn thảo (editorCspMeta)');
  const headers = headersForPath(parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8')), url);
  if (headers.get('content-security-policy') !== editorCspHeader())
    say(EDITOR_PATH, `_headers cho ${url}: Content-Security-Policy phải là đúng chính sách của trình soạn thảo`);
  if (headers.get('x-robots-tag') !== 'noindex, nofollow') say(EDITOR_PATH, `_headers cho ${url}: thiếu X-Robots-Tag: noindex, nofollow`);

  const config = parseYaml(readFileSync(join(dir, 'config.yml'), 'utf8')) as { collections?: Array<{ name: string }> };
  const listed = (config.collections ?? []).map((c) => c.name).sort();
  const expected = Object.keys(editorCollections()).sort();
  if (listed.join() !== expected.join()) say(`${EDITOR_PATH}config.yml`, `các bộ sưu tập ${listed.join(', ')} khác với nội dung (${expected.join(', ')})`);
  const bundle = readFileSync(join(dir, 'sveltia-cms.js'), 'utf8');
  for (const cdn of ['cdn.jsdelivr.net', '`https://unpkg.com/@sveltia/cms`'])
    if (bundle.includes(cdn)) say(`${EDITOR_PATH}sveltia-cms.js`, `bundle vẫn gọi ${cdn}: xem src/lib/editor/bundle.ts`);

  // Apart from the readers' site.
  for (const p of pages) {
    for (const el of p.root.querySelectorAll('[href], [src]')) {
      const target = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      if (target.includes(EDITOR_PATH)) say(p.path, `trang cho người đọc không được dẫn tới trình soạn thảo (${target})`);
    }
  }
  if (sitemapPaths(distDir, base).some((p) => p.startsWith(EDITOR_PATH))) say('/sitemap-index.xml', 'sơ đồ trang không được có trình soạn thảo');
  if (readFileSync(join(distDir, 'rss.xml'), 'utf8').includes(EDITOR_PATH)) say('/rss.xml', 'bản tin RSS không được có trình soạn thảo');
  if (page.querySelector('[data-pagefind-body]')) say(EDITOR_PATH, 'trình soạn thảo không được vào chỉ mục tìm kiếm');
  return problems;
}
