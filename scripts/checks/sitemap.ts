/** The sitemap lists every page except the 404 page, and nothing that was not built. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltPage, Problem } from '../lib/dist.ts';

export function checkSitemap(pages: BuiltPage[], distDir: string, base: string): Problem[] {
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname.slice(base.length));
  const listed = new Set(
    files.flatMap((f) => [...readFileSync(join(distDir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => `/${new URL(m[1] ?? '').pathname.slice(base.length)}`)),
  );
  const problems: Problem[] = [];
  const built = new Set(pages.filter((p) => p.path !== '/404.html').map((p) => p.path));
  for (const path of built) if (!listed.has(path)) problems.push({ page: path, message: 'trang không có trong sitemap' });
  for (const path of listed) if (!built.has(path)) problems.push({ page: path, message: 'sitemap liệt kê một trang không tồn tại' });
  return problems;
}
