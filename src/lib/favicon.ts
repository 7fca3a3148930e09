/**
 * The site's icon, written into each page as a data: URI: without it the browser would spend one
 * more request on the first view (and, for lack of a link, ask for /favicon.ico). The CSP's
 * img-src already allows data: images. public/favicon.svg stays for anyone who links the file.
 */

/** An SVG as a data: URI, percent-encoding only what a URI or the HTML attribute cannot carry as is. */
export function svgDataUri(svg: string): string {
  const body = svg
    .trim()
    .replace(/\s+/g, ' ')
    // Whole code points (the u flag), so a character outside the BMP is encoded as one, not as halves.
    .replace(/[%#<>"&{}|\\^`[\]]|[^\x20-\x7e]/gu, (c) => encodeURIComponent(c));
  return `data:image/svg+xml,${body}`;
}
