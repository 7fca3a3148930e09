/**
 * Zod pieces every collection's schema shares, with messages an editor understands.
 * Like every file in src/schemas/, this one imports nothing from `astro:content`, so plain
 * Node (a script, a generator, a unit test) can load it: references between collections
 * come in as parameters (see `References`).
 */
import { z } from 'astro/zod';
import { phoneProblem } from '../lib/phone.ts';
import { QUIZ_LETTERS } from '../lib/vocabulary.ts';

/** The collections a schema can point into. */
export type CollectionName = 'articles' | 'laws' | 'contacts' | 'localities' | 'searchTerms';

/** What a reference to an entry of collection `C` parses to: the id an editor wrote, with its collection. */
export type Reference<C extends CollectionName> = z.ZodType<{ collection: C; id: string }, string>;

/**
 * How a schema points at an entry of another collection. In the build it is Astro's
 * `reference` (content.config.ts passes it in), which also stops the build when the entry does
 * not exist; outside Astro it is `idReference`. Schemas take it as a parameter so that no file
 * here imports `astro:content`.
 */
export type References = <C extends CollectionName>(collection: C) => Reference<C>;

/** References outside Astro (plain Node, generators): `{ collection, id }` from the id, without checking that the entry exists. */
export const idReference: References = (collection) =>
  z
    .string()
    .min(1)
    .transform((id) => ({ collection, id }));

/**
 * Characters no field may hold: control characters other than line break and tab (they make
 * rss.xml invalid XML), bidi overrides and isolates (they can reverse how a number reads) and
 * zero-width characters (invisible differences between two look-alike names).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job
const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B-\u200D\uFEFF]/u;

/** Text in Unicode NFC, so search, sorting and comparisons see one form of each letter. */
export const nfcText = (min = 1, max = 10_000) =>
  z
    .string()
    .trim()
    .min(min, `cần ít nhất ${min} ký tự`)
    .max(max, `tối đa ${max} ký tự`)
    .refine((s) => s === s.normalize('NFC'), 'chữ tiếng Việt phải ở dạng Unicode dựng sẵn (NFC); hãy lưu lại tệp bằng trình soạn thảo hỗ trợ UTF-8 NFC')
    .refine((s) => !HIDDEN_CHARACTERS.test(s), 'có ký tự ẩn (ký tự điều khiển, đảo chiều chữ hoặc không độ rộng): gõ lại đoạn chữ này, đừng dán từ nơi khác');

/**
 * Sites whose pages we cite but which answer only over plain http (recorded 2026-12-04; the
 * https versions could not be tried from the build machine). Everyone on the reader's network
 * sees an http page and its address, so a new source must be https: add a host here only after
 * trying its https:// address, and remove it as soon as that works.
 */
export const HTTP_ONLY_HOSTS: readonly string[] = [
  'btcd.vpubnd.bacninh.gov.vn',
  'cdckiengiang.com.vn',
  'congan.daklak.gov.vn',
  'conganbacgiang.gov.vn',
  'congdoannganhangvn.org.vn',
  'hethongphapluat.com',
  'thuvienphapluat.vn',
  'vksnddienbien.gov.vn',
  'www.daibieunhandan.vn',
];

/** A web address that readers can open: https, or http only for a host in HTTP_ONLY_HOSTS. */
export const webUrl = z
  .url({ protocol: /^https?$/, error: 'cần một địa chỉ web đầy đủ, bắt đầu bằng https://' })
  .refine(
    (u) => u.startsWith('https://') || HTTP_ONLY_HOSTS.includes(new URL(u).hostname),
    'địa chỉ phải bắt đầu bằng https:// (http:// để lộ trang người đọc mở cho mạng họ dùng); nếu trang chỉ có http, ghi tên miền vào HTTP_ONLY_HOSTS trong src/schemas/parts.ts',
  );

/** A source a fact was taken from: what it is called and where it is. */
export const sourceSchema = z.strictObject({
  /** Title of the page or document, as its publisher names it. */
  title: nfcText(3, 300),
  /** Where the source can be read. */
  url: webUrl,
});

/** A phone number written as people dial it, e.g. "1800 1233". */
export const phoneNumber = z.string().superRefine((value, ctx) => {
  const problem = phoneProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `số điện thoại "${value}" không hợp lệ: ${problem}` });
});

/** A calendar date written YYYY-MM-DD; not in the future, since it records something already done. */
export const pastDate = z.coerce.date({ error: 'cần một ngày dạng YYYY-MM-DD' }).refine((d) => d.getTime() <= Date.now() + 86_400_000, 'ngày này ở tương lai');

/**
 * A call made to a contact's number to check that it answers as described. Kept apart from the
 * date a source was re-read, so a page never presents a re-read as a call.
 */
export const callTestSchema = z.strictObject({
  /** The day the number was dialled. */
  date: pastDate,
  /** What happened, in one plain sentence: who answered, what they said about hours or cost. */
  result: nfcText(10, 300),
});

/** Slug of a provision inside an instrument: "dieu-327", "dieu-8-khoan-5". */
export const provisionId = z.string().regex(/^dieu-\d+[a-z]?(-khoan-\d+)?$/, 'mã điều luật viết như "dieu-327" hoặc "dieu-8-khoan-5"');

/**
 * A short illustrative story. Stories are always composites of several cases with
 * details changed, and carry nothing that can point at a person: no photo (text only),
 * no phone number, address of a web page, e-mail or social-media handle.
 */
export const storySchema = z.strictObject({
  /** Must be true: only composite stories are published. */
  composite: z.literal(true, { error: 'câu chuyện phải là chuyện ghép từ nhiều trường hợp, đã đổi chi tiết: ghi composite: true' }),
  /** The story, 50–1,500 characters; invented first names only, no family names. */
  text: nfcText(50, 1500).refine(
    (t) => !/\d{3}[ .]?\d{3}[ .]?\d{3,4}|https?:\/\/|www\.|[\w.+-]+@[\w-]+\.|(^|\s)@\w/.test(t),
    'câu chuyện không được có số điện thoại, địa chỉ web, email hay tên tài khoản mạng xã hội',
  ),
});

/** One question of a lesson's printable quiz. */
export const quizQuestionSchema = z
  .strictObject({
    /** The question as the class reads it. */
    question: nfcText(10, 220),
    /** Two to four choices, printed A–D in this order. */
    choices: z.array(nfcText(1, 140)).min(2, 'mỗi câu hỏi cần ít nhất 2 lựa chọn').max(4, 'mỗi câu hỏi có tối đa 4 lựa chọn (A–D)'),
    /** The letter of the right choice. */
    answer: z.enum(QUIZ_LETTERS, { error: 'đáp án (answer) là một chữ A, B, C hoặc D' }),
    /** Why, in a sentence or two: what the teacher says when going over it (printed on the answer page only). */
    explain: nfcText(10, 320),
  })
  .refine((q) => QUIZ_LETTERS.indexOf(q.answer) < q.choices.length, {
    message: 'đáp án (answer) chỉ vào một lựa chọn không có trong choices',
    path: ['answer'],
  });

/** A short quiz a teacher prints: the questions on one A4 page, the answers on a second. */
export const quizSchema = z.array(quizQuestionSchema).min(3, 'bài kiểm tra cần ít nhất 3 câu').max(8, 'bài kiểm tra có tối đa 8 câu, để vừa một trang A4');
