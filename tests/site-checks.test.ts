/** The built-site checks themselves, on small pages made to break them: a check that cannot fail proves nothing. */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import type { BuiltPage } from '../scripts/lib/dist.ts';
import { urlPathOf } from '../scripts/lib/dist.ts';
import { checkPageBasics } from '../scripts/checks/page-basics.ts';
import { checkLinks } from '../scripts/checks/links.ts';
import { checkGluedText, gluedWords } from '../scripts/checks/glued-text.ts';
import { checkValidHtml } from '../scripts/checks/valid-html.ts';

const page = (path: string, body: string, head = '<title>T</title><meta name="description" content="d"><link rel="canonical" href="https://x.vn/">'): BuiltPage => {
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
    const ok = page('/', '<h1>H</h1><a href="/a/">Trang A</a><a href="/a/#muc">Mục M</a><a href="a/">Trang A</a><link rel="stylesheet" href="/_astro/x.css"><a href="tel:113">Gọi 113</a><a href="https://b.vn" rel="external noopener noreferrer">Trang B<span class="sr-only"> (trang ngoài)</span><span aria-hidden="true"> ↗</span></a><a href="/a/">Xem thêm về trang A</a>');
    expect(checkLinks([ok, target], served, '/')).toEqual([]);
  });
  it('reports broken links, missing anchors, bad tel:, unmarked external links and vague text', () => {
    const bad = page('/', '<h1>H</h1><a href="/khong-co/">Trang</a><a href="/a/#khong">Mục</a><a href="tel:1800 1233">Gọi</a><a href="https://b.vn">B</a><a href="/a/">Xem thêm</a>');
    const messages = checkLinks([bad, target], served, '/').map((p) => `${p.page} ${p.message}`);
    expect(messages).toHaveLength(6);
    expect(messages.join('\n')).toMatch(/khong-co[\s\S]*#khong[\s\S]*tel:1800 1233[\s\S]*b\.vn" thiếu rel[\s\S]*b\.vn" chưa được đánh dấu[\s\S]*Xem thêm/);
  });
  it('wants both noopener and noreferrer, and the visible mark, on every external link but quick exit', () => {
    const half = page('/', '<h1>H</h1><a href="https://b.vn" rel="noreferrer">Trang B ↗ (trang ngoài)</a><a href="https://c.vn" rel="noopener noreferrer">Trang C</a><a href="https://d.vn" data-quick-exit rel="noopener noreferrer">Thoát nhanh</a>');
    expect(checkLinks([half, target], served, '/').map((p) => p.message)).toEqual([
      expect.stringMatching(/b\.vn" thiếu rel="noopener"/),
      expect.stringMatching(/c\.vn" chưa được đánh dấu/),
    ]);
  });
  it('refuses scripts, styles and images from another site, but not a canonical link', () => {
    const thirdParty = page('/', '<h1>H</h1><script src="https://cdn.x.com/a.js"></script><link rel="stylesheet" href="https://fonts.x.com/f.css"><img src="https://x.com/a.png" alt="A"><link rel="canonical" href="https://x.vn/">');
    expect(checkLinks([thirdParty, target], served, '/').map((p) => p.message)).toEqual([
      expect.stringMatching(/<script> tải "https:\/\/cdn\.x\.com/),
      expect.stringMatching(/<link> tải "https:\/\/fonts\.x\.com/),
      expect.stringMatching(/<img> tải "https:\/\/x\.com/),
    ]);
  });
  it.each(['Xem thêm »', 'bấm vào đây', 'Tại đây.', 'Click', 'link', 'Đọc tiếp →'])('calls "%s" vague, also as an external link', (text) => {
    const vague = page('/', `<h1>H</h1><a href="/a/">${text}</a><a href="https://b.vn" rel="noopener noreferrer">${text}<span class="sr-only"> (trang ngoài)</span><span aria-hidden="true"> ↗</span></a>`);
    const messages = checkLinks([vague, target], served, '/').map((p) => p.message);
    expect(messages).toEqual([expect.stringMatching(/tới \/a\/\) không nói rõ/), expect.stringMatching(/tới https:\/\/b\.vn\) không nói rõ/)]);
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
