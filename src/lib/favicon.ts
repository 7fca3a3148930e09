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
    .replace(/[%#<>"&{}|\\^`\[\]\u0000-\u001f\u007f-\uffff]/g, (c) => encodeURIComponent(c));
  return `data:image/svg+xml,${body}`;
}
