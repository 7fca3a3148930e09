/**
 * Where the site lives, from the environment: SITE_URL (origin, for canonical
 * URLs and the sitemap) and BASE_PATH (a sub-folder such as "/pcmd/"), and where
 * its quick exit goes (QUICK_EXIT_URL). Every mistake stops the build with one line
 * naming the variable and what to write instead.
 */
export interface SiteLocation {
  /** Absolute origin with no trailing slash, e.g. "https://phongchongmaidam.vn". */
  site: string;
  /** Path the site is served under, always starting and ending with "/". */
  base: string;
}

/**
 * The address used when no address is known: a host that never resolves (RFC 2606), so a
 * local preview build can link to itself without pointing at someone else's site. A build with
 * it is never deployable: `npm run check:site` refuses it and print sheets carry no QR code.
 */
export const DEFAULT_SITE_URL = 'https://example.invalid';

/** True when a build's origin is the placeholder rather than a real address. */
export function isPlaceholderSite(site: string): boolean {
  return new URL(site).hostname === new URL(DEFAULT_SITE_URL).hostname;
}

/**
 * Variables a host sets to the site's own address during its builds, each read only when the
 * host's own marker variable says the build runs there (a stray URL on a laptop means nothing).
 * Netlify: URL, the site's main address. Cloudflare Pages: CF_PAGES_URL, the address of this
 * deployment. Vercel: VERCEL_PROJECT_PRODUCTION_URL, the production domain without https://.
 */
export const HOST_SITE_VARIABLES = [
  { variable: 'URL', marker: 'NETLIFY', host: 'Netlify' },
  { variable: 'CF_PAGES_URL', marker: 'CF_PAGES', host: 'Cloudflare Pages' },
  { variable: 'VERCEL_PROJECT_PRODUCTION_URL', marker: 'VERCEL', host: 'Vercel', addScheme: true },
] as const;

/** Where the site's address came from: SITE_URL, a host's own variable, or nowhere (a local preview). */
export interface SiteUrlSource {
  value: string | undefined;
  /** The variable it was read from, for messages; undefined when none was set. */
  variable: string | undefined;
}

/** The site address to build with: SITE_URL first, else the host's own variable, else none. */
export function siteUrlFromEnv(env: Record<string, string | undefined>): SiteUrlSource {
  const own = env.SITE_URL?.trim();
  if (own) return { value: own, variable: 'SITE_URL' };
  for (const h of HOST_SITE_VARIABLES) {
    const value = env[h.variable]?.trim();
    if (!value || !env[h.marker]) continue;
    return { value: 'addScheme' in h && !/^https?:\/\//.test(value) ? `https://${value}` : value, variable: h.variable };
  }
  return { value: undefined, variable: undefined };
}

/** The one line a preview build prints, so nobody mistakes it for a deployable one. */
export const PREVIEW_WARNING = `[SITE_URL] Chưa đặt SITE_URL: bản dựng này chỉ để xem thử trên máy (địa chỉ ${DEFAULT_SITE_URL}, tờ in không có mã QR, npm run check:site sẽ từ chối); trước khi đưa lên mạng hãy dựng lại với SITE_URL=https://tên-miền-của-bạn`;

/** Normalise SITE_URL and BASE_PATH; throws with a readable message when they are malformed. */
export function siteLocation(siteUrl: string | undefined, basePath: string | undefined, variable = 'SITE_URL'): SiteLocation {
  const rawSite = (siteUrl ?? '').trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(rawSite);
  } catch {
    throw new Error(`${variable} "${rawSite}" không phải địa chỉ web hợp lệ: ghi đầy đủ, ví dụ https://tenmien.vn`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${variable} "${rawSite}" phải bắt đầu bằng https:// hoặc http://`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`${variable} "${rawSite}" chỉ ghi tên miền; đặt thư mục con bằng BASE_PATH`);
  }
  const rawBase = (basePath ?? '').trim();
  const segments = rawBase.split('/').filter(Boolean);
  // "." and ".." segments are normalised away by browsers before the request, so host rules
  // written for "/./x/" (the _headers and .htaccess paths) would never match what is asked for.
  if (!/^[A-Za-z0-9/_.-]*$/.test(rawBase) || segments.some((s) => /^\.+$/.test(s))) {
    throw new Error(`BASE_PATH "${rawBase}" chỉ được gồm chữ không dấu, số, "-", "_", "." và "/", và không có đoạn "." hay "..": ví dụ /pcmd/`);
  }
  const base = segments.length ? `/${segments.join('/')}/` : '/';
  return { site: url.origin, base };
}

/**
 * Where "Thoát nhanh" goes unless QUICK_EXIT_URL says otherwise: a neutral page with nothing
 * personal on it. The national weather forecast centre (Trung tâm Dự báo KTTV quốc gia; address
 * seen in public code that reads its forecasts, checked 2026-11-23) is ordinary to have open on
 * any phone in Vietnam.
 */
export const DEFAULT_QUICK_EXIT_URL = 'https://nchmf.gov.vn/';

/**
 * Where "Thoát nhanh" goes: an absolute https address on another site. A bare domain would be
 * read as a path on this site (the reader lands on our own 404), and javascript: is blocked
 * by the CSP, leaving the reader where they are: both would fail the one moment it matters.
 */
export function quickExitLocation(raw: string | undefined, site: string, fallback = DEFAULT_QUICK_EXIT_URL): string {
  const value = raw?.trim();
  if (!value) return fallback;
  const fix = `ghi địa chỉ đầy đủ của một trang bình thường ở nơi khác, ví dụ QUICK_EXIT_URL=${fallback}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`QUICK_EXIT_URL "${value}" không phải địa chỉ đầy đủ: ${fix}`);
  }
  if (url.protocol !== 'https:') throw new Error(`QUICK_EXIT_URL "${value}" phải bắt đầu bằng https://: ${fix}`);
  if (url.origin === new URL(site).origin) throw new Error(`QUICK_EXIT_URL "${value}" trỏ về chính trang này: ${fix}`);
  return url.href;
}
