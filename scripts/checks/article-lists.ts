/**
 * Pages that list many articles (the audience hubs and /canh-bao/) read well on a phone: at most
 * HUB_SHOWN_MAX cards are listed at once, under group headings, and every other card sits in a
 * group's "more" part (<details data-list-more>), which opens without JavaScript. New articles
 * can then never grow a hub back into a long flat list unnoticed.
 */
import type { BuiltPage, Problem } from '../../tools/dist.ts';
import { HUB_AUDIENCES } from '../../src/lib/vocabulary.ts';
import { HUB_SHOWN_MAX } from '../../src/lib/listing.ts';

/** The pages this check holds to the cap. */
export const LISTING_PAGES: readonly string[] = [...HUB_AUDIENCES.map((a) => `/${a}/`), '/canh-bao/'];

export function checkArticleLists(pages: BuiltPage[], max = HUB_SHOWN_MAX): Problem[] {
  return LISTING_PAGES.flatMap((path): Problem[] => {
    const page = pages.find((p) => p.path === path);
    if (!page) return [{ page: path, message: 'không có trang này trong bản dựng' }];
    const cards = page.root.querySelectorAll('main li.card');
    const folded = page.root.querySelectorAll('main [data-list-more] li.card');
    const shown = cards.length - folded.length;
    const problems: Problem[] = [];
    if (cards.length === 0) problems.push({ page: path, message: 'trang không liệt kê bài nào' });
    if (shown > max) {
      problems.push({
        page: path,
        message: `liệt kê ${shown} bài ngay, tối đa ${max}: để phần còn lại trong <details data-list-more> của nhóm (ArticleList, capGroups)`,
      });
    }
    if (cards.length > 0 && page.root.querySelectorAll('main h2').length === 0)
      problems.push({ page: path, message: 'các bài không được chia nhóm dưới tiêu đề h2' });
    for (const more of page.root.querySelectorAll('main [data-list-more]')) {
      if (more.tagName !== 'DETAILS' || !more.querySelector(':scope > summary')) {
        problems.push({ page: path, message: 'phần "xem thêm" phải là <details> có <summary>, để mở được khi không có JavaScript' });
      }
    }
    const hrefs = cards.map((c) => c.querySelector('a')?.getAttribute('href') ?? '');
    const repeated = hrefs.filter((h, i) => hrefs.indexOf(h) !== i);
    if (repeated.length > 0) problems.push({ page: path, message: `bài lặp lại trong danh sách: ${[...new Set(repeated)].join(', ')}` });
    return problems;
  });
}
