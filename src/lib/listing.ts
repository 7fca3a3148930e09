/** Ordering and grouping of articles and contacts for hubs and directories. */
import { ARTICLE_NEEDS, CONTACT_NEEDS, articleNeed, type ArticleKind, type ArticleNeed, type Audience, type ContactNeed } from './vocabulary.ts';
import { hubPath } from './paths.ts';

export interface ArticleLike {
  id: string;
  data: { title: string; audiences: Audience[]; kind: ArticleKind; need?: ArticleNeed | undefined; reviewed: Date };
}

/** Vietnamese alphabetical order, shared by every sorted list on the site. */
export const collator = new Intl.Collator('vi');

/** The same order for headlines, ignoring the quotation marks some begin with ("“Bắt cóc online”" under B). */
const titleOrder = new Intl.Collator('vi', { ignorePunctuation: true });

/** Articles for one audience: those written for it, then those for everyone, each by title. */
export function articlesFor<T extends ArticleLike>(articles: T[], audience: Audience): { own: T[]; everyone: T[] } {
  const sorted = [...articles].sort((a, b) => collator.compare(a.data.title, b.data.title));
  const own = sorted.filter((a) => a.data.audiences.includes(audience));
  const everyone = audience === 'moi-nguoi' ? [] : sorted.filter((a) => !own.includes(a) && a.data.audiences.includes('moi-nguoi'));
  return { own, everyone };
}

/**
 * How many articles a hub lists before its "more" parts: about a phone screen's worth of
 * choices (issue 14). The rest stay one tap away, in each group's <details>.
 */
export const HUB_SHOWN_MAX = 12;

/**
 * How close an article is to a hub's readers: 0 when the hub's audience is its first (the one
 * it was written for), 1 when it is listed later, 2 when it reaches the hub only as "mọi người".
 */
export function hubCloseness(data: { audiences: Audience[] }, audience: Audience): 0 | 1 | 2 {
  const at = data.audiences.indexOf(audience);
  return at === 0 ? 0 : at > 0 ? 1 : 2;
}

/** A group of a long list, split into what is listed at once and what waits under "more". */
export interface CappedGroup<K, T> {
  key: K;
  /** Listed at once. */
  shown: T[];
  /** Listed under the group's "more" part. */
  more: T[];
}

/**
 * Show at most `max` items over all groups. Each group first shows its first item; the other
 * slots go to the remaining items by `rank` (lower first), and among equals round the groups
 * one at a time, so a small group's unused slots go to the others. Items within a group must
 * already be in rank order. The rest of each group goes to its "more" part.
 */
export function capGroups<K, T>(groups: Array<{ key: K; items: T[] }>, max = HUB_SHOWN_MAX, rank: (item: T) => number = () => 0): Array<CappedGroup<K, T>> {
  const shownCount: number[] = groups.map((g, i) => (g.items.length > 0 && i < max ? 1 : 0));
  const rest = groups
    .flatMap((g, group) => g.items.slice(1).map((item, at) => ({ group, at, rank: rank(item) })))
    .sort((a, b) => a.rank - b.rank || a.at - b.at || a.group - b.group);
  const left = Math.max(0, max - shownCount.reduce((sum, n) => sum + n, 0));
  for (const r of rest.slice(0, left)) shownCount[r.group] = (shownCount[r.group] ?? 0) + 1;
  return groups.map((g, i) => ({ key: g.key, shown: g.items.slice(0, shownCount[i]), more: g.items.slice(shownCount[i]) }));
}

/**
 * A hub's articles (its own and those for everyone) grouped by need in ARTICLE_NEEDS order,
 * closest first within a group, then by title. Every group shows its closest article; the
 * other slots go to the closest articles left (capGroups). Empty needs are left out.
 */
export function hubGroups<T extends ArticleLike>(articles: T[], audience: Audience, max = HUB_SHOWN_MAX): Array<CappedGroup<ArticleNeed, T>> {
  const { own, everyone } = articlesFor(articles, audience);
  const listed = [...own, ...everyone].sort(
    (a, b) => hubCloseness(a.data, audience) - hubCloseness(b.data, audience) || titleOrder.compare(a.data.title, b.data.title),
  );
  const groups = ARTICLE_NEEDS.map((need) => ({ key: need, items: listed.filter((a) => articleNeed(a.data) === need) }));
  return capGroups(
    groups.filter((g) => g.items.length > 0),
    max,
    (a) => hubCloseness(a.data, audience),
  );
}

/** Most recently reviewed first; ties by title so the order is stable. */
export function byReviewedDesc<T extends ArticleLike>(articles: T[]): T[] {
  return [...articles].sort((a, b) => b.data.reviewed.getTime() - a.data.reviewed.getTime() || collator.compare(a.data.title, b.data.title));
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
  return CONTACT_NEEDS.map((need) => ({ need, items: ordered.filter((c) => c.data.needs.includes(need)) })).filter((g) => g.items.length > 0);
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

/** The page for teachers and schools: lessons, what to do when a pupil tells, print for class. */
export const SCHOOLS_PATH = '/nha-truong/';

/**
 * The section an article's breadcrumb leads back to: the hub of its first specific audience;
 * for articles written for everyone, the schools page when they help adults keep children safe,
 * otherwise the section of their kind.
 */
export function homeSectionOf(data: {
  audiences: Audience[];
  kind: ArticleKind;
  need?: ArticleNeed | undefined;
}): { audience: Exclude<Audience, 'moi-nguoi'>; path: string } | { schools: true; path: string } | { kind: ArticleKind; path: string } {
  const audience = data.audiences.find((a): a is Exclude<Audience, 'moi-nguoi'> => a !== 'moi-nguoi');
  if (audience) return { audience, path: hubPath(audience) };
  return articleNeed(data) === 'giup-tre-em' ? { schools: true, path: SCHOOLS_PATH } : { kind: data.kind, path: KIND_SECTION[data.kind] };
}

/** Split each group into items seen for the first time on the page and items already shown above. */
export function markFirstAppearance<G extends { items: Array<{ id: string }> }>(groups: G[]): Array<G & { first: G['items']; repeated: G['items'] }> {
  const seen = new Set<string>();
  return groups.map((g) => {
    const first = g.items.filter((c) => !seen.has(c.id));
    first.forEach((c) => {
      seen.add(c.id);
    });
    return { ...g, first, repeated: g.items.filter((c) => !first.includes(c)) };
  });
}
