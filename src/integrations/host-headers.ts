/** Writes `_headers` and `.htaccess` into the build, from src/lib/host-headers.ts. */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hostHeaders, type HeaderOptions } from '../lib/host-headers';

export default function hostHeadersIntegration(base: string, options: HeaderOptions): AstroIntegration {
  return {
    name: 'pcmd:host-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const files = hostHeaders(base, options);
        writeFileSync(`${out}/_headers`, files.netlify);
        writeFileSync(`${out}/.htaccess`, files.apache);
      },
    },
  };
}
