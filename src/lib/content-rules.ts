/**
 * Editorial rules shared by the content schemas, as zod pieces with messages an
 * editor understands. Kept free of `astro:content` so they can be unit-tested.
 */
import { z } from 'astro/zod';
import { phoneProblem } from './phone.ts';

/** The audiences an article or contact can be for. */
export const AUDIENCES = ['hoc-sinh-sinh-vien', 'nguoi-lao-dong', 'co-so-kinh-doanh', 'moi-nguoi'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The audiences with a hub of their own (everyone's articles appear in each hub). */
export const HUB_AUDIENCES = ['hoc-sinh-sinh-vien', 'nguoi-lao-dong', 'co-so-kinh-doanh'] as const satisfies readonly Audience[];

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

/**
 * The fewest words an article of each kind needs to be useful, counted by `articleWords`.
 * Law explainers and guides walk a reader through several steps and provisions, so they
 * need more room than a warning (red flags, what to do, whom to call) or a support page.
 */
export const MIN_WORDS_BY_KIND = {
  law: 400,
  warning: 300,
  guide: 400,
  support: 300,
  report: 300,
} as const satisfies Record<ArticleKind, number>;

/**
 * Words an editor wrote in a Markdown body: references to data ("[](cite:…)", "[](hotline:…)")
 * and Markdown punctuation are dropped, and only tokens containing a letter count.
 */
export function articleWords(markdown: string): number {
  return markdown
    .replace(/\[\]\([a-z]+:[^)]*\)/g, ' ')
    .replace(/[#*_>[\]()|-]/g, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length;
}

/** Why an article is too short for its kind, or undefined when it is long enough. */
export function wordCountProblem(kind: ArticleKind, markdown: string): string | undefined {
  const min = MIN_WORDS_BY_KIND[kind];
  const count = articleWords(markdown);
  return count < min ? `bài loại "${kind}" cần ít nhất ${min} từ, hiện có ${count} từ` : undefined;
}

/** Why someone looks for a contact: the hotline directory groups by this, in this order. */
export const CONTACT_NEEDS = [
  'khan-cap',
  'mua-ban-nguoi',
  'to-giac',
  'tre-em',
  'lao-dong',
  'lua-dao-mang',
  'phap-ly',
  'suc-khoe',
] as const;
export type ContactNeed = (typeof CONTACT_NEEDS)[number];

/** Whether readers can rely on an instrument today (see the laws schema). */
export const LAW_STATUSES = ['in-force', 'partly-in-force', 'replaced', 'expired'] as const;
export type LawStatus = (typeof LAW_STATUSES)[number];

/**
 * Why a law's status cannot be right on `today`, naming the field to fix: a programme whose
 * period has ended cannot be "in-force", and "expired" needs the end of its period.
 */
export function lawStatusProblem(law: { status: LawStatus; periodEnd?: Date | undefined }, today: Date): { field: 'status' | 'periodEnd'; message: string } | undefined {
  if (law.status === 'expired' && !law.periodEnd) return { field: 'periodEnd', message: 'văn bản hết giai đoạn (expired) phải ghi periodEnd, ngày cuối của giai đoạn' };
  if (law.status !== 'expired' && law.periodEnd && law.periodEnd.getTime() < today.getTime()) {
    const end = law.periodEnd.toISOString().slice(0, 10);
    return { field: 'status', message: `giai đoạn của văn bản đã kết thúc (periodEnd ${end}), không thể ghi "${law.status}": hãy ghi status: expired` };
  }
  return undefined;
}

/**
 * Characters no field may hold: control characters other than line break and tab (they make
 * rss.xml invalid XML), bidi overrides and isolates (they can reverse how a number reads) and
 * zero-width characters (invisible differences between two look-alike names).
 */
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
    'địa chỉ phải bắt đầu bằng https:// (http:// để lộ trang người đọc mở cho mạng họ dùng); nếu trang chỉ có http, ghi tên miền vào HTTP_ONLY_HOSTS trong src/lib/content-rules.ts',
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

/** The letters a printed quiz puts before its choices, in order. */
export const QUIZ_LETTERS = ['A', 'B', 'C', 'D'] as const;

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

/**
 * Amounts of money written in prose, in đồng: "1.000.000 đồng", "từ 300.000 đến 500.000",
 * "6–8 triệu đồng", "75 triệu". Used to check that every fine an article states is one the
 * laws data publishes (fines are never typed by hand from memory or an unchecked source).
 */
export function moneyAmountsIn(text: string): number[] {
  const amounts: number[] = [];
  // Dot-grouped figures of at least 100.000: Vietnamese writes 1.000.000 for a million.
  for (const m of text.matchAll(/(?<![\d.,])(\d{1,3}(?:\.\d{3}){1,3})(?![\d.,]\d)/g)) {
    const value = Number(m[1]!.replace(/\./g, ''));
    if (value >= 100_000) amounts.push(value);
  }
  // "6 triệu", "6–8 triệu", "6 đến 8 triệu", "1,5 triệu": both ends of a range count.
  for (const m of text.matchAll(/(?<![\d.,])(\d+(?:,\d+)?)(?:\s*(?:–|-|đến)\s*(\d+(?:,\d+)?))?\s*triệu/g)) {
    for (const n of [m[1], m[2]]) if (n) amounts.push(Math.round(Number(n.replace(',', '.')) * 1_000_000));
  }
  return amounts;
}
