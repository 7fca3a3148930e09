import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { articleRefsPlugin, finishLinks, parseReference, referenceSource, splitArticleHtml } from './article-refs';

const file = new URL(`file://${process.cwd()}/content/articles/vi/bai-thu.md`);
const render = async (md: string) => (await markdownToHtml(md, { mdastPlugins: [articleRefsPlugin], fileURL: file })).html;
const finish = { base: '/pcmd/', external: { rel: 'external noopener noreferrer', className: 'break-words', markHtml: '<span> ↗</span>' } };

describe('parseReference', () => {
  it('reads the three kinds, with and without provision and clause', () => {
    expect(parseReference('cite:nd-282-2025')).toEqual({ kind: 'cite', law: 'nd-282-2025' });
    expect(parseReference('cite:blhs-2015/dieu-327')).toEqual({ kind: 'cite', law: 'blhs-2015', provision: 'dieu-327' });
    expect(parseReference('cite:blhs-2015/dieu-327/khoan-2')).toEqual({ kind: 'cite', law: 'blhs-2015', provision: 'dieu-327', clause: '2' });
    expect(parseReference('penalties:nd-282-2025/dieu-32')).toEqual({ kind: 'penalties', law: 'nd-282-2025', provision: 'dieu-32' });
    expect(parseReference('hotline:tong-dai-111')).toEqual({ kind: 'hotline', id: 'tong-dai-111' });
  });

  it('leaves ordinary links alone', () => {
    expect(parseReference('/bai-viet/x/')).toBeUndefined();
    expect(parseReference('https://example.vn/')).toBeUndefined();
    expect(parseReference('tel:111')).toBeUndefined();
  });

  it('refuses a malformed reference and shows the right shape', () => {
    expect(() => parseReference('penalties:nd-282-2025')).toThrow(/"penalties:nd-282-2025" viết sai dạng.*penalties:nd-282-2025\/dieu-32/);
    expect(() => parseReference('cite:blhs-2015/dieu-327/2')).toThrow(/khoan-2/);
    expect(() => parseReference('hotline:Tong dai')).toThrow(/hotline:tong-dai-111/);
  });

  it('writes a reference back the way an editor wrote it', () => {
    for (const url of ['cite:nd-282-2025', 'cite:blhs-2015/dieu-327/khoan-2', 'penalties:a/dieu-1', 'hotline:tong-dai-111']) {
      expect(referenceSource(parseReference(url)!)).toBe(`[](${url})`);
    }
  });
});

describe('articleRefsPlugin', () => {
  it('leaves markers, inline for citations and as blocks for penalties and hotlines', async () => {
    const html = await render('Theo [](cite:blhs-2015/dieu-327), rồi.\n\n[](penalties:nd-282-2025/dieu-32)\n\n[](hotline:tong-dai-111)\n');
    expect(html).toBe(
      '<p>Theo <site-ref data-ref="cite:blhs-2015/dieu-327"></site-ref>, rồi.</p>\n' +
        '<site-ref data-ref="penalties:nd-282-2025/dieu-32"></site-ref>\n' +
        '<site-ref data-ref="hotline:tong-dai-111"></site-ref>\n',
    );
  });

  it('writes no base, no edition and no data into the HTML it caches', async () => {
    const html = await render('Xem [bài](/bai-viet/x/) và [](cite:blhs-2015).\n\n[](hotline:tong-dai-111)\n');
    expect(html).toContain('<a href="/bai-viet/x/">bài</a>');
    expect(html).not.toMatch(/Bộ luật|Tổng đài|pcmd/);
  });

  it('stops the build naming the file and the reference when one is written wrong', async () => {
    await expect(render('Gọi [](hotline:tong-dai-111) ngay.')).rejects.toThrow(
      /content\/articles\/vi\/bai-thu\.md:1: \[\]\(hotline:tong-dai-111\) phải đứng riêng một đoạn/,
    );
    await expect(render('Theo [Điều 327](cite:blhs-2015/dieu-327).')).rejects.toThrow(/bai-thu\.md:1: .*để trống phần chữ/);
    await expect(render('Theo [](cite:blhs-2015/Dieu-327).')).rejects.toThrow(/bai-thu\.md:1: "cite:blhs-2015\/Dieu-327" viết sai dạng/);
  });
});

describe('splitArticleHtml', () => {
  it('cuts the HTML at the markers, in order, keeping the text between', () => {
    const parts = splitArticleHtml('<p>A <site-ref data-ref="cite:l/dieu-1"></site-ref> b</p>\n<site-ref data-ref="hotline:h"></site-ref>');
    expect(parts).toEqual([
      { kind: 'html', html: '<p>A ' },
      { kind: 'ref', ref: { kind: 'cite', law: 'l', provision: 'dieu-1' } },
      { kind: 'html', html: ' b</p>\n' },
      { kind: 'ref', ref: { kind: 'hotline', id: 'h' } },
    ]);
  });

  it('returns HTML without markers whole', () => {
    expect(splitArticleHtml('<p>x</p>')).toEqual([{ kind: 'html', html: '<p>x</p>' }]);
  });
});

describe('finishLinks', () => {
  it('puts the base before site paths, once', () => {
    expect(finishLinks('<a href="/ho-tro/">x</a> <a href="/pcmd/a/">y</a>', finish)).toBe('<a href="/pcmd/ho-tro/">x</a> <a href="/pcmd/a/">y</a>');
    expect(finishLinks('<a href="/a/">x</a>', { ...finish, base: '/' })).toBe('<a href="/a/">x</a>');
  });

  it('keeps query strings escaped', () => {
    expect(finishLinks('<a href="/tim-kiem/?q=a&amp;b=c">x</a>', finish)).toBe('<a href="/pcmd/tim-kiem/?q=a&amp;b=c">x</a>');
  });

  it('marks links that leave the site and leaves fragments alone', () => {
    expect(finishLinks('<a href="https://a.vn/">A</a> <a href="#muc">B</a>', finish)).toBe(
      '<a href="https://a.vn/" rel="external noopener noreferrer" class="break-words">A<span> ↗</span></a> <a href="#muc">B</a>',
    );
  });
});

describe('articleRefsPlugin refuses what an article must not carry', () => {
  const fails = async (md: string) => {
    try {
      await render(md);
    } catch (e) {
      return (e as Error).message;
    }
    return 'không có lỗi';
  };
  it.each([
    [
      'a meta refresh (review M3)',
      'Đoạn một.\n\n<meta http-equiv="refresh" content="0;url=https://evil.example/">\n',
      /bai-thu\.md:3: bài viết không được chứa HTML \(<meta http-equiv="refresh"/,
    ],
    ['a comment', 'Đoạn một <!-- nguồn tin là chị Lan --> tiếp.\n', /bai-thu\.md:1: bài viết không được chứa HTML \(<!--/],
    ['hidden search metadata', 'Chữ <span hidden data-pagefind-meta="title:Gọi 0912 345 678">x</span>.\n', /bai-thu\.md:1: .*không được chứa HTML/],
    ['a form', '<form action="https://evil.example"><input></form>\n', /không được chứa HTML/],
    ['a raw reference marker (review L5)', 'Gọi <site-ref data-ref="hotline:canh-sat-113"></site-ref> ngay.\n', /bai-thu\.md:1: .*không được chứa HTML/],
    ['an image', 'Ảnh:\n\n![chân dung](https://tracker.example/a.png)\n', /bai-thu\.md:3: bài viết không được có ảnh/],
    ['a protocol-relative link', '[xem trang](//evil.example/page)\n', /liên kết "\/\/evil\.example\/page" không được phép/],
    ['a javascript: link', '[bấm](javascript:alert(1))\n', /liên kết "javascript:alert\(1\)" không được phép/],
    ['a data: link', '[bấm](data:text/html,abc)\n', /không được phép/],
    ['a relative link', '[trang](bai-viet/x/)\n', /không được phép/],
  ])('refuses %s, naming file and line', async (_, md, message) => {
    const error = await fails(md);
    expect(error).toMatch(message);
    expect(error).not.toContain('\n');
  });

  it('accepts the links articles use', async () => {
    const html = await render('[A](/bai-viet/x/), [B](https://b.vn/), [C](#muc), [D](mailto:a@b.vn), [E](tel:111), <https://c.vn>.\n');
    expect(html).toContain('href="https://c.vn"');
  });
});
