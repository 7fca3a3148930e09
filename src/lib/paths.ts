/** Internal links and assets, so one sub-folder setting moves the whole site. */

/** Join the site base ("/" or "/pcmd/") with a site-absolute path ("/phap-luat/#dieu-1"). */
export function joinBase(base: string, path: string): string {
  if (!path.startsWith('/')) throw new Error(`Đường dẫn nội bộ phải bắt đầu bằng "/": "${path}"`);
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  return cleanBase + path.slice(1);
}

/** The site-absolute path of an article. */
export function articlePath(slug: string): string {
  return `/bai-viet/${slug}/`;
}

/** The site-absolute path of a locality edition page. */
export function localityPath(slug: string): string {
  return `/dia-phuong/${slug}/`;
}

/** Anchor id of a provision in the law library: one id space for the whole page. */
export function provisionAnchor(lawId: string, provisionId: string): string {
  return `${lawId}-${provisionId}`;
}

/**
 * The site-absolute path of a provision in the law library.
 * @public Not used by a page yet: Cite and PageFacts still build this path by hand (review D7;
 * issue 15 step 4 moves them onto it, then this tag goes).
 */
export function provisionPath(lawId: string, provisionId: string): string {
  return `/phap-luat/#${provisionAnchor(lawId, provisionId)}`;
}

/**
 * A link as written in Markdown, made to work under the base: site-absolute paths
 * ("/ho-tro/") get the base; external, protocol-relative and fragment links are left alone.
 */
export function baseHref(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  if (base !== '/' && (href === base.slice(0, -1) || href.startsWith(base))) return href;
  return joinBase(base, href);
}
