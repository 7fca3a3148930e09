import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { OG_FONT_FAMILY, renderPng } from './og-render';
import { ogImageSvg } from './og-image';
import { pngSize } from '../../tools/png';

/** Pixels of one character drawn large, to compare glyphs. */
const glyph = (ch: string) =>
  PNG.sync
    .read(
      renderPng(
        `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="100"><text x="10" y="75" font-size="60" font-family="${OG_FONT_FAMILY}" font-weight="700">${ch}</text></svg>`,
      ),
    )
    .data.toString('base64');

describe('renderPng', () => {
  it('renders a share image at 1200×630', () => {
    const png = renderPng(ogImageSvg({ kicker: 'Phòng, chống mại dâm', heading: 'Người lao động', lead: 'Tìm việc an toàn', footer: 'Gọi 113 · 111' }));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it('has a real glyph for every Vietnamese letter (none drawn as the missing glyph)', () => {
    const missing = glyph('\u{E000}'); // a private-use code point the font lacks: drawn as its "missing" glyph
    const letters = [...'ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ'];
    const boxed = [...letters, ...letters.map((l) => l.toUpperCase())].filter((l) => glyph(l) === missing);
    expect(boxed).toEqual([]);
  });
});
