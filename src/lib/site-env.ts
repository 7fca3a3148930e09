/**
 * Where the site lives, from the environment: SITE_URL (origin, for canonical
 * URLs and the sitemap) and BASE_PATH (a sub-folder such as "/pcmd/").
 */
export interface SiteLocation {
  /** Absolute origin with no trailing slash, e.g. "https://phongchongmaidam.vn". */
  site: string;
  /** Path the site is served under, always starting and ending with "/". */
  base: string;
}

/** The address used when SITE_URL is not set: a placeholder host that never resolves to someone else's site. */
export const DEFAULT_SITE_URL = 'https://example.invalid';

/** Normalise SITE_URL and BASE_PATH; throws with a readable message when they are malformed. */
export function siteLocation(siteUrl: string | undefined, basePath: string | undefined): SiteLocation {
  const rawSite = (siteUrl ?? '').trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(rawSite);
  } catch {
    throw new Error(`SITE_URL "${rawSite}" không phải địa chỉ web hợp lệ (ví dụ https://tenmien.vn)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${rawSite}" phải bắt đầu bằng https:// hoặc http://`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL "${rawSite}" chỉ ghi tên miền; đặt thư mục con bằng BASE_PATH`);
  }
  const rawBase = (basePath ?? '').trim();
  if (!/^[A-Za-z0-9/_.-]*$/.test(rawBase) || rawBase.includes('..')) {
    throw new Error(`BASE_PATH "${rawBase}" chỉ được gồm chữ không dấu, số, "-", "_", "." và "/"`);
  }
  const segments = rawBase.split('/').filter(Boolean);
  const base = segments.length ? `/${segments.join('/')}/` : '/';
  return { site: url.origin, base };
}
