/** "Bài cùng chủ đề": articles that share the most audiences, then the same kind. */
import type { ArticleLike } from './listing';

/** Up to `limit` other articles, most related first; stable for equal scores (by id). */
export function relatedArticles<T extends ArticleLike>(article: T, all: T[], limit: number): T[] {
  const score = (other: T) =>
    other.data.audiences.filter((a) => a !== 'moi-nguoi' && article.data.audiences.includes(a)).length * 2 +
    (other.data.kind === article.data.kind ? 1 : 0);
  return all
    .filter((o) => o.id !== article.id)
    .map((o) => ({ o, s: score(o) }))
    .filter(({ s }) => s > 0)
    .sort((a, b) => b.s - a.s || a.o.id.localeCompare(b.o.id))
    .slice(0, limit)
    .map(({ o }) => o);
}
