/**
 * content/checklists/*.yaml: a printable compliance checklist for one business type
 * (/tai-lieu/kiem-tra/<file name>/). Every item names the provision that requires it; the sheet
 * prints its label and lists the law. A cite or article that does not exist stops the build
 * when the sheet renders (src/materials-data.ts), with the file and item named.
 */
import { z } from 'astro/zod';
import { nfcText, pastDate } from './parts.ts';
import { checklistCite } from '../lib/checklists.ts';

export const checklistSchema = z.strictObject({
  /** The business type, as the sheet's heading says it: "Nhà nghỉ, khách sạn". */
  title: nfcText(5, 60),
  /** One or two sentences under the heading: who the sheet is for and how to use it. */
  lead: nfcText(20, 260),
  /** Slug of the article that explains these duties; the sheet links to it. */
  article: z.string().regex(/^[a-z0-9-]+$/, 'tên tệp bài viết, không có thư mục hay .md'),
  /** Groups of items, e.g. "Giấy tờ", "Khách lưu trú", "Người làm việc". */
  groups: z
    .array(
      z.strictObject({
        heading: nfcText(3, 60),
        items: z
          .array(
            z.strictObject({
              /** What to check, as an instruction: "Có Giấy chứng nhận … trước khi đón khách". */
              text: nfcText(10, 200),
              /** The provision that requires it; omit only for a practical step that no provision states. */
              cite: checklistCite.optional(),
            }),
          )
          .min(1, 'mỗi nhóm cần ít nhất một việc'),
      }),
    )
    .min(1, 'cần ít nhất một nhóm'),
  /** Last date an editor checked the items against the laws data. */
  reviewed: pastDate,
});
