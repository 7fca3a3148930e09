/** content/contacts/*.yaml: one phone line or reporting channel per file. */
import { z } from 'astro/zod';
import { AUDIENCES, CONTACT_NEEDS, CONTACT_SCOPES } from '../lib/vocabulary.ts';
import { telHref } from '../lib/phone.ts';
import { callTestSchema, nfcText, pastDate, phoneNumber, sourceSchema, webUrl, type References } from './parts.ts';

/** The contacts collection's schema; `reference` points at the locality of a local line (see parts.ts). */
export function contactSchema(reference: References) {
  return z
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
      scope: z.enum(CONTACT_SCOPES),
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
    .transform((c) => ({ ...c, tel: c.number ? telHref(c.number) : undefined }));
}

/** A contact as the collection holds it after parsing (what `getContacts()` entries carry as `data`). */
export type ContactData = z.output<ReturnType<typeof contactSchema>>;
