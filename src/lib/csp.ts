/**
 * The Content Security Policy, in one place: the <meta> in every page and the host
 * header files are written from it, so they cannot drift apart.
 */
import { createHash } from 'node:crypto';

/**
 * Directives every page gets. No inline scripts; no inline styles but the site's own stylesheet,
 * which each page carries in a <style> (its first screen then needs no second round trip) and
 * which is allowed by its SHA-256 hash, added to style-src after the build (src/lib/style-hashes.ts).
 * Pagefind needs WebAssembly; data: images are the icon, written into each page.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-src', "'none'"],
];

/** The CSP source that allows one inline <style> block: 'sha256-<base64 of the SHA-256 of its text>'. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/**
 * The policy for a <meta http-equiv> (browsers ignore frame-ancestors there). `styleHashes` are
 * the hash sources of the inline <style> blocks the site's pages carry; pages are rendered with
 * none, and the build writes the site's list in once every page exists.
 */
export function cspMeta(styleHashes: readonly string[]): string {
  return CSP_DIRECTIVES.map(([k, v]) => `${k} ${k === 'style-src' ? [v, ...styleHashes].join(' ') : v}`).join('; ');
}

/** The policy for an HTTP header: also forbids framing, except embed pages meant for portals. */
export function cspHeader(framable: boolean, styleHashes: readonly string[]): string {
  return `${cspMeta(styleHashes)}; frame-ancestors ${framable ? '*' : "'none'"}`;
}

/**
 * The browser editor's own policy (/quan-tri/, issue 16): only its page gets it, and no other
 * page loads a byte of the editor. Its scripts are still only its own files; what it adds is
 * what the editor needs to work, and nothing for readers:
 * - style-src 'unsafe-inline': the editor (Svelte) writes its component styles into the page;
 * - blob: and data: for images, fonts and files the editor makes in memory (previews, uploads);
 * - the GitHub API and GitHub's status page, and GitHub's image hosts for avatars and media,
 *   only used when someone signs in to edit a GitHub repository.
 */
export const EDITOR_CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' blob: data: https://avatars.githubusercontent.com https://raw.githubusercontent.com"],
  ['font-src', "'self'"],
  ['connect-src', "'self' blob: data: https://api.github.com https://www.githubstatus.com"],
  ['media-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-src', "'self' blob:"],
];

/** The editor's policy for its <meta> (hosts that send no headers still apply it). */
export function editorCspMeta(): string {
  return EDITOR_CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');
}

/** The editor's policy as an HTTP header: nobody may frame the editor. */
export function editorCspHeader(): string {
  return `${editorCspMeta()}; frame-ancestors 'none'`;
}
