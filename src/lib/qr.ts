/**
 * QR codes as inline SVG, made at build time: no network, no script. The markup uses
 * presentation attributes only (fill, shape-rendering), never style="", because the
 * Content Security Policy has no 'unsafe-inline' for styles.
 */
import QRCode from 'qrcode';
import { escapeXml } from './xml';

/** Modules of white border on each side: the QR specification asks for 4 so phones find the code. */
export const QUIET_ZONE = 4;

/** The dark modules as one SVG path, each horizontal run of dark modules one rectangle. */
export function qrPath(isDark: (row: number, col: number) => boolean, size: number, offset = QUIET_ZONE): string {
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && isDark(row, col)) col++;
      parts.push(`M${start + offset} ${row + offset}h${col - start}v1h-${col - start}z`);
    }
  }
  return parts.join('');
}

/**
 * An SVG QR code for `text` (a URL), labelled for screen readers with `label`.
 * Error correction M: survives a smudge or a staple on a printed sheet, still small.
 * Size comes from CSS (the viewBox keeps it square and sharp at any size).
 */
export function qrSvg(text: string, label: string): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size + 2 * QUIET_ZONE;
  const d = qrPath((r, c) => Boolean(modules.get(r, c)), modules.size);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="qr" viewBox="0 0 ${n} ${n}" role="img" aria-label="${escapeXml(label)}" shape-rendering="crispEdges">` +
    `<rect width="${n}" height="${n}" fill="#ffffff"/><path fill="#000000" d="${d}"/></svg>`
  );
}
