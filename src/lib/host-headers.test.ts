import { describe, expect, it } from 'vitest';
import { cspHeader } from './csp';
import { hostHeaders } from './host-headers';

describe('hostHeaders', () => {
  it('writes the same policy for every host, scoped to the base path', () => {
    const { netlify, apache, nginx } = hostHeaders('/pcmd/');
    for (const text of [netlify, apache, nginx]) {
      expect(text).toContain(cspHeader(false));
      expect(text).toContain('no-referrer');
      expect(text).toContain('nosniff');
      expect(text).toContain('Permissions-Policy');
    }
    expect(netlify.startsWith('/pcmd/*\n')).toBe(true);
    expect(apache).toContain('ErrorDocument 404 /pcmd/404.html');
    expect(nginx).toContain('location /pcmd/ {');
  });
});
