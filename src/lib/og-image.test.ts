import { describe, expect, it } from 'vitest';
import { ogCardAlt, ogCardFor, ogImageKeyFor, ogImagePath, ogImageSvg, OG_HEIGHT, OG_WIDTH, wrapText } from './og-image';

describe('ogImageKeyFor', () => {
  it.each([
    [['hoc-sinh-sinh-vien'], 'hoc-sinh-sinh-vien'],
    [['moi-nguoi', 'nguoi-lao-dong'], 'nguoi-lao-dong'],
    [['co-so-kinh-doanh', 'nguoi-lao-dong'], 'co-so-kinh-doanh'],
    [['moi-nguoi'], 'chung'],
  ] as const)('%j -> %s', (audiences, key) => {
    expect(ogImageKeyFor(audiences)).toBe(key);
  });
});

describe('ogImagePath', () => {
  it('is a PNG under /og/', () => expect(ogImagePath('chung')).toBe('/og/chung.png'));
});

describe('wrapText', () => {
  it.each([
    ['Học sinh, sinh viên', 30, 2, ['Học sinh, sinh viên']],
    ['một hai ba bốn năm', 8, 3, ['một hai', 'ba bốn', 'năm']],
    ['một hai ba bốn năm sáu', 8, 2, ['một hai', 'ba bốn…']],
    ['một, hai, ba', 5, 2, ['một,', 'hai…']],
  ])('%s / %i chars / %i lines', (text, chars, lines, expected) => {
    expect(wrapText(text, chars, lines)).toEqual(expected);
  });
});

describe('ogImageSvg', () => {
  const svg = ogImageSvg({ kicker: 'Trang A & B', heading: 'Học sinh, sinh viên', lead: 'Nhận ra nguy cơ', footer: 'Gọi 113 · 111' });
  it('is 1200×630 with the texts escaped', () => {
    expect(svg).toContain(`width="${OG_WIDTH}" height="${OG_HEIGHT}"`);
    expect(svg).toContain('Trang A &amp; B');
    expect(svg).toContain('>Học sinh, sinh viên<');
    expect(svg).toContain('>Gọi 113 · 111<');
  });
});

describe('ogCardFor', () => {
  it('names the audience and the numbers it is given', () => {
    const card = ogCardFor('nguoi-lao-dong', ['113', '111']);
    expect(card.heading).toBe('Người lao động');
    expect(card.footer).toContain('113 · 111');
    expect(ogCardAlt(card)).toMatch(/^Người lao động\. .+113 · 111$/);
  });
  it('uses the site tagline for the general image', () => {
    expect(ogCardFor('chung', ['113']).heading).toBe('Hiểu luật, nhận ra mánh khóe, biết gọi ai');
  });
});
