import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { svgDataUri } from './favicon.ts';

describe('svgDataUri', () => {
  it('keeps the SVG readable and escapes what a URI or an HTML attribute cannot hold', () => {
    expect(svgDataUri('<svg xmlns="http://www.w3.org/2000/svg">\n  <path fill="#fff" d="M0 0"/></svg>\n')).toBe(
      'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22%3E %3Cpath fill=%22%23fff%22 d=%22M0 0%22/%3E%3C/svg%3E',
    );
  });

  it('gives back the same SVG when decoded (the icon in public/ round-trips)', () => {
    const svg = readFileSync(new URL('../../public/favicon.svg', import.meta.url), 'utf8');
    const uri = svgDataUri(svg);
    expect(uri).not.toMatch(/["<>#&]/);
    expect(decodeURIComponent(uri.slice('data:image/svg+xml,'.length))).toBe(svg.trim().replace(/\s+/g, ' '));
  });
});
