/** Penalty bands of a provision (content/laws/*.yaml `provisions[].penalties`). */
import { z } from 'astro/zod';
import { nfcText } from './parts.ts';

/** A range, both ends included: the fine in đồng, or the prison term in months. */
const range = () =>
  z.strictObject({ min: z.number().int().positive(), max: z.number().int().positive() }).refine((r) => r.min <= r.max, 'min phải nhỏ hơn hoặc bằng max');

/** One penalty band of a provision: a khoản, or the whole article when it has one band. */
export const penaltySchema = z
  .strictObject({
    /** The khoản (clause) number, as the text numbers it: "1", "2". */
    clause: z
      .string()
      .regex(/^\d+[a-zđ]?$/, 'khoản viết bằng số, ví dụ "2"')
      .optional(),
    /** When this band applies, in one plain sentence (the circumstances, not the legal wording). */
    when: nfcText(3, 400),
    /** True when the band is a cảnh cáo (warning) option. */
    warning: z.boolean().default(false),
    /** Fine in đồng (VND). */
    fine: range().optional(),
    /** Prison term in months (12 = 1 năm). */
    prison: range().optional(),
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
