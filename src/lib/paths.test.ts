import { describe, expect, it } from 'vitest';
import { articlePath, baseHref, joinBase, provisionPath } from './paths';

describe('joinBase', () => {
  it.each([
    ['/', '/', '/'],
    ['/', '/phap-luat/', '/phap-luat/'],
    ['/pcmd/', '/phap-luat/', '/pcmd/phap-luat/'],
    ['/pcmd', '/phap-luat/#a', '/pcmd/phap-luat/#a'],
    ['/pcmd/', '/', '/pcmd/'],
  ])('base %j + %j', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });

  it('refuses relative paths, which would break under a sub-folder', () => {
    expect(() => joinBase('/', 'phap-luat/')).toThrow(/bắt đầu bằng/);
  });
});

describe('content paths', () => {
  it('builds stable article and provision paths', () => {
    expect(articlePath('viec-nhe-luong-cao')).toBe('/bai-viet/viec-nhe-luong-cao/');
    expect(provisionPath('blhs-2015', 'dieu-327')).toBe('/phap-luat/#blhs-2015-dieu-327');
  });
});

describe('baseHref', () => {
  it.each([
    ['/', '/ho-tro/', '/ho-tro/'],
    ['/pcmd/', '/ho-tro/', '/pcmd/ho-tro/'],
    ['/pcmd/', '/pcmd/ho-tro/', '/pcmd/ho-tro/'],
    ['/pcmd/', '//cdn.example/x', '//cdn.example/x'],
    ['/pcmd/', 'https://x.vn/', 'https://x.vn/'],
    ['/pcmd/', '#muc', '#muc'],
    ['/pcmd/', 'tel:113', 'tel:113'],
  ])('base %j, href %j', (base, href, expected) => {
    expect(baseHref(href, base)).toBe(expected);
  });
});
