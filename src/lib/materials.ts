/**
 * Printable materials (/tai-lieu/): which articles, contacts and citations go on a poster,
 * a handout or a pocket card. Everything comes from content, so print never drifts from the site.
 */
import { citationLabel, type LawLike, type ProvisionLike } from './citations';
import type { ArticleKind, Audience, ContactNeed } from './vocabulary';
import { articlesFor, byPriority, localFirst, type ArticleLike, type ContactLike } from './listing';

/** Site-absolute path of an audience's A4 poster. */
export function posterPath(audience: Audience): string {
  return `/tai-lieu/ap-phich/${audience}/`;
}

/** Site-absolute path of an audience's one-page handout. */
export function handoutPath(audience: Audience): string {
  return `/tai-lieu/to-roi/${audience}/`;
}

/** The A4 sheet of pocket hotline cards. */
export const CARD_SHEET_PATH = '/tai-lieu/the-bo-tui/';

/** Where the printable quiz of a lesson (an article with `quiz`) lives: questions on page 1, answers on page 2. */
export function quizSheetPath(slug: string): string {
  return `/tai-lieu/cau-hoi/${slug}/`;
}

/** Cards on one A4 sheet: two columns of four, each about the size of a bank card (85 × 54 mm). */
export const CARDS_PER_SHEET = 8;

/** What print material is about; fire and ambulance lines stay on the hotline page. */
export const PRINT_NEEDS: readonly ContactNeed[] = ['mua-ban-nguoi', 'to-giac', 'tre-em', 'lao-dong', 'phap-ly'];

/** Kinds that tell a reader what to do (as opposed to what to watch for, or what the law says). */
const ACTION_KINDS: readonly ArticleKind[] = ['guide', 'report', 'support'];

export interface PrintContactLike extends ContactLike {
  data: ContactLike['data'] & { number?: string | undefined; audiences: Audience[] };
}

/**
 * Lines to print: the edition's local contacts first (up to `maxLocal`), then national lines
 * that have a number, serve the site's topic and are for this audience or everyone.
 */
export function printContacts<T extends PrintContactLike>(local: T[], all: T[], audience: Audience, maxNational: number, maxLocal = 2): T[] {
  const national = byPriority(all)
    .filter((c) => c.data.number)
    .filter((c) => c.data.needs.some((n) => PRINT_NEEDS.includes(n)))
    .filter((c) => c.data.audiences.includes(audience) || c.data.audiences.includes('moi-nguoi'))
    .slice(0, maxNational);
  return localFirst(local.slice(0, maxLocal), national);
}

/** An audience's sheet: its warnings, then what to do (its own guides first, then everyone's). */
export function sheetArticles<T extends ArticleLike>(articles: T[], audience: Audience, max: { warnings: number; actions: number }) {
  const { own, everyone } = articlesFor(articles, audience);
  const warnings = own.filter((a) => a.data.kind === 'warning').slice(0, max.warnings);
  const actions = [...own, ...everyone].filter((a) => ACTION_KINDS.includes(a.data.kind)).slice(0, max.actions);
  return { warnings, actions };
}

/** A sheet is only as current as its least recently reviewed part. */
export function oldestDate(dates: Date[]): Date {
  if (dates.length === 0) throw new Error('Tài liệu in cần ít nhất một bài để lấy ngày rà soát');
  return new Date(Math.min(...dates.map((d) => d.getTime())));
}

/**
 * The legal basis of several articles in a few lines, one per instrument, in order of first
 * citation: "Bộ luật Hình sự: Điều 150, 151, 328", "Nghị định 282/2025/NĐ-CP: điểm d khoản 5 Điều 8; Điều 34".
 */
export function compactBasis(basis: Array<{ law: LawLike; provisions: ProvisionLike[] }>): string[] {
  const byLaw = new Map<string, { law: LawLike; provisions: Map<string, ProvisionLike> }>();
  for (const { law, provisions } of basis) {
    const entry = byLaw.get(law.id) ?? { law, provisions: new Map() };
    provisions.forEach((p) => {
      entry.provisions.set(p.id, p);
    });
    byLaw.set(law.id, entry);
  }
  return [...byLaw.values()].map(({ law, provisions }) => {
    const sorted = [...provisions.values()].sort((a, b) => parseInt(a.article, 10) - parseInt(b.article, 10) || a.article.localeCompare(b.article));
    const whole = sorted.filter((p) => !p.clause && !p.point).map((p) => p.article);
    // A narrower provision reads like the rest of the site, law name left out: "điểm d khoản 5 Điều 8".
    const parts = sorted.filter((p) => p.clause || p.point).map((p) => lowerFirst(citationLabel({ ...law, shortName: '' }, p)));
    if (whole.length) parts.push(`Điều ${whole.join(', ')}`);
    return parts.length ? `${citationLabel(law)}: ${parts.join('; ')}` : citationLabel(law);
  });
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
