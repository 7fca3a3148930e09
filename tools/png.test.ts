import { describe, expect, it } from 'vitest';
import { pngSize } from './png';

describe('pngSize', () => {
  it('reads width and height from the IHDR chunk', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000004b00000027608060000001f', 'hex');
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
  it('refuses other files', () => {
    expect(() => pngSize(Buffer.from('GIF89a........................'))).toThrow(/PNG/);
  });
});
