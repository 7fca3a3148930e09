/**
 * Patterns the independent content review (2026-12-04) found and that a machine can catch.
 * Each check takes a file's path and text (or data) and returns problems as
 * "file: field: what to fix", so tests/content-rules.test.ts can run it over content/ and over
 * the bad fixtures in tests/fixtures/bad-rules/.
 */
import type { LawStatus } from '../src/lib/vocabulary.ts';
import { lawStatusProblem } from '../src/lib/content-rules.ts';

export interface Problem {
  file: string;
  /** The frontmatter or YAML field, or "nội dung" for the article body. */
  field: string;
  message: string;
}

export const problemText = (p: Problem) => `${p.file}: ${p.field}: ${p.message}`;

/** Wording that blames or vaguely frames, with what the glossary asks for instead. */
const WORDING: Array<{ pattern: RegExp; message: string }> = [
  {
    pattern: /(?<!\p{L})lỡ\s+(bị|gửi|nhận|vay|làm|đi)(?!\p{L})/giu,
    message: 'không viết "lỡ …": không ai "lỡ" bị ép hay bị lừa; viết "đã bị …", "đã gửi …"',
  },
  {
    pattern: /(?<!\p{L})kẻ\s+xấu(?!\p{L})/giu,
    message: 'không viết "kẻ xấu": gọi đúng vai của người gây hại ("người tuyển", "người lạ trên mạng", "người quen có ý đồ")',
  },
];

/** How far apart (in characters) "đình chỉ" and a mention of Điều 35 may stand and still count as near. */
export const NEAR_CHARS = 300;

/** Ways a text mentions NĐ 282 Điều 35: in prose, or as a reference to the laws data. */
const ARTICLE_35 = /Điều\s+35(?!\d)|dieu-35(?![\d-])/giu;

/**
 * Problems in a text an editor wrote (an article body, a law or contact YAML), each naming the field:
 * blaming or vague wording, and "đình chỉ" near Điều 35, which takes away the right to use the
 * security-and-order certificate for 3–6 months (tước quyền sử dụng) and suspends nothing.
 * `context.article` is the article a law provision's field belongs to: every "đình chỉ" in a field
 * of Điều 35 counts, however long the field.
 */
export function wordingProblems(file: string, field: string, text: string, context: { article?: string } = {}): Problem[] {
  const problems: Problem[] = [];
  for (const { pattern, message } of WORDING) {
    for (const m of text.matchAll(pattern)) problems.push({ file, field, message: `"${m[0]}": ${message}` });
  }
  const mentions = [...text.matchAll(ARTICLE_35)].map((m) => m.index);
  // A field of the provision Điều 35 itself (its summary, a penalty band) is about Điều 35 throughout.
  const wholeText = context.article === '35';
  for (const m of text.matchAll(/(?<!\p{L})đình\s+chỉ(?!\p{L})/giu)) {
    if (wholeText || mentions.some((at) => Math.abs(at - m.index) <= NEAR_CHARS)) {
      problems.push({
        file,
        field,
        message: `"${m[0]}" gần Điều 35: Điều 35 Nghị định 282/2025/NĐ-CP là tước quyền sử dụng Giấy chứng nhận đủ điều kiện về an ninh, trật tự từ 3 đến 6 tháng, không phải "đình chỉ"`,
      });
    }
  }
  return problems;
}

/** A law whose status says "in force" though its period has ended (the laws schema stops the build too). */
export function lawProblems(file: string, law: { status: LawStatus; periodEnd?: Date | string | undefined }, today: Date): Problem[] {
  const periodEnd = law.periodEnd === undefined ? undefined : new Date(law.periodEnd);
  const problem = lawStatusProblem({ status: law.status, periodEnd }, today);
  return problem ? [{ file, field: problem.field, message: problem.message }] : [];
}

/** Words that claim someone dialled a number. */
const CALL_CLAIM = /gọi\s+thử|đã\s+gọi\s+(kiểm\s+tra|xác\s+minh)|kiểm\s+tra\s+bằng\s+cuộc\s+gọi|đã\s+gọi\s+đến\s+số/giu;

/**
 * A contact must not present a source re-read as a call. The old field `verified` (which pages
 * labelled "Kiểm tra lần cuối") is refused; the day the source was re-read is `sourceChecked`.
 * Any text claiming a call needs a `callTest` with its date and result.
 */
export function contactProblems(file: string, contact: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  if ('verified' in contact) {
    problems.push({ file, field: 'verified', message: 'trường cũ: ngày đọc lại nguồn ghi ở sourceChecked; chỉ ghi callTest khi thật sự đã gọi thử' });
  }
  const callTest = contact.callTest as { date?: unknown; result?: unknown } | undefined;
  if (callTest !== undefined && (!callTest?.date || !callTest.result)) {
    problems.push({ file, field: 'callTest', message: 'một lần gọi thử phải ghi date (ngày gọi) và result (kết quả)' });
  }
  for (const [field, value] of Object.entries(contact)) {
    if (typeof value !== 'string') continue;
    const claim = CALL_CLAIM.exec(value);
    CALL_CLAIM.lastIndex = 0;
    if (claim && !callTest) {
      problems.push({ file, field, message: `"${claim[0]}": chưa có lần gọi thử nào được ghi (callTest); đừng trình bày việc đọc lại nguồn như một cuộc gọi` });
    }
  }
  return problems;
}

/**
 * Reader-facing sources must be official or news pages that will keep working: no unofficial
 * GitHub copy (those belong in maintainer notes, YAML comments) and no site of a local body that
 * the 2025 mergers abolished (review C7).
 */
const UNFIT_SOURCES: Array<{ host: RegExp; why: string }> = [
  {
    host: /(^|\.)github\.com$|(^|\.)githubusercontent\.com$/,
    why: 'bản sao không chính thức trên GitHub: ghi vào ghi chú cho người biên tập (dòng # trong YAML), không đưa cho người đọc',
  },
  {
    host: /(^|\.)(hoanghoa|bacgiang|conganbacgiang|kiengiang|cdckiengiang|tayninh|tuyenquang)\.gov\.vn$|^cdckiengiang\.com\.vn$|^btcd\.vpubnd\.bacninh\.gov\.vn$/,
    why: 'trang của địa phương trước khi sáp nhập năm 2025, dễ mất: dùng trang quốc gia hoặc trang sau sáp nhập',
  },
];

export function sourceProblems(file: string, field: string, url: string): Problem[] {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return [];
  }
  return UNFIT_SOURCES.filter((u) => u.host.test(host)).map((u) => ({ file, field, message: `${host}: ${u.why}` }));
}
