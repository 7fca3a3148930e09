/**
 * The site's vocabulary: the closed lists of words content is sorted by (audiences, article
 * kinds and needs, contact needs and scopes, law statuses, quiz letters). The schemas
 * (src/schemas/) accept only these words, the pages group by them, /contacts.json publishes
 * them. Adding a word here is the first step of adding a hub, a group or a filter; the
 * dictionary (src/i18n/vi.ts) then needs its label. Plain Node loads this file.
 */

/** The audiences an article or contact can be for. */
export const AUDIENCES = ['hoc-sinh-sinh-vien', 'nguoi-lao-dong', 'co-so-kinh-doanh', 'moi-nguoi'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The audiences with a hub of their own (everyone's articles appear in each hub). */
export const HUB_AUDIENCES = ['hoc-sinh-sinh-vien', 'nguoi-lao-dong', 'co-so-kinh-doanh'] as const satisfies readonly Audience[];
export type HubAudience = (typeof HUB_AUDIENCES)[number];

/** What an article is: the hubs group by this. */
export const ARTICLE_KINDS = ['law', 'warning', 'guide', 'support', 'report'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/**
 * What a reader comes for: the hubs group their articles by this, in this order (crisis steps
 * first, the law after). An article may name its need in front matter (`need:`); without it,
 * the need follows from its kind (NEED_BY_KIND).
 */
export const ARTICLE_NEEDS = ['can-giup-ngay', 'nhan-biet', 'phong-ngua', 'giup-tre-em', 'quyen-phap-luat', 'ho-tro'] as const;
export type ArticleNeed = (typeof ARTICLE_NEEDS)[number];

/** The need an article serves when its front matter names none: what its kind usually answers. */
export const NEED_BY_KIND = {
  report: 'can-giup-ngay',
  warning: 'nhan-biet',
  guide: 'phong-ngua',
  law: 'quyen-phap-luat',
  support: 'ho-tro',
} as const satisfies Record<ArticleKind, ArticleNeed>;

/** An article's need: the one it names, or the one its kind implies. */
export function articleNeed(data: { kind: ArticleKind; need?: ArticleNeed | undefined }): ArticleNeed {
  return data.need ?? NEED_BY_KIND[data.kind];
}

/** Why someone looks for a contact: the hotline directory groups by this, in this order. */
export const CONTACT_NEEDS = ['khan-cap', 'mua-ban-nguoi', 'to-giac', 'tre-em', 'lao-dong', 'lua-dao-mang', 'phap-ly', 'suc-khoe'] as const;
export type ContactNeed = (typeof CONTACT_NEEDS)[number];

/** Reach of a contact: the whole country, one province, one commune (src/schemas/contacts.ts). */
export const CONTACT_SCOPES = ['national', 'province', 'commune'] as const;

/** Whether readers can rely on an instrument today (see the laws schema). */
export const LAW_STATUSES = ['in-force', 'partly-in-force', 'replaced', 'expired'] as const;
export type LawStatus = (typeof LAW_STATUSES)[number];

/** The letters a printed quiz puts before its choices, in order (schema: quizSchema in src/schemas/parts.ts). */
export const QUIZ_LETTERS = ['A', 'B', 'C', 'D'] as const;
