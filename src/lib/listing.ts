/** Ordering and grouping of articles and contacts for hubs and directories. */
import { CONTACT_NEEDS, type ArticleKind, type Audience, type ContactNeed } from './content-rules.ts';

/** The order kinds appear in on a hub: what to watch out for and what to do come before the law. */
export const KIND_ORDER: readonly ArticleKind[] = ['warning', 'guide', 'law', 'support', 'report'];

export interface ArticleLike {
  id: string;
  data: { title: string; audiences: Audience[]; kind: ArticleKind; reviewed: Date };
}

/** Vietnamese alphabetical order, shared by every sorted list on the site. */
export const collator = new Intl.Collator('vi');

/** Articles for one audience: those written for it, then those for everyone, each by title. */
export function articlesFor<T extends ArticleLike>(articles: T[], audience: Audience): { own: T[]; everyone: T[] } {
  const sorted = [...articles].sort((a, b) => collator.compare(a.data.title, b.data.title));
  const own = sorted.filter((a) => a.data.audiences.includes(audience));
  const everyone =
    audience === 'moi-nguoi' ? [] : sorted.filter((a) => !own.includes(a) && a.data.audiences.includes('moi-nguoi'));
  return { own, everyone };
}

/** Articles grouped by kind in KIND_ORDER; kinds with no article are left out. */
export function groupByKind<T extends ArticleLike>(articles: T[]): Array<{ kind: ArticleKind; items: T[] }> {
  return KIND_ORDER.map((kind) => ({ kind, items: articles.filter((a) => a.data.kind === kind) })).filter(
    (g) => g.items.length > 0,
  );
}

/** Most recently reviewed first; ties by title so the order is stable. */
export function byReviewedDesc<T extends ArticleLike>(articles: T[]): T[] {
  return [...articles].sort(
    (a, b) => b.data.reviewed.getTime() - a.data.reviewed.getTime() || collator.compare(a.data.title, b.data.title),
  );
}

export interface ContactLike {
  id: string;
  data: { name: string; needs: ContactNeed[]; priority: number };
}

/** Lower priority number first, then by name. */
export function byPriority<T extends ContactLike>(contacts: T[]): T[] {
  return [...contacts].sort((a, b) => a.data.priority - b.data.priority || collator.compare(a.data.name, b.data.name));
}

/** Contacts under each need, in CONTACT_NEEDS order; a contact appears under every need it serves. */
export function groupByNeed<T extends ContactLike>(contacts: T[]): Array<{ need: ContactNeed; items: T[] }> {
  const ordered = byPriority(contacts);
  return CONTACT_NEEDS.map((need) => ({ need, items: ordered.filter((c) => c.data.needs.includes(need)) })).filter(
    (g) => g.items.length > 0,
  );
}

/** A locality's own contacts first (in the order it lists them), then the national ones not already shown. */
export function localFirst<T extends { id: string }>(local: T[], national: T[]): T[] {
  const seen = new Set(local.map((c) => c.id));
  return [...local, ...national.filter((c) => !seen.has(c.id))];
}

/** Section paths by kind, for articles written for everyone. */
const KIND_SECTION: Record<ArticleKind, string> = {
  warning: '/canh-bao/',
  law: '/phap-luat/',
  report: '/to-giac/',
  support: '/ho-tro/',
  guide: '/ho-tro/',
};

/**
 * The section an article's breadcrumb leads back to: the hub of its first specific
 * audience, or, for articles written for everyone, the section of its kind.
 */
export function homeSectionOf(data: { audiences: Audience[]; kind: ArticleKind }):
  | { audience: Exclude<Audience, 'moi-nguoi'>; path: string }
  | { kind: ArticleKind; path: string } {
  const audience = data.audiences.find((a): a is Exclude<Audience, 'moi-nguoi'> => a !== 'moi-nguoi');
  return audience ? { audience, path: `/${audience}/` } : { kind: data.kind, path: KIND_SECTION[data.kind] };
}

/** Split each group into items seen for the first time on the page and items already shown above. */
export function markFirstAppearance<G extends { items: Array<{ id: string }> }>(groups: G[]): Array<G & { first: G['items']; repeated: G['items'] }> {
  const seen = new Set<string>();
  return groups.map((g) => {
    const first = g.items.filter((c) => !seen.has(c.id));
    first.forEach((c) => seen.add(c.id));
    return { ...g, first, repeated: g.items.filter((c) => !first.includes(c)) };
  });
}
