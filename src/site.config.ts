/**
 * Site-wide settings, each overridable by an environment variable at build time.
 * SITE_URL and BASE_PATH are read in astro.config.mjs; Astro exposes them here as
 * import.meta.env.SITE and BASE_URL.
 */
import { joinBase } from './lib/paths';
import { isPlaceholderSite, quickExitLocation } from './lib/site-env';

export const siteConfig = {
  /** Where "Thoát nhanh" goes: QUICK_EXIT_URL, checked, or DEFAULT_QUICK_EXIT_URL (see lib/site-env.ts). */
  quickExitUrl: quickExitLocation(process.env.QUICK_EXIT_URL, import.meta.env.SITE),
  /** A commune's edition: the slug of a file in content/localities, or undefined for the national site. */
  locality: process.env.SITE_LOCALITY?.trim() || undefined,
  /** When the site was built; "now" for staleness checks, so one build is self-consistent. */
  builtAt: new Date(),
} as const;

/**
 * True for a build without a real address (no SITE_URL nor host variable): fine to look at on
 * this machine, never to publish or print. Print sheets then carry no QR code.
 */
export const isPreviewBuild = isPlaceholderSite(import.meta.env.SITE);

/** Every internal link and asset goes through here, so a sub-folder build works. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** Absolute URL of a site path, for canonical links and sharing. */
export function absoluteUrl(path: string): string {
  return new URL(href(path), import.meta.env.SITE).toString();
}
