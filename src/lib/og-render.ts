/**
 * SVG to PNG for share images. The font is Be Vietnam Pro Bold (OFL), a TTF from npm
 * (@expo-google-fonts ships whole TTF files; resvg cannot read WOFF): Vietnamese glyphs
 * come from that file, never from whatever fonts the build machine has.
 */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The family name inside the font file; SVG text must ask for exactly this. */
export const OG_FONT_FAMILY = 'Be Vietnam Pro';

/** Path of the font file, resolved from the project (the build bundles this module elsewhere). */
function fontFile(): string {
  const require = createRequire(join(process.cwd(), 'package.json'));
  return require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf');
}

/** Render SVG markup to PNG bytes at its own size. */
export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, { font: { fontFiles: [fontFile()], loadSystemFonts: false, defaultFontFamily: OG_FONT_FAMILY } });
  return resvg.render().asPng();
}
