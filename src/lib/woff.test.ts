import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { woffToSfnt } from './woff';

const require = createRequire(import.meta.url);
const woff = readFileSync(require.resolve('@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff'));

describe('woffToSfnt', () => {
  it('unwraps a WOFF font into TrueType with the same tables, each at a 4-byte boundary', () => {
    const ttf = woffToSfnt(woff);
    expect(ttf.readUInt32BE(0)).toBe(0x00010000); // TrueType outlines
    const count = ttf.readUInt16BE(4);
    expect(count).toBe(woff.readUInt16BE(12));
    const tags = Array.from({ length: count }, (_, i) => ttf.subarray(12 + i * 16, 16 + i * 16).toString('latin1'));
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'name']));
    for (let i = 0; i < count; i++) {
      const offset = ttf.readUInt32BE(12 + i * 16 + 8);
      const length = ttf.readUInt32BE(12 + i * 16 + 12);
      expect(offset % 4).toBe(0);
      expect(offset + length).toBeLessThanOrEqual(ttf.length);
    }
    // The head table's magic number survives the inflate.
    const headAt = tags.indexOf('head');
    expect(ttf.readUInt32BE(ttf.readUInt32BE(12 + headAt * 16 + 8) + 12)).toBe(0x5f0f3cf5);
  });

  it('refuses what is not WOFF 1.0', () => {
    expect(() => woffToSfnt(Buffer.from('wOF2 not this one, a woff2 file....................'))).toThrow(/WOFF 1.0/);
  });
});
