/**
 * Links: every internal href and src resolves to a built file (anchors included; the
 * references are read by tools/references.ts), no address is empty,
 * every tel: link dials, nothing is loaded from another site, every external link is
 * marked and leaks no referrer, and
 * no link text is a bare "xem thêm" that means nothing out of context.
 */
import { isTelHref } from '../../src/lib/phone.ts';
import { vi } from '../../src/i18n/vi.ts';
import type { BuiltPage, Problem } from '../../tools/dist.ts';
import { pageReferences } from '../../tools/references.ts';
import type { HTMLElement } from 'node-html-parser';

/** Link text that means nothing out of context (screen-reader link lists, printed pages). */
const VAGUE_LINK_TEXT = new Set([
  'xem thêm',
  'xem',
  'thêm',
  'đọc thêm',
  'đọc tiếp',
  'xem tiếp',
  'tiếp',
  'tiếp tục',
  'chi tiết',
  'xem chi tiết',
  'bấm vào đây',
  'bấm đây',
  'nhấn vào đây',
  'nhấn đây',
  'tại đây',
  'ở đây',
  'vào đây',
  'đây',
  'trang này',
  'click',
  'click here',
  'click vào đây',
  'here',
  'more',
  'read more',
  'link',
  'liên kết',
  'đường link',
]);

/** The visible mark an external link carries next to its text (see ExternalLink.astro). */
export const EXTERNAL_MARK = '↗';
const EXTERNAL_WORDS = vi['link.external'];

/** What a link says, as a screen reader's link list shows it, without the external-link mark. */
export function linkText(a: HTMLElement): string {
  const text = a.getAttribute('aria-label') ?? a.text;
  return text
    .normalize('NFC')
    .replace(`(${EXTERNAL_WORDS})`, '')
    .replace(EXTERNAL_MARK, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .toLowerCase();
}

/** True for link text that names no destination ("xem thêm", "bấm vào đây", "link"...). */
export function isVagueLinkText(text: string): boolean {
  return VAGUE_LINK_TEXT.has(text);
}

export function checkLinks(pages: BuiltPage[], served: Set<string>, base: string): Problem[] {
  const problems: Problem[] = [];
  const idsByPath = new Map(pages.map((p) => [p.path, new Set(p.root.querySelectorAll('[id]').map((e) => e.id))]));

  for (const page of pages) {
    const say = (message: string) => problems.push({ page: page.path, message });
    for (const { ref: raw, el, when } of pageReferences(page.root)) {
      if (raw.trim() === '') {
        say(`<${el.tagName.toLowerCase()}> có địa chỉ rỗng: ghi trang đích, hoặc bỏ thẻ này`);
        continue;
      }
      if (raw.startsWith('tel:')) {
        if (!isTelHref(raw)) say(`liên kết gọi điện sai dạng: "${raw}"`);
        continue;
      }
      if (/^(mailto:|data:)/.test(raw)) continue;
      if (/^https?:\/\//.test(raw)) {
        if (when !== 'follow') say(`<${el.tagName.toLowerCase()}> tải "${raw}" từ trang khác: chép tệp vào site (không tải gì từ bên thứ ba)`);
        if (el.tagName === 'A') {
          const rel = (el.getAttribute('rel') ?? '').split(/\s+/);
          const missing = ['noopener', 'noreferrer'].filter((r) => !rel.includes(r));
          if (missing.length) say(`liên kết ngoài "${raw}" thiếu rel="${missing.join(' ')}": dùng <ExternalLink>`);
          // The quick-exit link leaves on purpose and says so in its own words ("Thoát nhanh").
          const marked = el.text.includes(EXTERNAL_MARK) && el.text.includes(EXTERNAL_WORDS);
          if (!marked && !el.hasAttribute('data-quick-exit'))
            say(`liên kết ngoài "${raw}" chưa được đánh dấu là trang ngoài (${EXTERNAL_MARK} và chữ "${EXTERNAL_WORDS}"): dùng <ExternalLink>`);
        }
        continue;
      }
      const [pathPart = '', fragment] = raw.split('#');
      const target = pathPart === '' ? page.path : new URL(pathPart, `https://x${base}${page.path.slice(1)}`).pathname;
      if (pathPart !== '' && !target.startsWith(base)) {
        say(`liên kết "${raw}" nằm ngoài thư mục gốc ${base} của trang`);
        continue;
      }
      const local = pathPart === '' ? page.path : `/${target.slice(base.length)}`;
      if (!served.has(local)) {
        say(`liên kết hỏng: "${raw}" (không có tệp ${local})`);
        continue;
      }
      if (fragment) {
        const ids = idsByPath.get(local);
        if (ids && !ids.has(decodeURIComponent(fragment))) say(`liên kết "${raw}" trỏ tới #${fragment} nhưng trang đích không có id đó`);
      }
    }
    for (const a of page.root.querySelectorAll('a[href]')) {
      if (isVagueLinkText(linkText(a)))
        say(`chữ của liên kết "${a.text.trim()}" (tới ${a.getAttribute('href')}) không nói rõ trang đích: hãy viết tên trang hoặc việc người đọc sẽ làm`);
    }
  }
  return problems;
}
