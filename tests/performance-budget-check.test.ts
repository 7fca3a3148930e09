/** The first-view reader and the budget check, on small made-up pages: a check that cannot fail proves nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { BuiltPage } from '../tools/dist.ts';
import { firstView, gzipSize, htmlReferences, isLazySearchBundle, totals } from '../scripts/lib/first-view.ts';
import { cssReferences, jsImports, jsLazyImports, pageReferences } from '../tools/references.ts';
import { BUDGETS, checkBudgets, readableOffsets } from '../scripts/checks/performance-budget.ts';

const built = (path: string, html: string): BuiltPage => ({ file: path, path, root: parse(html), html });

describe('jsImports', () => {
  it.each([
    ['import{a as b}from"./shift.js";b()', ['./shift.js']],
    ['import "./side-effect.js";', ['./side-effect.js']],
    ['import*as x from"/_astro/y.js"', ['/_astro/y.js']],
    ['export{a}from"./re.js";export*from"./all.js"', ['./re.js', './all.js']],
    ['const m=import("./later.js")', []],
    ['document.title="import x from y"', []],
  ])('%s', (code, expected) => expect(jsImports(code)).toEqual(expected));
  it('keeps dynamic imports apart: loaded later, not on first view', () => {
    expect(jsLazyImports('const m=import("./later.js");import{a}from"./now.js"')).toEqual(['./later.js']);
  });
});

describe('pageReferences: the one reader of what a page points at', () => {
  it('says for each reference when a browser fetches it', () => {
    const root = parse(
      '<html><head><link rel="stylesheet" href="/s.css"><link rel="canonical" href="https://x.vn/"><link rel="prefetch" href="/p/"></head><body><a href="/a/">A</a><img src="/e.png"><img src="/l.png" loading="lazy"><form action="/tim-kiem/"></form><div data-bundle="/pagefind/"></div></body></html>',
    );
    expect(pageReferences(root).map((r) => `${r.when} ${r.kind} ${r.ref}`)).toEqual([
      'load css /s.css',
      'follow other https://x.vn/',
      'later other /p/',
      'follow other /a/',
      'load other /e.png',
      'later other /l.png',
      'follow html /tim-kiem/',
      'later js /pagefind/pagefind.js',
    ]);
  });
});

describe('cssReferences', () => {
  it('finds @import as CSS and url() as other, skipping data: URLs', () => {
    const css = '@import url("a.css");@import "b.css";@font-face{src:url(/f.woff2)}.x{background:url("data:image/png;base64,AA")}';
    expect(cssReferences(css)).toEqual([
      { url: 'a.css', kind: 'css' },
      { url: 'b.css', kind: 'css' },
      { url: '/f.woff2', kind: 'other' },
    ]);
  });
});

describe('htmlReferences', () => {
  const refs = (head: string, body = '') =>
    htmlReferences(parse(`<html><head>${head}</head><body>${body}</body></html>`), '/a/').map((r) => `${r.kind} ${new URL(r.url).pathname}`);
  it('counts stylesheets, scripts, preloads, the icon, eager images and frames', () => {
    const head =
      '<link rel="stylesheet" href="/s.css"><link rel="modulepreload" href="/m.js"><link rel="icon" href="/i.svg"><link rel="canonical" href="https://x.vn/"><link rel="sitemap" href="/sitemap.xml">';
    const body = '<script type="module" src="/q.js"></script><img src="p.png"><img src="/lazy.png" loading="lazy"><iframe src="/nhung/w/"></iframe>';
    expect(refs(head, body)).toEqual(['css /s.css', 'js /m.js', 'other /i.svg', 'js /q.js', 'other /a/p.png', 'html /nhung/w/']);
  });
  it('adds /favicon.ico when no icon is linked, because browsers ask for it', () => {
    expect(refs('')).toEqual(['other /favicon.ico']);
  });
});

describe('isLazySearchBundle', () => {
  it.each([
    ['/pagefind/pagefind.js', '/', true],
    ['/pcmd/pagefind/pagefind-ui.js', '/pcmd/', true],
    ['/_astro/search.js', '/', false],
  ])('%s under %s -> %s', (url, base, lazy) => expect(isLazySearchBundle(url, base)).toBe(lazy));
});

describe('firstView on a small dist', () => {
  let dist: string;
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'pcmd-first-view-'));
    mkdirSync(join(dist, 'pcmd/_astro'), { recursive: true });
    mkdirSync(join(dist, 'pcmd/a'), { recursive: true });
    const html =
      '<html><head><link rel="stylesheet" href="/pcmd/_astro/s.css"><link rel="icon" href="/pcmd/i.svg"><link rel="modulepreload" href="/pcmd/pagefind/pagefind.js"></head><body><script type="module" src="/pcmd/_astro/q.js"></script><script src="https://cdn.example/x.js"></script></body></html>';
    writeFileSync(join(dist, 'pcmd/a/index.html'), html);
    writeFileSync(join(dist, 'pcmd/_astro/s.css'), 'body{color:red}'.repeat(50));
    writeFileSync(join(dist, 'pcmd/_astro/q.js'), 'import{a}from"./shared.js";a()');
    writeFileSync(join(dist, 'pcmd/_astro/shared.js'), 'export const a=()=>1;import("./lazy.js")');
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('follows static imports, skips the search bundle, reports missing and external files', () => {
    const view = firstView(join(dist, 'pcmd'), '/a/', '/pcmd/');
    expect(view.files.map((f) => `${f.kind} ${f.url}`)).toEqual([
      'html /pcmd/a/',
      'css /pcmd/_astro/s.css',
      'js /pcmd/_astro/q.js',
      'js /pcmd/_astro/shared.js',
    ]);
    expect(view.missing).toEqual(['/pcmd/i.svg']);
    expect(view.external).toEqual(['https://cdn.example/x.js']);
  });
});

describe('totals', () => {
  it('adds requests and gzip bytes per kind', () => {
    const sum = totals([
      { kind: 'html', gzipBytes: 100 },
      { kind: 'js', gzipBytes: 20 },
      { kind: 'js', gzipBytes: 30 },
    ]);
    expect(sum).toEqual({ requests: 3, gzip: { html: 100, css: 0, js: 50, other: 0, total: 150 }, count: { html: 1, css: 0, js: 2, other: 0 } });
  });
});

describe('readableOffsets', () => {
  const gz = (text: string) => gzipSize(text);
  it('gives the compressed size of the HTML before main start, h1 end, end of the first prose paragraph', () => {
    const html = '<html><body><p>Đầu</p><main><h1>Tiêu đề</h1><p>Lời dẫn</p><div class="prose"><p>Thân bài</p></div></main></body></html>';
    const at = readableOffsets(html, parse(html));
    expect(at.mainStart).toBe(gz('<html><body><p>Đầu</p>'));
    expect(at.h1End).toBe(gz('<html><body><p>Đầu</p><main><h1>Tiêu đề</h1>'));
    expect(at.firstParagraphEnd).toBe(gz(html.slice(0, html.indexOf('</div>'))));
  });
  it('takes the first paragraph after the h1 when there is no prose', () => {
    const html = '<main><p>Trước</p><h1>T</h1><p> </p><p>Sau</p></main>';
    expect(readableOffsets(html, parse(html)).firstParagraphEnd).toBe(gz(html.slice(0, html.indexOf('</main>'))));
  });
});

describe('checkBudgets', () => {
  const file = (kind: 'html' | 'css' | 'js' | 'other', gzipBytes: number) => ({ url: `/${kind}${gzipBytes}`, kind, bytes: gzipBytes * 3, gzipBytes });
  const page = built(
    '/bai-viet/x/',
    '<html><head><style>body{color:#222}</style></head><body><main><h1>T</h1><div class="prose"><p>Đoạn</p></div></main></body></html>',
  );

  it('passes a page within every budget: its HTML with the stylesheet inside, and one script', () => {
    const view = { page: '/bai-viet/x/', files: [file('html', 12000), file('js', 1800)], external: [], missing: [] };
    expect(checkBudgets(page, view)).toEqual([]);
  });

  it('names the page, the budget and the measured value for each one broken', () => {
    const view = {
      page: '/bai-viet/x/',
      files: [file('html', 9000), file('css', 12000), file('js', 4000), file('js', 2000), file('other', 300)],
      external: ['https://cdn.example/x.js'],
      missing: [],
    };
    const messages = checkBudgets(page, view).map((p) => `${p.page}: ${p.message}`);
    expect(messages).toHaveLength(4);
    expect(messages.every((m) => m.startsWith('/bai-viet/x/: '))).toBe(true);
    expect(messages.join('\n')).toMatch(
      /nơi khác[\s\S]*5 yêu cầu, ngân sách là 2[\s\S]*26\.7 KB gzip, ngân sách là 25\.0 KB[\s\S]*5\.9 KB gzip, ngân sách là 5\.0 KB/,
    );
  });

  it('fails a stylesheet grown past the inline budget, saying by how much', () => {
    // Distinct rules, so gzip cannot fold them away: about 9 KB compressed.
    const css = Array.from({ length: 1500 }, (_, i) => `.r${i.toString(36)}{margin:${i}px ${i % 7}rem}`).join('');
    const heavy = built('/duong-day-nong/', `<html><head><style>${css}</style></head><body><main><h1>T</h1><p>Đoạn</p></main></body></html>`);
    const over = gzipSize(css) - BUDGETS.inlineCssGzip;
    expect(over).toBeGreaterThan(0);
    const messages = checkBudgets(heavy, { page: '/duong-day-nong/', files: [file('html', 5000)], external: [], missing: [] }).map((p) => p.message);
    expect(messages).toContain(
      `CSS viết trong trang nặng ${(gzipSize(css) / 1024).toFixed(1)} KB gzip, vượt ngân sách 6.0 KB là ${(over / 1024).toFixed(1)} KB (${over} byte): mỗi trang mang lại nó và nó đứng trước nội dung; bỏ bớt CSS trong src/styles/ hoặc tách phần không cần cho màn hình đầu.`,
    );
  });

  it('fails when the readable page starts after the first 14 KB of compressed HTML, saying by how much', () => {
    // Text that does not compress: random-looking words.
    let seed = 1;
    const word = () => {
      seed = (seed * 48271) % 2147483647;
      return seed.toString(36);
    };
    const padding = `<head>${Array.from({ length: 3000 }, () => `<meta name="${word()}" content="${word()}">`).join('')}</head>`;
    const late = built('/', `<html>${padding}<body><main><h1>T</h1><p>Đoạn</p></main></body></html>`);
    const messages = checkBudgets(late, { page: '/', files: [file('html', 5000)], external: [], missing: [] }).map((p) => p.message);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(
      new RegExp(`<main> bắt đầu ở byte \\d+ của HTML nén gzip, ngân sách là ${BUDGETS.readableBytes} \\(14 KB đầu\\), vượt \\d+ byte`),
    );
  });
});
