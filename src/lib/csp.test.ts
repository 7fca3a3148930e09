import { describe, expect, it } from 'vitest';
import { cspHeader, cspMeta } from './csp';

describe('csp', () => {
  it('allows no inline script and no plugins, and keeps forms and base on this site', () => {
    const meta = cspMeta();
    expect(meta).not.toContain('unsafe-inline');
    expect(meta).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(meta).toContain("object-src 'none'");
    expect(meta).toContain("base-uri 'self'");
    expect(meta).toContain("form-action 'self'");
    expect(meta).not.toContain('frame-ancestors');
  });
  it('forbids framing in the header, except for embeds', () => {
    expect(cspHeader(false)).toMatch(/frame-ancestors 'none'$/);
    expect(cspHeader(true)).toMatch(/frame-ancestors \*$/);
  });
});
