/**
 * Phone numbers as editors write them ("1800 1233", "024 3824 9517", "113") and
 * as phones dial them ("tel:18001233"). Groups are kept for reading aloud; the
 * tel: form has no spaces so every handset dials it.
 */

/** Digits in groups separated by single spaces, optionally starting with "+". */
const DISPLAY_PATTERN = /^\+?\d+( \d+)*$/;

/** Why a display number is not acceptable, or null when it is. */
export function phoneProblem(display: string): string | null {
  if (!DISPLAY_PATTERN.test(display)) {
    return 'chỉ gồm chữ số, cách nhau bằng một dấu cách (ví dụ "1800 1233"); có thể bắt đầu bằng "+"';
  }
  const digits = display.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) {
    return `cần từ 3 đến 15 chữ số, đang có ${digits.length}`;
  }
  return null;
}

/** The href that dials a display number: "1800 1233" -> "tel:18001233". */
export function telHref(display: string): string {
  const problem = phoneProblem(display);
  if (problem) throw new Error(`Số điện thoại "${display}" không hợp lệ: ${problem}`);
  return `tel:${display.replace(/ /g, '')}`;
}

/** True for a well-formed tel: href as this site writes them. */
export function isTelHref(href: string): boolean {
  return /^tel:\+?\d{3,15}$/.test(href);
}
