/**
 * Security headers for static hosts, written from the same policy as the <meta>:
 * `_headers` (Netlify, Cloudflare Pages), `.htaccess` (Apache) and `nginx-headers.conf` (nginx;
 * docs/deploying.md shows it with a placeholder for the style hashes, which change with the CSS). Every path forbids framing except
 * the embed cards at /nhung/<card>/, which any portal may frame.
 */
import { cspHeader, editorCspHeader } from './csp.ts';
import { EDITOR_PATH } from './editor/page.ts';
import { EMBED_CARDS, embedPath } from './embeds.ts';
import { joinBase } from './paths.ts';

/** Build-time choices for the headers. */
export interface HeaderOptions {
  /** Send Strict-Transport-Security (see hstsEnabled). */
  hsts: boolean;
  /** Hash sources of the inline <style> blocks of the built pages (src/lib/style-hashes.ts), for style-src. */
  styleHashes: readonly string[];
}

/**
 * Whether to send HSTS: HSTS=on or off, else on for a site at the root of its host and off under
 * a sub-folder. HSTS covers the whole host name, so from a portal's /pcmd/ it would force the
 * entire portal onto HTTPS for a year: that is the portal's decision, not this folder's.
 */
export function hstsEnabled(value: string | undefined, base: string): boolean {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '') return base === '/';
  if (v === 'on') return true;
  if (v === 'off') return false;
  throw new Error(`HSTS "${value}" chỉ được là on hoặc off (bỏ trống: on khi trang ở gốc tên miền, off khi ở thư mục con)`);
}

/** Headers every response gets; `framable` for the embed cards. */
export function securityHeaders(framable = false, options: HeaderOptions = { hsts: true, styleHashes: [] }): Array<[string, string]> {
  return [
    ['Content-Security-Policy', cspHeader(framable, options.styleHashes)],
    ['Referrer-Policy', 'no-referrer'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()'],
    // A page that opened ours with window.open keeps no handle on it (it could later send the
    // reader's tab to a look-alike). Meta tags cannot carry this one; framed cards are unaffected.
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    // HTTPS hosts only: browsers ignore it over plain HTTP. One year, as hosts commonly advise.
    ...(options.hsts ? [['Strict-Transport-Security', 'max-age=31536000'] as [string, string]] : []),
  ];
}

/**
 * For browsers too old for the CSP's frame-ancestors (current ones ignore it when the CSP has
 * frame-ancestors). Only Apache and nginx get it: they can leave it off the embed cards, while
 * Netlify keeps every header of the `/*` rule on the cards (it ignores "! Name" lines), so in
 * `_headers` it would forbid the framing the cards exist for.
 */
const LEGACY_NO_FRAMING: [string, string] = ['X-Frame-Options', 'DENY'];

/** The URL paths (with the base) of the pages other sites may frame. */
export function framablePaths(base: string): string[] {
  return EMBED_CARDS.map((card) => joinBase(base, embedPath(card)));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The Apache/PCRE pattern matching the framable paths, e.g. ^/pcmd/nhung/(duong-day-nong|cua-vao)/ */
export function framablePattern(base: string): string {
  return `^${escapeRegExp(joinBase(base, '/nhung/'))}(${EMBED_CARDS.map(escapeRegExp).join('|')})/`;
}

/**
 * The browser editor's headers (/quan-tri/): the strict set with the editor's own policy in place
 * of the readers', and a noindex for search engines (the page also says so in a meta tag).
 */
export function editorHeaders(options: HeaderOptions): Array<[string, string]> {
  return [
    ...securityHeaders(false, options).map(([k, v]): [string, string] => (k === 'Content-Security-Policy' ? [k, editorCspHeader()] : [k, v])),
    ['X-Robots-Tag', 'noindex, nofollow'],
  ];
}

/** The three host formats for a site served under `base` ("/" or "/pcmd/"). */
export function hostHeaders(
  base: string,
  options: HeaderOptions = { hsts: base === '/', styleHashes: [] },
): { netlify: string; apache: string; nginx: string } {
  const strict = securityHeaders(false, options);
  const framable = securityHeaders(true, options);
  const strictWithLegacy = [...strict, LEGACY_NO_FRAMING];
  const framableCsp = framable.find(([k]) => k === 'Content-Security-Policy')?.[1] ?? '';
  const editor = editorHeaders(options);
  const editorPath = joinBase(base, EDITOR_PATH);

  // Both hosts apply every rule whose path matches, so an embed card also matches `${base}*`.
  // Cloudflare Pages joins a header set by two rules with a comma (two policies: 'none' would
  // still win) unless the later rule detaches it with "! Name" first. Netlify skips lines
  // without a colon and lets the later (and more specific) rule's value replace the earlier
  // one. So the card rules come last and set only what differs; every other header of `/*`
  // must be right for the cards too (tests/dist/host-headers-semantics.test.ts reads it both ways).
  const netlify = [
    `${base}*`,
    ...strict.map(([k, v]) => `  ${k}: ${v}`),
    '',
    '# Embed cards for commune portals: any site may frame these, and only these.',
    ...framablePaths(base).flatMap((path) => [`${path}*`, '  ! Content-Security-Policy', `  Content-Security-Policy: ${framableCsp}`]),
    '',
    '# The browser editor for staff: its own policy (the GitHub API), not indexed.',
    `${editorPath}*`,
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${editorCspHeader()}`,
    '  X-Robots-Tag: noindex, nofollow',
    '',
  ].join('\n');

  const quote = (v: string) => `"${v.replace(/"/g, '\\"')}"`;
  const apache = [
    '# Security headers for this site (Apache, mod_headers). Generated by the build: edit src/lib/csp.ts.',
    '<IfModule mod_headers.c>',
    ...strictWithLegacy.map(([k, v]) => `  Header always set ${k} ${quote(v)}`),
    '  # Embed cards for commune portals: any site may frame these, and only these.',
    `  <If "%{REQUEST_URI} =~ m#${framablePattern(base)}#">`,
    `    Header always set Content-Security-Policy ${quote(framableCsp)}`,
    '    Header always unset X-Frame-Options',
    '  </If>',
    '  # The browser editor for staff: its own policy (the GitHub API), not indexed.',
    `  <If "%{REQUEST_URI} =~ m#^${escapeRegExp(editorPath)}#">`,
    `    Header always set Content-Security-Policy ${quote(editorCspHeader())}`,
    '    Header always set X-Robots-Tag "noindex, nofollow"',
    '  </If>',
    '</IfModule>',
    `ErrorDocument 404 ${base}404.html`,
    '',
  ].join('\n');

  // nginx: a location with its own add_header inherits none from elsewhere, so each lists all of them.
  const location = (path: string, headers: Array<[string, string]>) => [
    `location ${path} {`,
    ...headers.map(([k, v]) => `  add_header ${k} "${v}" always;`),
    `  error_page 404 ${base}404.html;`,
    '}',
  ];
  const nginx = [
    ...location(base, strictWithLegacy),
    ...framablePaths(base).flatMap((path) => location(path, framable)),
    ...location(editorPath, [...editor, LEGACY_NO_FRAMING]),
    '',
  ].join('\n');
  return { netlify, apache, nginx };
}
