// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind.ts';
import hostHeaders from './src/integrations/host-headers.ts';
import { siteLocation } from './src/lib/site-env.ts';

const { site, base } = siteLocation(process.env.SITE_URL, process.env.BASE_PATH);

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
  integrations: [mdx(), sitemap(), pagefind(), hostHeaders(base)],
  // Styles and scripts always as files: the Content Security Policy allows 'self' and no inline code.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  // No telemetry-like dev toolbar in screenshots and tests.
  devToolbar: { enabled: false },
});
