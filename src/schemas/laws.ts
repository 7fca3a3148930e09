/** content/laws/*.yaml: one legal instrument per file, with the provisions pages may cite. */
import { z } from 'astro/zod';
import { LAW_STATUSES } from '../lib/vocabulary.ts';
import { lawStatusProblem } from '../lib/content-rules.ts';
import { nfcText, pastDate, provisionId, sourceSchema, webUrl, type References } from './parts.ts';
import { penaltySchema } from './penalties.ts';

/** A provision (article, or one clause of it) that pages can cite by id. */
const provisionSchema = z
  .strictObject({
    /** Anchor and citation id within the instrument: "dieu-327". */
    id: provisionId,
    /** Article number as printed: "327", "256a". */
    article: z.string().regex(/^\d+[a-z]?$/, 'số điều, ví dụ "327"'),
    /** Clause, when the provision is a single khoản: "5". */
    clause: z.string().regex(/^\d+$/).optional(),
    /** Point (điểm), when narrower still: "d". */
    point: z
      .string()
      .regex(/^[a-zđ]$/)
      .optional(),
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
  })
  .refine((p) => !(p.awaitingCheck && p.penalties.length > 0), {
    message: 'điều khoản còn chờ đối chiếu (awaitingCheck) không được có mức phạt (penalties): chỉ đăng sau khi đã đối chiếu',
    path: ['penalties'],
  });

/** The laws collection's schema; `reference` points at other instruments (see parts.ts). */
export function lawSchema(reference: References) {
  return z
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
      law.amendedBy.forEach((a, i) => {
        a.provisions.forEach((id, j) => {
          if (!law.provisions.some((p) => p.id === id)) {
            ctx.addIssue({ code: 'custom', path: ['amendedBy', i, 'provisions', j], message: `văn bản này không có điều "${id}" để ghi là được sửa đổi` });
          }
        });
      });
      const seen = new Set<string>();
      law.provisions.forEach((p, i) => {
        if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: ['provisions', i, 'id'], message: `mã "${p.id}" bị trùng` });
        seen.add(p.id);
      });
    });
}
