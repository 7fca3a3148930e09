import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { qrPath, qrSvg, QUIET_ZONE } from './qr';

/** Render SVG markup to pixels and read the QR code back, as a phone camera would. */
function decode(svg: string): string | undefined {
  const png = PNG.sync.read(new Resvg(svg, { fitTo: { mode: 'width', value: 400 } }).render().asPng());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

describe('qrPath', () => {
  it('draws each horizontal run of dark modules as one rectangle, shifted by the quiet zone', () => {
    const grid = [
      [1, 1, 0],
      [0, 1, 0],
      [0, 0, 0],
    ];
    expect(qrPath((r, c) => grid[r]?.[c] === 1, 3, 0)).toBe('M0 0h2v1h-2zM1 1h1v1h-1z');
    expect(qrPath((r, c) => r === 0 && c === 0, 1)).toBe(`M${QUIET_ZONE} ${QUIET_ZONE}h1v1h-1z`);
  });
});

describe('qrSvg', () => {
  it.each(['https://example.invalid/tai-lieu/ap-phich/hoc-sinh-sinh-vien/', 'https://xa-vidu.gov.vn/pcmd/tai-lieu/the-bo-tui/'])('scans back to %s', (url) => {
    expect(decode(qrSvg(url, 'Mã QR'))).toBe(url);
  });

  it('uses presentation attributes only: no style attribute for the CSP to block', () => {
    const svg = qrSvg('https://example.invalid/', 'Mã QR');
    expect(svg).not.toMatch(/style=/);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
  });

  it('escapes the label', () => {
    expect(qrSvg('https://example.invalid/', 'a "b" <c>')).toContain('aria-label="a &quot;b&quot; &lt;c&gt;"');
  });
});
