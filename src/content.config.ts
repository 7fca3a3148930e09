/**
 * The contract every editor must meet. A file that breaks it stops the build with
 * the file and the field named. Content lives in `content/` (or CONTENT_DIR, which
 * tests and the benchmark point at a temporary copy).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  ARTICLE_KINDS,
  ARTICLE_NEEDS,
  AUDIENCES,
  CONTACT_NEEDS,
  LAW_STATUSES,
  lawStatusProblem,
  nfcText,
  pastDate,
  phoneNumber,
  provisionId,
  callTestSchema,
  sourceSchema,
  storySchema,
  quizSchema,
  webUrl,
} from './lib/content-rules';
import { telHref } from './lib/phone';
import { contentDir } from './lib/content-dir';
import { searchTermsSchema } from './lib/search-terms';

const dir = contentDir(process.env.CONTENT_DIR);

/** A range of money in đồng (VND), both ends included. */
const vndRange = z
  .strictObject({ min: z.number().int().positive(), max: z.number().int().positive() })
  .refine((r) => r.min <= r.max, 'min phải nhỏ hơn hoặc bằng max');

/** A range of prison time in months (12 = 1 năm), both ends included. */
const monthRange = z
  .strictObject({ min: z.number().int().positive(), max: z.number().int().positive() })
  .refine((r) => r.min <= r.max, 'min phải nhỏ hơn hoặc bằng max');

/** One penalty band of a provision: a khoản, or the whole article when it has one band. */
const penaltySchema = z
  .strictObject({
    /** The khoản (clause) number, as the text numbers it: "1", "2". */
    clause: z.string().regex(/^\d+[a-zđ]?$/, 'khoản viết bằng số, ví dụ "2"').optional(),
    /** When this band applies, in one plain sentence (the circumstances, not the legal wording). */
    when: nfcText(3, 400),
    /** True when the band is a cảnh cáo (warning) option. */
    warning: z.boolean().default(false),
    /** Fine in đồng. */
    fine: vndRange.optional(),
    /** Prison term in months. */
    prison: monthRange.optional(),
    /** The band reaches tù chung thân (life imprisonment). */
    life: z.boolean().default(false),
    /** The band reaches tử hình (death penalty). */
    death: z.boolean().default(false),
    /** Other measures in plain words: "tịch thu tang vật", "đình chỉ giấy chứng nhận ANTT 3–6 tháng". */
    other: z.array(nfcText(3, 200)).default([]),
    /** True when fine, other measures and prison are alternatives (one of them), not cumulative. */
    alternatives: z.boolean().default(false),
    /** A hình phạt bổ sung / hình thức xử phạt bổ sung: added to a main penalty, not on its own. */
    additional: z.boolean().default(false),
  })
  .refine((p) => p.warning || p.fine || p.prison || p.life || p.death || p.other.length > 0, {
    message: 'một mức phạt phải có ít nhất một trong: warning, fine, prison, life, death, other',
  });

/** A provision (article, or one clause of it) that pages can cite by id. */
const provisionSchema = z.strictObject({
  /** Anchor and citation id within the instrument: "dieu-327". */
  id: provisionId,
  /** Article number as printed: "327", "256a". */
  article: z.string().regex(/^\d+[a-z]?$/, 'số điều, ví dụ "327"'),
  /** Clause, when the provision is a single khoản: "5". */
  clause: z.string().regex(/^\d+$/).optional(),
  /** Point (điểm), when narrower still: "d". */
  point: z.string().regex(/^[a-zđ]$/).optional(),
  /** The article's own heading, e.g. "Tội chứa mại dâm". */
  title: nfcText(3, 200),
  /** What it says, in one or two plain sentences of our own. */
  summary: nfcText(20, 900),
  /** Penalty bands, from the structured text; empty for provisions without sanctions. */
  penalties: z.array(penaltySchema).default([]),
  /** Where this provision's text was read, when not the instrument's own source. */
  source: sourceSchema.optional(),
  /**
   * What must still be checked before this provision's details (amounts, measures) may be
   * published, e.g. "đối chiếu với Công báo". While set, the provision can be cited and
   * summarised in general terms but carries no penalties, and pages say the details are
   * withheld. Remove it, with the penalties, once the check is done and recorded.
   */
  awaitingCheck: nfcText(10, 300).optional(),
}).refine((p) => !(p.awaitingCheck && p.penalties.length > 0), {
  message: 'điều khoản còn chờ đối chiếu (awaitingCheck) không được có mức phạt (penalties): chỉ đăng sau khi đã đối chiếu',
  path: ['penalties'],
});

const laws = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${dir}/laws` }),
  schema: z
    .strictObject({
      /** Official number: "10/2003/PL-UBTVQH11", "282/2025/NĐ-CP". */
      number: nfcText(3, 60),
      /** Full name of the instrument. */
      name: nfcText(5, 300),
      /** How pages name it in a citation: "Bộ luật Hình sự", "Nghị định 282/2025/NĐ-CP". */
      shortName: nfcText(3, 80),
      /** Kind of instrument. */
      type: z.enum(['bo-luat', 'luat', 'phap-lenh', 'nghi-dinh', 'quyet-dinh', 'thong-tu', 'van-ban-hop-nhat']),
      /** Date it was adopted or signed, when a source states it. */
      issued: z.coerce.date().optional(),
      /** Date it took effect, when a source states it. */
      effective: z.coerce.date().optional(),
      /**
       * Whether readers can rely on it today. "expired" is for a programme or plan whose period
       * is over ("giai đoạn 2021–2025"); it needs `periodEnd`.
       */
      status: z.enum(LAW_STATUSES),
      /** Last day of the period a programme or plan covers; an in-force status past it stops the build. */
      periodEnd: z.coerce.date().optional(),
      /** The instrument that replaced it; required when status is "replaced". */
      replacedBy: reference('laws').optional(),
      /**
       * Later instruments that amend this one while it stays in force: which provisions they
       * rewrite (ids in this file) and from when. Pages that cite those provisions say so.
       */
      amendedBy: z
        .array(
          z.strictObject({
            /** The amending instrument, by its file name in content/laws. */
            law: reference('laws'),
            /** The day the amendment took effect. */
            effective: z.coerce.date(),
            /** Provisions of this instrument it rewrites, as far as the facts know them. */
            provisions: z.array(provisionId).default([]),
            /** What it changes, in one plain sentence, and what is not known. */
            note: nfcText(10, 400),
          }),
        )
        .default([]),
      /** The official text (gazette or government database), when known. */
      officialUrl: webUrl.optional(),
      /** Where we read the text we summarise. */
      source: sourceSchema,
      /** Why it matters on this site, one plain sentence. */
      about: nfcText(10, 400),
      /** Last date an editor checked this file against its sources. */
      reviewed: pastDate,
      /** The provisions pages may cite. */
      provisions: z.array(provisionSchema).default([]),
    })
    .superRefine((law, ctx) => {
      if (law.status === 'replaced' && !law.replacedBy) {
        ctx.addIssue({ code: 'custom', path: ['replacedBy'], message: 'văn bản đã bị thay thế phải ghi replacedBy' });
      }
      const statusProblem = lawStatusProblem(law, new Date());
      if (statusProblem) ctx.addIssue({ code: 'custom', path: [statusProblem.field], message: statusProblem.message });
      law.amendedBy.forEach((a, i) =>
        a.provisions.forEach((id, j) => {
          if (!law.provisions.some((p) => p.id === id)) {
            ctx.addIssue({ code: 'custom', path: ['amendedBy', i, 'provisions', j], message: `văn bản này không có điều "${id}" để ghi là được sửa đổi` });
          }
        }),
      );
      const seen = new Set<string>();
      law.provisions.forEach((p, i) => {
        if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: ['provisions', i, 'id'], message: `mã "${p.id}" bị trùng` });
        seen.add(p.id);
      });
    }),
});

const contacts = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${dir}/contacts` }),
  schema: z
    .strictObject({
      /** Name people know it by: "Tổng đài Cảnh sát 113". */
      name: nfcText(3, 120),
      /** Number as people dial it, in groups: "1800 1233". */
      number: phoneNumber.optional(),
      /** Web address or app page, for channels that are not a phone line. */
      url: webUrl.optional(),
      /** How to use it when it is neither a number nor a link (an app menu path, an office to visit). */
      howTo: nfcText(10, 600).optional(),
      /** When it answers: "24/7, cả ngày lễ", "8:00–17:00, thứ Hai đến thứ Sáu". */
      hours: nfcText(3, 120),
      /** What it costs the caller: "Miễn phí". */
      cost: nfcText(3, 160),
      /** Who runs it. */
      operator: nfcText(3, 200),
      /** What it is for, in one or two plain sentences. */
      purpose: nfcText(10, 500),
      /** What the caller can expect about privacy, only as the source states it. */
      confidentiality: nfcText(10, 300).optional(),
      /** Needs it answers; the directory lists it under each. */
      needs: z.array(z.enum(CONTACT_NEEDS)).min(1, 'chọn ít nhất một nhu cầu'),
      /** Who it is for. */
      audiences: z.array(z.enum(AUDIENCES)).min(1, 'chọn ít nhất một nhóm người đọc'),
      /** Reach of the line. */
      scope: z.enum(['national', 'province', 'commune']),
      /** The locality a province or commune line belongs to. */
      locality: reference('localities').optional(),
      /** Order within a group: lower comes first (113 before 111 before others). */
      priority: z.number().int().min(0).max(99).default(50),
      /** Where the number and details were read. Required: no source, no publication. */
      source: sourceSchema,
      /** Further sources that confirm it. */
      moreSources: z.array(sourceSchema).default([]),
      /**
       * The date an editor last re-read the source (or the operator's own page) and found the
       * details unchanged. It is not a call: pages label it "Đối chiếu nguồn".
       */
      sourceChecked: pastDate,
      /**
       * A real call test, only when someone dialled the number: when, and what happened.
       * Pages show it ("Gọi thử") only when it is here; never fill it from a source re-read.
       */
      callTest: callTestSchema.optional(),
    })
    .superRefine((c, ctx) => {
      if (!c.number && !c.url && !c.howTo) {
        ctx.addIssue({ code: 'custom', path: ['number'], message: 'cần ít nhất một trong: number, url, howTo' });
      }
      if (c.scope !== 'national' && !c.locality) {
        ctx.addIssue({ code: 'custom', path: ['locality'], message: 'đường dây của tỉnh hoặc xã phải ghi locality' });
      }
    })
    .transform((c) => ({ ...c, tel: c.number ? telHref(c.number) : undefined })),
});

const localities = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${dir}/localities` }),
  schema: z.strictObject({
    /** Name as the locality writes it after 1/7/2025: "Phường An Cựu". */
    name: nfcText(3, 120),
    /** Level of local government (two tiers since 1/7/2025). */
    kind: z.enum(['tinh', 'thanh-pho', 'xa', 'phuong', 'dac-khu']),
    /** The province or city a commune or ward belongs to. */
    parent: reference('localities').optional(),
    /** Local contacts, listed first in this locality's edition. */
    contacts: z.array(reference('contacts')).default([]),
    /** Last date the locality's data was checked. */
    reviewed: pastDate,
  }),
});

const articles = defineCollection({
  // The raw Markdown is not kept once rendered: no page reads it, and at thousands of
  // articles it doubles what the build carries in its data store.
  loader: glob({ pattern: '**/*.md', base: `${dir}/articles`, retainBody: false }),
  schema: z.strictObject({
    /** Headline: plain, specific, no clickbait. */
    title: nfcText(8, 90),
    /** One or two sentences for search results, cards and link previews. */
    description: nfcText(50, 180),
    /** Who it is for; the article is listed in each of these hubs. */
    audiences: z.array(z.enum(AUDIENCES, { error: `nhóm người đọc phải là một trong: ${AUDIENCES.join(', ')}` })).min(1, 'chọn ít nhất một nhóm người đọc'),
    /** What kind of page it is. */
    kind: z.enum(ARTICLE_KINDS, { error: `loại bài phải là một trong: ${ARTICLE_KINDS.join(', ')}` }),
    /**
     * What the reader comes for; the hubs group articles by it. Leave it out when the kind says
     * it (NEED_BY_KIND in src/lib/content-rules.ts: warning → nhan-biet, law → quyen-phap-luat…).
     */
    need: z.enum(ARTICLE_NEEDS, { error: `nhu cầu (need) phải là một trong: ${ARTICLE_NEEDS.join(', ')}` }).optional(),
    /** The provisions the article relies on; shown as "Căn cứ pháp lý". */
    legalBasis: z
      .array(
        z.strictObject({
          /** The instrument, by its file name in content/laws. */
          law: reference('laws'),
          /** Provision ids inside it; empty to cite the instrument as a whole. */
          provisions: z.array(provisionId).default([]),
        }),
      )
      .min(1, 'mỗi bài phải có căn cứ pháp lý'),
    /** Where the facts come from. */
    sources: z.array(sourceSchema).min(1, 'mỗi bài phải ghi ít nhất một nguồn'),
    /** Last date an editor checked the article against law and sources. */
    reviewed: pastDate,
    /** Words people type when looking for this, colloquial ones included. */
    keywords: z.array(nfcText(2, 60)).max(30, 'tối đa 30 từ khoá').default([]),
    /** An illustrative story shown in a box, always a composite with details changed. */
    story: storySchema.optional(),
    /** A short quiz for a class (lessons for teachers): shown with its answers, and printed at /tai-lieu/cau-hoi/<slug>/. */
    quiz: quizSchema.optional(),
    /** Drafts are not built. */
    draft: z.boolean().default(false),
  }),
});

/** Words people use: equivalent search terms and readers' words (content/tu-dong-nghia/README.md). */
const searchTerms = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${dir}/tu-dong-nghia` }),
  schema: searchTermsSchema,
});

export const collections = { articles, laws, contacts, localities, searchTerms };
