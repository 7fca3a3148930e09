import { describe, expect, it } from 'vitest';
import { cspHeader } from './csp';
import { readFileSync } from 'node:fs';
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

describe('README nginx snippet', () => {
  it('is the one the code generates for a site at the root', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(block.trim()).toBe(hostHeaders('/').nginx.trim());
  });
});
