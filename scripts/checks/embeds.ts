/**
 * Embed cards (/nhung/<card>/): small enough for a portal, dialable, every link leaving the
 * frame for a new tab; and the host header files let other sites frame them and nothing else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EMBED_CARDS, embedPath } from '../../src/lib/embeds.ts';
import { cspHeader } from '../../src/lib/csp.ts';
import { siteStyleHashes } from '../../src/lib/style-hashes.ts';
import { framablePattern } from '../../src/lib/host-headers.ts';
import { headersForPath, parseHeadersFile } from '../../tools/headers-file.ts';
import type { BuiltPage, Problem } from '../../tools/dist.ts';

/** Gzip bytes of a card's HTML plus its stylesheets: a card must cost a portal next to nothing. */
export const EMBED_BUDGET_BYTES = 3 * 1024;

/** Gzip size of a card page and the stylesheets it links, in bytes. */
export function embedWeight(page: BuiltPage, distDir: string, base: string): number {
  const css = page.root.querySelectorAll('link[rel="stylesheet"]').map((l) => readFileSync(join(distDir, (l.getAttribute('href') ?? '').slice(base.length))));
  return [Buffer.from(page.html), ...css].reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
}

export function checkEmbeds(pages: BuiltPage[], distDir: string, base: string): Problem[] {
  const problems: Problem[] = [];
  for (const card of EMBED_CARDS) {
    const path = embedPath(card);
    const say = (message: string) => problems.push({ page: path, message });
    const page = pages.find((p) => p.path === path);
    if (!page) {
      say('thẻ nhúng chưa được dựng (thiếu trang)');
      continue;
    }
    const weight = embedWeight(page, distDir, base);
    if (weight > EMBED_BUDGET_BYTES) say(`thẻ nặng ${weight} byte (gzip HTML + CSS), quá ngân sách ${EMBED_BUDGET_BYTES}: bỏ bớt nội dung hoặc CSS`);
    for (const number of ['113', '111']) if (!page.root.querySelector(`a[href="tel:${number}"]`)) say(`thiếu liên kết gọi tel:${number}`);
    if (page.root.querySelector('script')) say('thẻ nhúng không được có <script>');
    if (page.root.querySelector('header, footer, quick-exit')) say('thẻ nhúng chỉ có nội dung thẻ, không có đầu trang, chân trang, thanh thoát nhanh');
    for (const a of page.root.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href') ?? '';
      if (href.startsWith('tel:')) continue;
      const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
      if (a.getAttribute('target') !== '_blank' || !rel.includes('noopener') || !rel.includes('noreferrer')) {
        say(`liên kết "${href}" phải mở thẻ mới: target="_blank" rel="noopener noreferrer"`);
      }
    }
  }
  return problems;
}

/**
 * What `_headers` (as Cloudflare Pages applies it; tests/dist/host-headers-semantics.test.ts reads
 * it as Netlify too) and `.htaccess` give each built page:
 * the embed cards may be framed by anyone, every other page by no one.
 */
export function checkFramingHeaders(pages: BuiltPage[], distDir: string, base: string): Problem[] {
  const problems: Problem[] = [];
  const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
  const htaccess = readFileSync(join(distDir, '.htaccess'), 'utf8');
  const pattern = /<If "%\{REQUEST_URI\} =~ m#([^#]+)#">/.exec(htaccess)?.[1];
  if (pattern !== framablePattern(base)) problems.push({ page: '/.htaccess', message: `thiếu khối <If> cho thẻ nhúng với mẫu ${framablePattern(base)}` });
  // .htaccess and nginx-headers.conf carry the same two policies, with the same style hashes.
  const styleHashes = siteStyleHashes(pages.map((p) => p.html));
  const nginx = existsSync(join(distDir, 'nginx-headers.conf')) ? readFileSync(join(distDir, 'nginx-headers.conf'), 'utf8') : '';
  for (const [file, text] of [
    ['/.htaccess', htaccess],
    ['/nginx-headers.conf', nginx],
  ] as const) {
    for (const framable of [false, true]) {
      if (!text.includes(`"${cspHeader(framable, styleHashes)}"`))
        problems.push({
          page: file,
          message: `thiếu Content-Security-Policy với frame-ancestors ${framable ? '*' : "'none'"} và đúng mã băm CSS của các trang`,
        });
    }
  }
  const cards = new Set<string>(EMBED_CARDS.map(embedPath));
  for (const page of pages) {
    const url = `${base}${page.path.slice(1)}`;
    const framable = cards.has(page.path);
    const say = (message: string) => problems.push({ page: page.path, message });
    const headers = headersForPath(rules, url);
    if (headers.get('content-security-policy') !== cspHeader(framable, styleHashes)) {
      say(`_headers cho ${url}: Content-Security-Policy phải là đúng một chính sách với frame-ancestors ${framable ? '*' : "'none'"}`);
    }
    // Netlify keeps a `/*` header on the cards whatever "! Name" says, so `_headers` must not set it at all.
    if (headers.has('x-frame-options')) say(`_headers cho ${url}: bỏ X-Frame-Options (Netlify giữ nó cả trên thẻ nhúng; frame-ancestors đã đủ)`);
    if (pattern && new RegExp(pattern).test(url) !== framable) say(`.htaccess: mẫu ${pattern} ${framable ? 'không khớp' : 'lại khớp'} ${url}`);
  }
  return problems;
}
