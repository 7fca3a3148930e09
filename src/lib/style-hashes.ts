/**
 * The site's stylesheet is written into each page's <head> as a <style> block (astro.config.mjs,
 * `inlineStylesheets: 'always'`), so the first screen needs no second round trip. The CSP allows
 * exactly those blocks by their SHA-256 hashes, never by 'unsafe-inline'. Pages are rendered
 * before the bundled CSS is known, so the build collects the blocks of every reader page and
 * writes the one hash list into each page's CSP <meta> and into the host files
 * (src/integrations/host-headers.ts); the staff editor keeps its own policy.
 */
import { cspMeta, styleHash } from './csp.ts';

/** The text of every <style> element in an HTML document, exactly as the browser hashes it. */
export function inlineStyleBlocks(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1] as string);
}

/** The sorted, de-duplicated hash sources of every <style> block in the given pages. */
export function siteStyleHashes(htmls: Iterable<string>): string[] {
  const hashes = new Set<string>();
  for (const html of htmls) for (const css of inlineStyleBlocks(html)) hashes.add(styleHash(css));
  return [...hashes].sort();
}

/** The CSP <meta> as a page is rendered (HeadBasics.astro): the policy with no style hash yet. */
export const RENDERED_CSP_META = `<meta http-equiv="Content-Security-Policy" content="${cspMeta([])}">`;

/**
 * The page with `hashes` written into its CSP <meta>. A page without exactly one rendered CSP
 * <meta> stops the build, naming the file: it would otherwise go out with a policy that blocks its styles.
 */
export function withStyleHashes(html: string, hashes: readonly string[], file: string): string {
  const found = html.split(RENDERED_CSP_META).length - 1;
  if (found !== 1)
    throw new Error(`${file}: cần đúng một thẻ <meta> CSP do src/components/HeadBasics.astro viết, đang có ${found}: không ghi được mã băm của CSS vào CSP`);
  return html.replace(RENDERED_CSP_META, `<meta http-equiv="Content-Security-Policy" content="${cspMeta(hashes)}">`);
}

/** The style hashes a policy names (its style-src 'sha256-…' sources), e.g. to read a deployed page's list. */
export function styleHashesOf(policy: string): string[] {
  const styleSrc = policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('style-src '));
  return (styleSrc ?? '').split(/\s+/).filter((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s));
}
