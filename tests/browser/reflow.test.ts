/**
 * Reflow and text size: on a 360 px phone no page scrolls sideways, also with text at
 * 200 %, and enlarged text is never cut off (WCAG 1.4.4 and 1.4.10).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkEachPage, useBrowserSite } from '../helpers/browser-site.ts';
import { representativePages, sitemapPages } from '../helpers/site-pages.ts';

const site = useBrowserSite();

/** Sideways scrolling and text cut off by overflow: hidden, named by the element that causes them. */
function layoutProblems(page: Page, textScale: number): Promise<string[]> {
  return page.evaluate((scale) => {
    // Like a reader's "larger text" setting: every size on this site is in rem.
    document.documentElement.style.fontSize = `${scale * 100}%`;
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
    const found: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth > width) {
      // The cause: the innermost element that sticks out past the right edge or whose content spills out of it.
      const spills = [...document.body.querySelectorAll('*')].filter(
        (el) => el.getBoundingClientRect().right > width + 1 || (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible'),
      );
      const sticksOut = spills.find((el) => !spills.some((other) => other !== el && el.contains(other)));
      found.push(
        `trang cuộn ngang ở chữ ${scale * 100} % (rộng ${root.scrollWidth} px trên màn hình ${width} px)${sticksOut ? `, do ${describe(sticksOut)}` : ''}: cho phép xuống dòng (overflow-wrap, min-width: 0)`,
      );
    }
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(el);
      if (!/hidden|clip/.test(`${style.overflowX} ${style.overflowY}`)) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 2 || box.height <= 2) continue; // .sr-only: hidden on purpose, read aloud
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        found.push(`chữ bị cắt ở cỡ ${scale * 100} % trong ${describe(el)} (overflow: hidden)`);
    }
    return found;
  }, textScale);
}

describe('reflow', () => {
  it('fits a 360 px screen on every page, with text at 100 % and at 200 %', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const problems = await checkEachPage(site, context, sitemapPages(), async (page) => [
      ...(await layoutProblems(page, 1)),
      ...(await layoutProblems(page, 2)),
    ]);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('enlarges text to 200 % on a desktop screen without loss on representative pages', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const problems = await checkEachPage(site, context, representativePages(), (page) => layoutProblems(page, 2));
    await context.close();
    expect(problems).toEqual([]);
  });
});
