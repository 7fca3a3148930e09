/**
 * Links: every internal href and src resolves to a built file (anchors included),
 * every tel: link dials, every external link is marked and leaks no referrer.
 */
import { isTelHref } from '../../src/lib/phone.ts';
import type { BuiltPage, Problem } from '../lib/dist.ts';

/** Link text that means nothing out of context (screen-reader link lists, printed pages). */
const VAGUE_LINK_TEXT = ['xem thêm', 'bấm vào đây', 'tại đây', 'click here', 'đọc thêm', 'chi tiết', 'link'];

export function checkLinks(pages: BuiltPage[], served: Set<string>, base: string): Problem[] {
  const problems: Problem[] = [];
  const idsByPath = new Map(pages.map((p) => [p.path, new Set(p.root.querySelectorAll('[id]').map((e) => e.id))]));

  for (const page of pages) {
    const say = (message: string) => problems.push({ page: page.path, message });
    for (const el of page.root.querySelectorAll('a[href], link[href], script[src], img[src], form[action]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '';
      if (raw.startsWith('tel:')) {
        if (!isTelHref(raw)) say(`liên kết gọi điện sai dạng: "${raw}"`);
        continue;
      }
      if (/^(mailto:|data:)/.test(raw)) continue;
      if (/^https?:\/\//.test(raw)) {
        if (el.tagName === 'A') {
          const rel = (el.getAttribute('rel') ?? '').split(/\s+/);
          if (!rel.includes('noopener') && !rel.includes('noreferrer')) say(`liên kết ngoài "${raw}" thiếu rel="noopener noreferrer"`);
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
    for (const a of page.root.querySelectorAll('a')) {
      const text = a.text.trim().toLowerCase();
      if (VAGUE_LINK_TEXT.includes(text)) say(`chữ của liên kết "${a.text.trim()}" không nói rõ trang đích`);
    }
  }
  return problems;
}
