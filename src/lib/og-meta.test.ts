import { describe, expect, it } from 'vitest';
import { ogMeta, type OgInput } from './og-meta';

const page: OgInput = {
  type: 'article',
  title: 'Việc nhẹ lương cao',
  description: 'Nhận ra lời mời đáng ngờ.',
  url: 'https://example.invalid/bai-viet/abc/',
  siteName: 'Phòng, chống mại dâm và mua bán người',
  image: { url: 'https://example.invalid/og/hoc-sinh-sinh-vien.png', width: 1200, height: 630, alt: 'Học sinh, sinh viên' },
};
const get = (key: string) => ogMeta(page).find((m) => m.key === key);

describe('ogMeta', () => {
  it.each([
    ['og:type', 'property', 'article'],
    ['og:title', 'property', 'Việc nhẹ lương cao'],
    ['og:url', 'property', 'https://example.invalid/bai-viet/abc/'],
    ['og:locale', 'property', 'vi_VN'],
    ['og:image', 'property', 'https://example.invalid/og/hoc-sinh-sinh-vien.png'],
    ['og:image:width', 'property', '1200'],
    ['og:image:height', 'property', '630'],
    ['og:image:alt', 'property', 'Học sinh, sinh viên'],
    ['twitter:card', 'name', 'summary_large_image'],
    ['twitter:image', 'name', 'https://example.invalid/og/hoc-sinh-sinh-vien.png'],
  ])('%s', (key, attr, content) => {
    expect(get(key)).toEqual({ attr, key, content });
  });

  it('gives each key once', () => {
    const keys = ogMeta(page).map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each([
    [{ ...page, url: '/bai-viet/abc/' }, /og:url/],
    [{ ...page, image: { ...page.image, url: '/og/chung.png' } }, /og:image\.url/],
  ])('refuses relative URLs', (input, message) => {
    expect(() => ogMeta(input)).toThrow(message);
  });
});
