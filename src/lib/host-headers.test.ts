import { describe, expect, it } from 'vitest';
import { cspHeader } from './csp';
import { readFileSync } from 'node:fs';
import { framablePaths, framablePattern, hostHeaders, hstsEnabled, securityHeaders } from './host-headers';
import { everyHostReading } from '../../tools/host-semantics.ts';

describe('hostHeaders', () => {
  it('writes the same policy for every host, scoped to the base path', () => {
    const { netlify, apache, nginx } = hostHeaders('/pcmd/');
    for (const text of [netlify, apache, nginx]) {
      expect(text).toContain(cspHeader(false, []));
      expect(text).toContain(cspHeader(true, []));
      expect(text).toContain('no-referrer');
      expect(text).toContain('nosniff');
      expect(text).toContain('Permissions-Policy');
    }
    // Old browsers' framing guard only where the host can keep it off the embed cards.
    expect(apache).toContain('X-Frame-Options');
    expect(nginx).toContain('X-Frame-Options');
    expect(netlify).not.toContain('X-Frame-Options');
    expect(netlify.startsWith('/pcmd/*\n')).toBe(true);
    expect(apache).toContain('ErrorDocument 404 /pcmd/404.html');
    expect(nginx).toContain('location /pcmd/ {');
    expect(nginx).toContain('location /pcmd/nhung/duong-day-nong/ {');
  });

  // What a request gets from _headers, for the base at the root and in a sub-folder.
  const cases: Array<[string, string, boolean]> = [
    ['/', '/', false],
    ['/', '/nhung/', false],
    ['/', '/duong-day-nong/', false],
    ['/', '/nhung/duong-day-nong/', true],
    ['/', '/nhung/cua-vao/', true],
    ['/', '/nhung/cua-vao/index.html', true],
    ['/pcmd/', '/pcmd/nhung/duong-day-nong/', true],
    ['/pcmd/', '/pcmd/nhung/', false],
    ['/pcmd/', '/pcmd/tai-lieu/', false],
  ];
  it.each(cases)('_headers under base %s: %s framable = %s, as Netlify and Cloudflare read it', async (base, path, framable) => {
    for (const [host, headersFor] of await everyHostReading(hostHeaders(base).netlify)) {
      const headers = headersFor(path);
      // One policy, not two joined by a comma (which would keep 'none' in force).
      expect(headers.get('content-security-policy'), host).toBe(cspHeader(framable, []));
      expect(headers.get('x-frame-options'), host).toBeUndefined();
      expect(headers.get('referrer-policy'), host).toBe('no-referrer');
    }
  });

  it.each(cases)('.htaccess under base %s: %s framable = %s', (base, path, framable) => {
    const { apache } = hostHeaders(base);
    expect(apache).toContain(`m#${framablePattern(base)}#`);
    expect(new RegExp(framablePattern(base)).test(path)).toBe(framable);
  });

  it('lists the embed cards, with the base', () => {
    expect(framablePaths('/pcmd/')).toEqual(['/pcmd/nhung/duong-day-nong/', '/pcmd/nhung/cua-vao/']);
    expect(framablePattern('/a.b/')).toBe('^/a\\.b/nhung/(duong-day-nong|cua-vao)/');
  });
});

describe('HSTS and COOP (review L7, L9)', () => {
  it.each([
    [undefined, '/', true],
    [undefined, '/pcmd/', false],
    ['on', '/pcmd/', true],
    [' OFF ', '/', false],
  ])('HSTS=%j under %s: %s', (value, base, on) => {
    expect(hstsEnabled(value, base)).toBe(on);
    const names = hostHeaders(base, { hsts: on, styleHashes: [] }).netlify;
    expect(names.includes('Strict-Transport-Security')).toBe(on);
  });
  it('refuses anything but on or off, in one line naming the variable', () => {
    expect(() => hstsEnabled('yes', '/')).toThrow(/^HSTS "yes" chỉ được là on hoặc off/);
  });
  it('sends no HSTS from a sub-folder unless asked, in all three host formats', () => {
    for (const text of Object.values(hostHeaders('/pcmd/'))) expect(text).not.toContain('Strict-Transport-Security');
    for (const text of Object.values(hostHeaders('/'))) expect(text).toContain('Strict-Transport-Security');
  });
  it('keeps openers away from every page, embed cards included', () => {
    for (const framable of [false, true]) expect(securityHeaders(framable)).toContainEqual(['Cross-Origin-Opener-Policy', 'same-origin']);
  });
});

/** What docs/deploying.md shows in place of the build's style hashes. */
const DOCS_STYLE_HASH = "'sha256-HASHES-OF-THE-INLINE-CSS'";

describe('nginx snippet in docs/deploying.md', () => {
  it('is the one the code generates for a site at the root', () => {
    const doc = readFileSync(new URL('../../docs/deploying.md', import.meta.url), 'utf8');
    const block = /```nginx\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    // The style hashes change with the CSS: the docs show where they go, the build writes them.
    expect(block.trim()).toBe(hostHeaders('/', { hsts: true, styleHashes: [DOCS_STYLE_HASH] }).nginx.trim());
  });
});
