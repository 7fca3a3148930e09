import { describe, expect, it } from 'vitest';
import { cspHeader, cspMeta, styleHash } from './csp';

describe('csp', () => {
  it('allows no inline script and no plugins, and keeps forms and base on this site', () => {
    const meta = cspMeta([styleHash('a{}')]);
    expect(meta).not.toContain('unsafe-inline');
    expect(meta).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(meta).toContain("object-src 'none'");
    expect(meta).toContain("base-uri 'self'");
    expect(meta).toContain("form-action 'self'");
    expect(meta).not.toContain('frame-ancestors');
  });
  it('allows inline styles only by the hashes it is given', () => {
    expect(cspMeta([])).toContain("style-src 'self';");
    expect(cspMeta(["'sha256-AAA='", "'sha256-BBB='"])).toContain("style-src 'self' 'sha256-AAA=' 'sha256-BBB=';");
    // The hash of "a{}" (printf 'a{}' | openssl dgst -sha256 -binary | base64).
    expect(styleHash('a{}')).toBe("'sha256-X1RutGBrXCt9KkSaXMK7tHftWiRscFHOhxsS8tv8hBk='");
  });
  it('forbids framing in the header, except for embeds', () => {
    expect(cspHeader(false, [])).toMatch(/frame-ancestors 'none'$/);
    expect(cspHeader(true, ["'sha256-AAA='"])).toMatch(/style-src 'self' 'sha256-AAA='; .*frame-ancestors \*$/);
  });
});
