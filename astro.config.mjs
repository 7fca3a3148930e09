// @ts-check
import { existsSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import hostHeaders from './src/integrations/host-headers.ts';
import { hstsEnabled } from './src/lib/host-headers.ts';
import publishingRules from './src/integrations/publishing-rules.ts';
import editor from './src/integrations/editor.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { isPlaceholderSite, PREVIEW_WARNING, quickExitLocation, siteLocation, siteUrlFromEnv } from './src/lib/site-env.ts';
import { articleRefsPlugin } from './src/lib/article-refs.ts';
import { isMovedPath } from './src/lib/moved.ts';

// The address: SITE_URL, else the host's own variable (Netlify, Cloudflare Pages, Vercel), else a
// local preview build that says so. Every malformed variable stops here with one line.
/** @returns {{ site: string, base: string, hsts: boolean }} */
function location() {
  try {
    const siteUrl = siteUrlFromEnv(process.env);
    const found = siteLocation(siteUrl.value, process.env.BASE_PATH, siteUrl.variable);
    quickExitLocation(process.env.QUICK_EXIT_URL, found.site);
    const content = contentDir(process.env.CONTENT_DIR);
    if (!existsSync(content)) throw new Error(`CONTENT_DIR "${content}" không có thư mục này: bỏ biến này để dùng content/, hoặc ghi đúng đường dẫn`);
    return { ...found, hsts: hstsEnabled(process.env.HSTS, found.base) };
  } catch (error) {
    // One line an editor can act on, without a stack trace through Vite's config loader.
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
const { site, base, hsts } = location();
if (isPlaceholderSite(site) && process.argv.includes('build')) console.warn(PREVIEW_WARNING);

export default defineConfig({
  site,
  base,
  // Every URL ends in "/" and is a folder with index.html: the same on every static host.
  trailingSlash: 'always',
  // Lossless compression. The default 'jsx' mode drops the line breaks between inline
  // elements, which glues Vietnamese syllables together ("Đường" "dây" -> "Đườngdây").
  compressHTML: true,
  // Tests and the benchmark build other content folders; each gets its own content cache
  // (the data store lives here) so entries from one folder never leak into another build.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  // The search index is written after the build, by scripts/search-index.ts (see npm run build).
  // The publishing-safety rules run first, so a banned number never reaches dist/. Pages left at the
  // old address of a moved article (src/lib/moved.ts) are not listed in the sitemap.
  integrations: [
    publishingRules(contentDir(process.env.CONTENT_DIR)),
    sitemap({ filter: (page) => !isMovedPath(new URL(page).pathname.slice(base.length - 1)) }),
    hostHeaders(base, { hsts }),
    // The browser editor for staff at /quan-tri/ (docs/editing.md): its own files, its own CSP.
    editor(base, contentDir(process.env.CONTENT_DIR)),
  ],
  // Articles are plain Markdown: references to laws and contacts are written as links
  // ("[](cite:blhs-2015/dieu-327)"); the plugin leaves markers the article page fills in.
  markdown: { processor: satteri({ mdastPlugins: [articleRefsPlugin] }) },
  // The stylesheet is written into each page's <head>, so the first screen is drawn from the HTML
  // alone (one round trip, docs/performance.md); the CSP allows exactly those <style> blocks by
  // their hashes (src/lib/style-hashes.ts). Scripts stay files: the CSP allows no inline script.
  build: { format: 'directory', inlineStylesheets: 'always' },
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  // No telemetry-like dev toolbar in screenshots and tests.
  devToolbar: { enabled: false },
});
