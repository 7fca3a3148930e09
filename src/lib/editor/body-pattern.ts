/**
 * The check the browser editor runs on an article's text before it saves: the same two
 * publishing rules the build runs on numbers (src/lib/publishing-rules.ts), written as the one
 * regular expression the editor's `pattern` option takes. A phone number in the text must be a
 * contact's number, and nothing on the do-not-publish list may appear. The build still runs the
 * rules themselves: this only tells the editor sooner, in the form, in Vietnamese.
 */
import { DO_NOT_PUBLISH } from '../denylist.ts';
import { PHONE_IN_TEXT } from '../publishing-rules.ts';

export const BODY_PATTERN_MESSAGE =
  'Bài có một số điện thoại không thuộc danh bạ (content/contacts) hoặc một số, địa chỉ không được đăng. ' +
  'Chỉ viết số của đường dây đã có nguồn, tốt nhất bằng [](hotline:<mã đường dây>).';

/** `source` matching letters in either case, for the patterns with the i flag (the editor's pattern has no flags). */
function caseless(re: RegExp): string {
  if (!re.flags.includes('i')) return re.source;
  return re.source.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

/** A number as the text may write it: its digits, with or without a space between any two. */
const spacedDigits = (number: string) => number.replace(/\D/g, '').split('').join(' ?');

/**
 * The pattern a whole article text must match: at no position a phone-shaped number that is not
 * one of `contactNumbers`, and none of the do-not-publish patterns anywhere.
 */
export function articleBodyPattern(contactNumbers: readonly string[]): string {
  const end = '(?![\\d/]|[.,]\\d)';
  const phone = PHONE_IN_TEXT.source;
  // PHONE_IN_TEXT is "(lookbehind)(number)(lookahead)": put "not a known number" between its lookbehind and the number.
  const start = phone.indexOf('(11[1-6]');
  if (start < 0 || !phone.endsWith(end)) throw new Error('PHONE_IN_TEXT đã đổi dạng: cập nhật src/lib/editor/body-pattern.ts');
  const known = [...new Set(contactNumbers.map(spacedDigits).filter(Boolean))];
  const unknownPhone = `${phone.slice(0, start)}${known.length ? `(?!(?:${known.join('|')})${end})` : ''}${phone.slice(start)}`;
  const denied = DO_NOT_PUBLISH.map(caseless).join('|');
  return `^(?![\\s\\S]*?${unknownPhone})(?![\\s\\S]*?(?:${denied}))[\\s\\S]*$`;
}
