/**
 * Pages that were merged into another or split, and where their content went. A static host
 * has no server to answer 301, so each old address gets a small page of its own: it says where
 * the content went, links there, and asks the browser to go on with <meta http-equiv="refresh">.
 * Those pages are left out of the sitemap, the search index and RSS. Editors add a row here
 * (never raw HTML in an article) when they merge, split or rename an article.
 */

export interface MovedPage {
  /** The old address, from the site root: "/bai-viet/old-slug/". */
  from: string;
  /** Where the content now lives, from the site root. */
  to: string;
  /** One plain sentence for the reader: what happened to the page. */
  why: string;
}

export const MOVED_PAGES: readonly MovedPage[] = [
  {
    from: '/bai-viet/ho-tro-mien-phi-phap-ly-cap-cuu-nan-nhan-mua-ban/',
    to: '/bai-viet/quyen-va-ho-tro-cua-nan-nhan-bi-mua-ban/',
    why: 'Nội dung về các số miễn phí và quyền của nạn nhân nay nằm trong một trang, hướng dẫn từng bước.',
  },
  {
    from: '/bai-viet/xu-phat-co-so-de-xay-ra-mai-dam/',
    to: '/bai-viet/khi-nao-chu-co-so-pham-toi-lien-quan-mai-dam/',
    why: 'Mức phạt hành chính và trách nhiệm hình sự của chủ cơ sở nay nằm chung một trang.',
  },
  {
    from: '/bai-viet/mai-dam-tren-mang-livestream-va-tin-tuyen-dung-gia/',
    to: '/bai-viet/quang-cao-mai-dam-tren-mang-nhan-ra-va-bao/',
    why: 'Bài cũ được tách làm hai: quảng cáo mại dâm trên mạng ở trang này, tin tuyển dụng giả ở một trang riêng.',
  },
];

/** A site path as this list writes it: from the root, ending in "/". */
const SITE_PATH = /^\/[a-z0-9/-]*\/$/;

/**
 * Why the list cannot be built, or [] when it can: every address well formed, no old address
 * listed twice, none pointing at itself or at another moved page, none still a live page, and
 * every target a live page.
 */
export function movedPageProblems(moved: readonly MovedPage[], livePaths: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const from = new Set<string>();
  for (const m of moved) {
    const where = `src/lib/moved.ts: "${m.from}"`;
    if (!SITE_PATH.test(m.from) || !SITE_PATH.test(m.to)) problems.push(`${where}: from và to phải là đường dẫn từ gốc trang, kết thúc bằng "/"`);
    if (from.has(m.from)) problems.push(`${where}: được ghi hai lần`);
    from.add(m.from);
    if (m.from === m.to) problems.push(`${where}: trỏ về chính nó`);
    if (livePaths.has(m.from)) problems.push(`${where}: địa chỉ cũ vẫn là một trang đang có; bỏ dòng này hoặc xóa trang`);
    if (!livePaths.has(m.to)) problems.push(`${where}: trang đích "${m.to}" không tồn tại`);
  }
  for (const m of moved) if (from.has(m.to)) problems.push(`src/lib/moved.ts: "${m.from}": trang đích "${m.to}" cũng đã chuyển; trỏ thẳng đến trang cuối`);
  return problems;
}

/** True for a built page's path (under the base) that is one of the moved pages. */
export function isMovedPath(path: string, moved: readonly MovedPage[] = MOVED_PAGES): boolean {
  return moved.some((m) => m.from === path);
}
