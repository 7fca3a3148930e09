/** "Bài cùng chủ đề": articles that share the most audiences, then the same kind. */
import type { ArticleLike } from './listing';

/**
 * Up to `limit` other articles, most related first; stable for equal scores (by id, in
 * code-point order: ids are ASCII slugs). One pass keeps only the best `limit`: every
 * article page calls this over every article, so a full sort with localeCompare per page
 * cost most of a second at 1,000 articles.
 */
export function relatedArticles<T extends ArticleLike>(article: T, all: T[], limit: number): T[] {
  const shares = (other: T) => other.data.audiences.filter((a) => a !== 'moi-nguoi' && article.data.audiences.includes(a)).length;
  const before = (a: { o: T; s: number }, b: { o: T; s: number }) => a.s > b.s || (a.s === b.s && a.o.id < b.o.id);
  const best: Array<{ o: T; s: number }> = [];
  if (limit <= 0) return [];
  for (const o of all) {
    if (o.id === article.id) continue;
    const s = shares(o) * 2 + (o.data.kind === article.data.kind ? 1 : 0);
    if (s === 0) continue;
    const candidate = { o, s };
    if (best.length === limit && !before(candidate, best[limit - 1]!)) continue;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1]!)) at--;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(({ o }) => o);
}
