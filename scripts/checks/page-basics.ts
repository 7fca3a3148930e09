/** Every page: lang="vi", a title, exactly one h1, a meta description, a canonical URL and unique ids. */
import type { BuiltPage, Problem } from '../../tools/dist.ts';

export function checkPageBasics(pages: BuiltPage[]): Problem[] {
  const problems: Problem[] = [];
  for (const page of pages) {
    const say = (message: string) => problems.push({ page: page.path, message });
    if (page.root.querySelector('html')?.getAttribute('lang') !== 'vi') say('thẻ <html> thiếu lang="vi"');
    if (!page.root.querySelector('title')?.text.trim()) say('thiếu <title>');
    const h1s = page.root.querySelectorAll('h1').length;
    if (h1s !== 1) say(`cần đúng một <h1>, đang có ${h1s}`);
    const description = page.root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim();
    if (!description) say('thiếu <meta name="description">');
    const canonical = page.root.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (!canonical || !/^https?:\/\//.test(canonical)) say('thiếu <link rel="canonical"> với địa chỉ tuyệt đối');
    const seen = new Set<string>();
    for (const el of page.root.querySelectorAll('[id]')) {
      if (seen.has(el.id)) say(`id "${el.id}" bị trùng`);
      seen.add(el.id);
    }
  }
  return problems;
}
