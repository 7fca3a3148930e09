import { describe, expect, it } from 'vitest';
import { facebookShareUrl, shareLinks } from './share';

describe('facebookShareUrl', () => {
  it.each([
    ['https://example.invalid/bai-viet/abc/', 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.invalid%2Fbai-viet%2Fabc%2F'],
    ['https://xa.gov.vn/pcmd/?a=1&b=2', 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fxa.gov.vn%2Fpcmd%2F%3Fa%3D1%26b%3D2'],
  ])('encodes %s', (url, expected) => {
    expect(facebookShareUrl(url)).toBe(expected);
    expect(new URL(facebookShareUrl(url)).searchParams.get('u')).toBe(url);
  });

  it('refuses a relative URL: a shared link must work outside the site', () => {
    expect(() => facebookShareUrl('/bai-viet/abc/')).toThrow(/địa chỉ đầy đủ/);
  });
});

describe('shareLinks', () => {
  it('lists Facebook with the encoded page URL', () => {
    expect(shareLinks('https://example.invalid/')).toEqual([
      { network: 'facebook', href: 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.invalid%2F' },
    ]);
  });
});
