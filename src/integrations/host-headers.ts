/**
 * After the build: writes the hashes of the pages' inline <style> blocks into every reader page's
 * CSP <meta> (src/lib/style-hashes.ts), then `_headers`, `.htaccess` and `nginx-headers.conf` with
 * the same list (src/lib/host-headers.ts). The staff editor (/quan-tri/) keeps its own policy.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostHeaders, type HeaderOptions } from '../lib/host-headers';
import { EDITOR_PATH } from '../lib/editor/page';
import { siteStyleHashes, withStyleHashes } from '../lib/style-hashes';

/** The reader pages of a build: every HTML file but the editor's (and Pagefind's, if already there). */
function readerPages(out: string): string[] {
  const skip = [EDITOR_PATH.replace(/^\/|\/$/g, ''), 'pagefind'].map((folder) => `${folder}${sep}`);
  return (readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.html') && !skip.some((s) => f.startsWith(s)));
}

export default function hostHeadersIntegration(base: string, options: Pick<HeaderOptions, 'hsts'>): AstroIntegration {
  return {
    name: 'pcmd:host-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const pages = readerPages(out).map((file) => ({ file, html: readFileSync(join(out, file), 'utf8') }));
        const styleHashes = siteStyleHashes(pages.map((p) => p.html));
        for (const page of pages) writeFileSync(join(out, page.file), withStyleHashes(page.html, styleHashes, page.file));
        const files = hostHeaders(base, { ...options, styleHashes });
        writeFileSync(join(out, '_headers'), files.netlify);
        writeFileSync(join(out, '.htaccess'), files.apache);
        writeFileSync(join(out, 'nginx-headers.conf'), files.nginx);
      },
    },
  };
}
