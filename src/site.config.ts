/**
 * Site-wide settings, each overridable by an environment variable at build time.
 * SITE_URL and BASE_PATH are read in astro.config.mjs; Astro exposes them here as
 * import.meta.env.SITE and BASE_URL.
 */
import { joinBase } from './lib/paths';

export const siteConfig = {
  /**
   * Where "Thoát nhanh" goes: a neutral page with nothing personal on it. The national
   * weather forecast centre (Trung tâm Dự báo KTTV quốc gia; address seen in public code that reads
   * its forecasts, checked 2026-11-23) is ordinary to have open on any phone in Vietnam.
   */
  quickExitUrl: process.env.QUICK_EXIT_URL?.trim() || 'https://nchmf.gov.vn/',
  /** A commune's edition: the slug of a file in content/localities, or undefined for the national site. */
  locality: process.env.SITE_LOCALITY?.trim() || undefined,
  /** When the site was built; "now" for staleness checks, so one build is self-consistent. */
  builtAt: new Date(),
} as const;

/** Every internal link and asset goes through here, so a sub-folder build works. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** Absolute URL of a site path, for canonical links and sharing. */
export function absoluteUrl(path: string): string {
  return new URL(href(path), import.meta.env.SITE).toString();
}
