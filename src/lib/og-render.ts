/**
 * SVG to PNG for share images, with Noto Sans Bold from npm (@fontsource, OFL): Vietnamese
 * glyphs come from the font file, never from whatever fonts the build machine has.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { woffToSfnt } from './woff';

// @fontsource splits the font by script; Vietnamese text needs both the Latin and the Vietnamese part.
const FONT_FILES = ['noto-sans-latin-700-normal.woff', 'noto-sans-vietnamese-700-normal.woff'];

let fontPaths: string[] | undefined;

/** The fonts as TTF files in a temporary folder (resvg loads fonts from files), made once per process. */
function fonts(): string[] {
  if (fontPaths) return fontPaths;
  const require = createRequire(join(process.cwd(), 'package.json'));
  const dir = mkdtempSync(join(tmpdir(), 'pcmd-fonts-'));
  fontPaths = FONT_FILES.map((name) => {
    const ttf = join(dir, name.replace(/\.woff$/, '.ttf'));
    writeFileSync(ttf, woffToSfnt(readFileSync(require.resolve(`@fontsource/noto-sans/files/${name}`))));
    return ttf;
  });
  return fontPaths;
}

/** Render SVG markup to PNG bytes at its own size. */
export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, { font: { fontFiles: fonts(), loadSystemFonts: false, defaultFontFamily: 'Noto Sans' } });
  return resvg.render().asPng();
}
