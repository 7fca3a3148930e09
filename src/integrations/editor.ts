/**
 * The browser editor at /quan-tri/ (issue 16): written into dist/ after the build, and served by
 * `astro dev` from memory, so someone running the site locally can open it and edit their clone.
 * It is not an Astro page: no reader page links to it or loads any of its files.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editorBackend, editorFiles, gitOrigin } from '../lib/editor/files.ts';
import { EDITOR_PATH } from '../lib/editor/page.ts';
import { readContent } from '../lib/publishing-rules.ts';
import { joinBase } from '../lib/paths.ts';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  yml: 'text/yaml; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json',
  woff2: 'font/woff2',
};

export default function editorIntegration(base: string, contentDir: string): AstroIntegration {
  const files = () => {
    const numbers = [...readContent(contentDir).contacts.values()].flatMap((c) => (c.number ? [c.number] : []));
    return editorFiles(
      editorBackend(process.env, () => gitOrigin(process.cwd())),
      numbers,
    );
  };
  return {
    name: 'pcmd:editor',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = join(fileURLToPath(dir), EDITOR_PATH);
        for (const file of files()) {
          mkdirSync(dirname(join(out, file.path)), { recursive: true });
          writeFileSync(join(out, file.path), file.body);
        }
      },
      'astro:server:setup': ({ server }) => {
        const prefix = joinBase(base, EDITOR_PATH);
        server.middlewares.use((req, res, next) => {
          const path = new URL(req.url ?? '/', 'http://x').pathname;
          if (!path.startsWith(prefix)) return next();
          const wanted = path.slice(prefix.length) || 'index.html';
          const file = files().find((f) => f.path === wanted);
          if (!file) return next();
          res.setHeader('content-type', TYPES[wanted.split('.').pop() ?? ''] ?? 'application/octet-stream');
          res.end(file.body);
        });
      },
    },
  };
}
