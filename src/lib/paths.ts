/** Internal links and assets, so one sub-folder setting moves the whole site. Plain Node loads this file. */
import type { HubAudience } from './vocabulary.ts';

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

/** The site-absolute path of an audience's hub ("/nguoi-lao-dong/"). */
export function hubPath(audience: HubAudience): string {
  return `/${audience}/`;
}

/** The site-absolute path of a locality edition page. */
export function localityPath(slug: string): string {
  return `/dia-phuong/${slug}/`;
}

/** Anchor id of a provision in the law library: one id space for the whole page. */
export function provisionAnchor(lawId: string, provisionId: string): string {
  return `${lawId}-${provisionId}`;
}

/** The site-absolute path of a law in the law library (its section has the law's id). */
export function lawPath(lawId: string): string {
  return `/phap-luat/#${lawId}`;
}

/** The site-absolute path of a provision in the law library. */
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
