/** The built-site checks themselves, on pages and copies of dist/ made to break them: a check that cannot fail proves nothing. */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SITE_CHECKS, siteContext } from '../../scripts/checks/index.ts';
import { DEFAULT_SITE_URL } from '../../src/lib/site-env.ts';
import { ROOT } from '../helpers/astro-run.ts';
import { parse } from 'node-html-parser';
import type { BuiltPage } from '../../tools/dist.ts';
import { urlPathOf } from '../../tools/dist.ts';
import { checkPageBasics } from '../../scripts/checks/page-basics.ts';
import { checkLinks } from '../../scripts/checks/links.ts';
import { checkGluedText, gluedWords } from '../../scripts/checks/glued-text.ts';
import { checkValidHtml } from '../../scripts/checks/valid-html.ts';
import { checkArticleLists, LISTING_PAGES } from '../../scripts/checks/article-lists.ts';

const page = (
  path: string,
  body: string,
  head = '<title>T</title><meta name="description" content="d"><link rel="canonical" href="https://x.vn/">',
): BuiltPage => {
  const html = `<!doctype html><html lang="vi"><head>${head}</head><body>${body}</body></html>`;
  return { file: path, path, root: parse(html), html };
};

describe('urlPathOf', () => {
  it.each([
    ['index.html', '/'],
    ['phap-luat/index.html', '/phap-luat/'],
    ['404.html', '/404.html'],
  ])('%s -> %s', (file, path) => expect(urlPathOf(file)).toBe(path));
});

describe('checkPageBasics', () => {
  it('passes a complete page', () => {
    expect(checkPageBasics([page('/', '<h1>A</h1>')])).toEqual([]);
  });
  it('names the page and each missing piece', () => {
    const problems = checkPageBasics([page('/x/', '<h1 id="a">A</h1><h1 id="a">B</h1>', '')]);
    expect(problems.map((p) => p.page)).toEqual(['/x/', '/x/', '/x/', '/x/', '/x/']);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/title[\s\S]*h1[\s\S]*description[\s\S]*canonical[\s\S]*id "a" bị trùng/);
  });
});

describe('checkLinks', () => {
  const target = page('/a/', '<h1>A</h1><h2 id="muc">M</h2>');
  const served = new Set(['/', '/a/', '/a/index.html', '/_astro/x.css']);
  it('accepts resolving links, anchors, assets, tel: and marked external links', () => {
    const ok = page(
      '/',
      '<h1>H</h1><a href="/a/">Trang A</a><a href="/a/#muc">Mục M</a><a href="a/">Trang A</a><link rel="stylesheet" href="/_astro/x.css"><a href="tel:113">Gọi 113</a><a href="https://b.vn" rel="external noopener noreferrer">Trang B<span class="sr-only"> (trang ngoài)</span><span aria-hidden="true"> ↗</span></a><a href="/a/">Xem thêm về trang A</a>',
    );
    expect(checkLinks([ok, target], served, '/')).toEqual([]);
  });
  it('reports broken links, missing anchors, bad tel:, unmarked external links and vague text', () => {
    const bad = page(
      '/',
      '<h1>H</h1><a href="/khong-co/">Trang</a><a href="/a/#khong">Mục</a><a href="tel:1800 1233">Gọi</a><a href="https://b.vn">B</a><a href="/a/">Xem thêm</a>',
    );
    const messages = checkLinks([bad, target], served, '/').map((p) => `${p.page} ${p.message}`);
    expect(messages).toHaveLength(6);
    expect(messages.join('\n')).toMatch(/khong-co[\s\S]*#khong[\s\S]*tel:1800 1233[\s\S]*b\.vn" thiếu rel[\s\S]*b\.vn" chưa được đánh dấu[\s\S]*Xem thêm/);
  });
  it('wants both noopener and noreferrer, and the visible mark, on every external link but quick exit', () => {
    const half = page(
      '/',
      '<h1>H</h1><a href="https://b.vn" rel="noreferrer">Trang B ↗ (trang ngoài)</a><a href="https://c.vn" rel="noopener noreferrer">Trang C</a><a href="https://d.vn" data-quick-exit rel="noopener noreferrer">Thoát nhanh</a>',
    );
    expect(checkLinks([half, target], served, '/').map((p) => p.message)).toEqual([
      expect.stringMatching(/b\.vn" thiếu rel="noopener"/),
      expect.stringMatching(/c\.vn" chưa được đánh dấu/),
    ]);
  });
  it('refuses scripts, styles and images from another site, but not a canonical link', () => {
    const thirdParty = page(
      '/',
      '<h1>H</h1><script src="https://cdn.x.com/a.js"></script><link rel="stylesheet" href="https://fonts.x.com/f.css"><img src="https://x.com/a.png" alt="A"><link rel="canonical" href="https://x.vn/">',
    );
    expect(checkLinks([thirdParty, target], served, '/').map((p) => p.message)).toEqual([
      expect.stringMatching(/<script> tải "https:\/\/cdn\.x\.com/),
      expect.stringMatching(/<link> tải "https:\/\/fonts\.x\.com/),
      expect.stringMatching(/<img> tải "https:\/\/x\.com/),
    ]);
  });
  it.each(['Xem thêm »', 'bấm vào đây', 'Tại đây.', 'Click', 'link', 'Đọc tiếp →'])('calls "%s" vague, also as an external link', (text) => {
    const vague = page(
      '/',
      `<h1>H</h1><a href="/a/">${text}</a><a href="https://b.vn" rel="noopener noreferrer">${text}<span class="sr-only"> (trang ngoài)</span><span aria-hidden="true"> ↗</span></a>`,
    );
    const messages = checkLinks([vague, target], served, '/').map((p) => p.message);
    expect(messages).toEqual([expect.stringMatching(/tới \/a\/\) không nói rõ/), expect.stringMatching(/tới https:\/\/b\.vn\) không nói rõ/)]);
  });
  it('refuses an empty address, and checks frames and the search bundle a page loads later', () => {
    const empty = page(
      '/',
      '<h1>H</h1><a href="">Trang chủ</a><a href=" ">Trang A</a><iframe src="/nhung/khong-co/" title="T"></iframe><div data-bundle="/pagefind/"></div>',
    );
    expect(checkLinks([empty, target], served, '/').map((p) => p.message)).toEqual([
      expect.stringMatching(/^<a> có địa chỉ rỗng/),
      expect.stringMatching(/^<a> có địa chỉ rỗng/),
      expect.stringMatching(/liên kết hỏng: "\/nhung\/khong-co\/"/),
      expect.stringMatching(/liên kết hỏng: "\/pagefind\/pagefind\.js"/),
    ]);
  });
  it('resolves links under a sub-folder and refuses links that escape it', () => {
    const sub = page('/', '<h1>H</h1><a href="/pcmd/a/">A</a><a href="/a/">A ngoài</a>');
    const messages = checkLinks([sub, target], served, '/pcmd/').map((p) => p.message);
    expect(messages).toEqual([expect.stringMatching(/ngoài thư mục gốc \/pcmd\//)]);
  });
});

describe('glued text', () => {
  it('finds syllables glued by lost whitespace, but not known mixed-case names', () => {
    expect(gluedWords('Đường dây nóng\nĐườngDây VNeID TikTok')).toEqual(['ĐườngDây']);
    const glued = page('/', '<h1>H</h1><p><a href="/">Đường dây nóng</a><a href="/">Tố giác</a></p>');
    expect(checkGluedText([glued])).toEqual([{ page: '/', message: 'chữ bị dính liền: "nóngTố"' }]);
    const spaced = page('/', '<h1>H</h1><p><a href="/">Đường dây nóng</a> <a href="/">Tố giác</a></p><ul><li>Một</li><li>Hai</li></ul>');
    expect(checkGluedText([spaced])).toEqual([]);
  });
});

describe('checkValidHtml', () => {
  const doc = (path: string, body: string): BuiltPage => {
    const html = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>T</title></head><body>${body}</body></html>`;
    return { file: path, path, root: parse(html), html };
  };
  it('passes a valid page', async () => {
    expect(await checkValidHtml([doc('/', '<main><h1>A</h1><img src="/a.png" alt="Ảnh A"></main>')])).toEqual([]);
  });
  it('names the page and the rule for a missing alt, a duplicate id and a stray end tag', async () => {
    const bad = doc('/x/', '<main><h1 id="a">A</h1><p id="a">B</p><img src="/a.png"></div></main>');
    const messages = (await checkValidHtml([bad])).map((p) => `${p.page} ${p.message}`).join('\n');
    expect(messages).toMatch(/^\/x\/ .*\[no-dup-id\]/m);
    expect(messages).toMatch(/^\/x\/ .*\[wcag\/h37\]/m);
    expect(messages).toMatch(/^\/x\/ .*\[close-order\]/m);
  });
});

describe('checkArticleLists', () => {
  const card = (n: number) => `<li class="card"><h3><a href="/bai-viet/b${n}/">Bài ${n}</a></h3></li>`;
  const cards = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => card(from + i)).join('');
  const hub = (path: string, body: string) => page(path, `<main><h1>H</h1>${body}</main>`);
  const others = (except: string) => LISTING_PAGES.filter((p) => p !== except).map((p) => hub(p, `<h2>Nhóm</h2><ul>${card(1)}</ul>`));
  it('passes a dozen cards shown and the rest folded', () => {
    const ok = hub(
      '/nguoi-lao-dong/',
      `<h2>Nhóm</h2><ul>${cards(0, 12)}</ul><details data-list-more><summary>Xem thêm 8 bài</summary><ul>${cards(12, 20)}</ul></details>`,
    );
    expect(checkArticleLists([ok, ...others('/nguoi-lao-dong/')])).toEqual([]);
  });
  it('names a hub with too many cards shown, a "more" that is not <details>, and a repeated card', () => {
    const bad = hub('/nguoi-lao-dong/', `<h2>Nhóm</h2><ul>${cards(0, 13)}</ul><div data-list-more><ul>${card(1)}</ul></div>`);
    expect(checkArticleLists([bad, ...others('/nguoi-lao-dong/')]).map((p) => `${p.page} ${p.message}`)).toEqual([
      expect.stringMatching(/^\/nguoi-lao-dong\/ liệt kê 13 bài ngay, tối đa 12/),
      expect.stringMatching(/^\/nguoi-lao-dong\/ phần "xem thêm" phải là <details>/),
      expect.stringMatching(/^\/nguoi-lao-dong\/ bài lặp lại .*\/bai-viet\/b1\//),
    ]);
  });
  it('names a missing hub and an ungrouped list', () => {
    const flat = hub('/canh-bao/', `<ul>${cards(0, 3)}</ul>`);
    const messages = checkArticleLists([flat]).map((p) => `${p.page} ${p.message}`);
    expect(messages).toContain('/canh-bao/ các bài không được chia nhóm dưới tiêu đề h2');
    expect(messages).toContain('/hoc-sinh-sinh-vien/ không có trang này trong bản dựng');
  });
});

/** Change one file of a copy of dist/. */
const edit = (dir: string, file: string, change: (text: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
const inBody = (html: string, extra: string) => html.replace('</main>', `${extra}</main>`);

/**
 * For every check in the registry: one deliberate break of a copy of dist/, and the problem
 * the check must then report. tests/dist/built-site.test.ts runs the same checks on dist/ itself.
 */
const BREAKS: Record<string, { break: (dir: string) => void; message: RegExp }> = {
  'do-not-publish': {
    break: (d) => edit(d, 'gioi-thieu/index.html', (h) => inBody(h, '<p>Gọi 1800 1567</p>')),
    message: /^\/gioi-thieu\/index\.html: có số .*không được đăng/,
  },
  'phones-from-contacts': {
    break: (d) => edit(d, 'an-toan/index.html', (h) => inBody(h, '<p>Đường dây nóng mới: 0912 345 678</p>')),
    message: /^\/an-toan\/: số "0912 345 678" .*không phải số của đường dây nào/,
  },
  'emergency-lines': {
    break: (d) => edit(d, 'an-toan/index.html', (h) => h.replaceAll('href="tel:111"', 'href="/duong-day-nong/"')),
    message: /^\/an-toan\/: thiếu liên kết gọi tel:111/,
  },
  'article-facts': {
    break: (d) => edit(d, 'bai-viet/mua-ban-nguoi-la-gi-theo-phap-luat/index.html', (h) => h.replaceAll('Rà soát lần cuối', 'Cập nhật')),
    message: /mua-ban-nguoi-la-gi-theo-phap-luat\/: bài viết thiếu "Rà soát lần cuối"/,
  },
  penalties: {
    break: (d) => edit(d, 'phap-luat/index.html', (h) => h.replace('<article id="blhs-2015-dieu-142"', '<article id="khac"')),
    message: /^\/phap-luat\/: blhs-2015 dieu-142: không có trên trang pháp luật/,
  },
  'no-inline-code': {
    break: (d) =>
      edit(d, 'to-giac/index.html', (h) =>
        inBody(h, '<script>alert(1)</script><p onclick="x()">a</p><meta http-equiv="refresh" content="0;url=https://evil.example/">'),
      ),
    message: /^\/to-giac\/: có <script> viết thẳng/,
  },
  'meta-csp': {
    break: (d) => edit(d, 'to-giac/index.html', (h) => h.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')),
    message: /^\/to-giac\/: cần đúng một <meta http-equiv="Content-Security-Policy">, đang có 0/,
  },
  'frame-guard': {
    break: (d) => edit(d, 'duong-day-nong/index.html', (h) => h.replace(' data-frame-guard', '')),
    message: /^\/duong-day-nong\/: thiếu chặn khung/,
  },
  'deployable-address': {
    break: (d) => edit(d, 'index.html', (h) => inBody(h, `<p>${DEFAULT_SITE_URL}/</p>`)),
    message: /bản dựng xem thử: \d+ tệp mang địa chỉ tạm/,
  },
  'page-basics': { break: (d) => edit(d, 'to-giac/index.html', (h) => h.replace(/<title>[^<]*<\/title>/, '')), message: /^\/to-giac\/: thiếu <title>/ },
  links: {
    break: (d) => edit(d, 'to-giac/index.html', (h) => inBody(h, '<a href="/khong-co/">Trang không có</a>')),
    message: /^\/to-giac\/: liên kết hỏng: "\/khong-co\/"/,
  },
  sitemap: {
    break: (d) => {
      mkdirSync(join(d, 'trang-thua'));
      cpSync(join(d, 'to-giac/index.html'), join(d, 'trang-thua/index.html'));
    },
    message: /^\/trang-thua\/: trang không có trong sitemap/,
  },
  'glued-text': {
    break: (d) => edit(d, 'to-giac/index.html', (h) => inBody(h, '<p><a href="/">Đường dây nóng</a><a href="/">Tố giác</a></p>')),
    message: /^\/to-giac\/: chữ bị dính liền: "nóngTố"/,
  },
  // A hub that lists every card at once: what a dozen new articles would do without the cap.
  'article-lists': {
    break: (d) => edit(d, 'hoc-sinh-sinh-vien/index.html', (h) => h.replaceAll('data-list-more', 'data-x')),
    message: /^\/hoc-sinh-sinh-vien\/: liệt kê \d+ bài ngay, tối đa 12/,
  },
  'valid-html': {
    break: (d) => edit(d, 'to-giac/index.html', (h) => inBody(h, '<p id="noi-dung">a</p>')),
    message: /^\/to-giac\/: HTML không hợp lệ \[no-dup-id\]/,
  },
  'search-index': {
    break: (d) => edit(d, 'tim-kiem/index.html', (h) => h.replace('<main ', '<main data-pagefind-body ')),
    message: /^\/tim-kiem\/: trang này không được vào chỉ mục/,
  },
  sharing: {
    break: (d) => edit(d, 'to-giac/index.html', (h) => h.replace(/<meta property="og:image" [^>]*>/, '')),
    message: /^\/to-giac\/: thiếu thẻ chia sẻ og:image/,
  },
  embeds: {
    break: (d) => edit(d, 'nhung/duong-day-nong/index.html', (h) => inBody(h, '<script src="/x.js"></script>')),
    message: /^\/nhung\/duong-day-nong\/: thẻ nhúng không được có <script>/,
  },
  'framing-headers': {
    break: (d) => edit(d, '_headers', (h) => h.slice(0, h.indexOf('\n\n') + 1)),
    message: /^\/nhung\/duong-day-nong\/: _headers cho \/nhung\/duong-day-nong\/: Content-Security-Policy phải là đúng một chính sách với frame-ancestors \*/,
  },
  'contacts-json': {
    break: (d) =>
      edit(d, 'contacts.json', (t) => {
        const data = JSON.parse(t);
        data.contacts = data.contacts.filter((c: { id: string }) => c.id !== 'tong-dai-111');
        return JSON.stringify(data);
      }),
    message: /^\/contacts\.json: thiếu đường dây "tong-dai-111"/,
  },
  rss: { break: (d) => edit(d, 'rss.xml', (x) => x.replace(/<item>[\s\S]*?<\/item>/, '')), message: /^\/rss\.xml: có \d+ mục nhưng \d+ bài viết/ },
  editor: {
    break: (d) => edit(d, 'to-giac/index.html', (h) => inBody(h, '<a href="/quan-tri/">Quản trị nội dung</a>')),
    message: /^\/to-giac\/: trang cho người đọc không được dẫn tới trình soạn thảo/,
  },
  // The stylesheet grown past its inline budget (a few thousand distinct rules): the page and the excess are named.
  'first-view-budgets': {
    break: (d) =>
      edit(d, 'duong-day-nong/index.html', (h) =>
        h.replace('</style>', `${Array.from({ length: 1500 }, (_, i) => `.mo-rong-${i.toString(36)}{margin:${i}px ${i % 7}rem}`).join('')}</style>`),
      ),
    message: /^\/duong-day-nong\/: CSS viết trong trang nặng \d+\.\d KB gzip, vượt ngân sách 6\.0 KB là \d+\.\d KB \(\d+ byte\)/,
  },
};

describe('every check of the registry fails on a dist/ made to break it', () => {
  const copies: string[] = [];
  afterAll(() => {
    for (const d of copies) rmSync(d, { recursive: true, force: true });
  });

  it('has a break for every check', () => {
    expect(SITE_CHECKS.map((c) => c.name).filter((name) => !BREAKS[name])).toEqual([]);
  });

  it.each(SITE_CHECKS.map((c) => [c.name, c] as const))('%s', async (name, check) => {
    const dir = mkdtempSync(join(tmpdir(), `pcmd-broken-${name}-`));
    copies.push(dir);
    cpSync(join(ROOT, 'dist'), dir, { recursive: true });
    BREAKS[name]!.break(dir);
    const ctx = siteContext(dir, { site: DEFAULT_SITE_URL, base: '/', contentDir: join(ROOT, 'content') });
    const problems = (await check.run(ctx)).map((p) => `${p.page}: ${p.message}`);
    expect(
      problems.some((p) => BREAKS[name]!.message.test(p)),
      problems.join('\n') || 'không có lỗi nào',
    ).toBe(true);
  });
});
