/**
 * The sitemap lists every page except the 404 page and the pages left at a moved article's old
 * address (they carry <meta http-equiv="refresh">), and nothing that was not built.
 */
import { isMovedPage, sitemapPaths, type BuiltPage, type Problem } from '../../tools/dist.ts';

export function checkSitemap(pages: BuiltPage[], distDir: string, base: string): Problem[] {
  const listed = new Set(sitemapPaths(distDir, base));
  const problems: Problem[] = [];
  const moved = new Set(pages.filter(isMovedPage).map((p) => p.path));
  const built = new Set(pages.filter((p) => p.path !== '/404.html' && !moved.has(p.path)).map((p) => p.path));
  for (const path of moved) if (listed.has(path)) problems.push({ page: path, message: 'trang chuyển hướng (địa chỉ cũ) không được có trong sitemap' });
  for (const path of built) if (!listed.has(path)) problems.push({ page: path, message: 'trang không có trong sitemap' });
  for (const path of listed) if (!built.has(path)) problems.push({ page: path, message: 'sitemap liệt kê một trang không tồn tại' });
  return problems;
}
