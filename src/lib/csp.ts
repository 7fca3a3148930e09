/**
 * The Content Security Policy, in one place: the <meta> in every page and the host
 * header files are written from it, so they cannot drift apart.
 */

/** Directives every page gets. No inline scripts or styles; Pagefind needs WebAssembly. */
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

/** The policy for a <meta http-equiv> (browsers ignore frame-ancestors there). */
export function cspMeta(): string {
  return CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');
}

/** The policy for an HTTP header: also forbids framing, except embed pages meant for portals. */
export function cspHeader(framable: boolean): string {
  return `${cspMeta()}; frame-ancestors ${framable ? '*' : "'none'"}`;
}
