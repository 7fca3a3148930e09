/** The sitemap lists every page except the 404 page, and nothing that was not built. */
import { sitemapPaths, type BuiltPage, type Problem } from '../lib/dist.ts';

export function checkSitemap(pages: BuiltPage[], distDir: string, base: string): Problem[] {
  const listed = new Set(sitemapPaths(distDir, base));
  const problems: Problem[] = [];
  const built = new Set(pages.filter((p) => p.path !== '/404.html').map((p) => p.path));
  for (const path of built) if (!listed.has(path)) problems.push({ page: path, message: 'trang không có trong sitemap' });
  for (const path of listed) if (!built.has(path)) problems.push({ page: path, message: 'sitemap liệt kê một trang không tồn tại' });
  return problems;
}
