/**
 * With JavaScript off (old phones, strict browsers, a script that failed): every page shows
 * all of its main text and every call link, and search falls back to a form and a full list.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement as ParsedElement } from 'node-html-parser';
import { textWithout } from '../helpers/parsed-text.ts';
import { loadPages } from '../../tools/dist.ts';
import { checkEachPage, useBrowserSite } from '../helpers/browser-site.ts';
import { DIST, everyPageTimeout, sitemapPages } from '../helpers/site-pages.ts';

const site = useBrowserSite();
const built = new Map(loadPages(DIST).map((p) => [p.path, p]));

/** Text compared without spaces and case: the browser and the parser join lines differently. */
const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, '').toLowerCase();

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, figcaption, blockquote';
/**
 * Not meant for the screen without JavaScript: Pagefind's metadata and filters, the print-only
 * address, script templates, and what the HTML itself marks `hidden` (controls a script shows).
 */
const NOT_ON_SCREEN = '[data-pagefind-meta], [data-pagefind-filter], .print-url, template, script, style, [hidden]';

/**
 * Every block of text in the built page's <main>, as written in the HTML file: `shown` at once,
 * and `folded` inside a closed <details> (a long list's "more"), which opens without JavaScript.
 */
function mainTextBlocks(path: string): { shown: string[]; folded: string[] } {
  const main = built.get(path)?.root.querySelector('main');
  if (!main) return { shown: [], folded: [] };
  const offScreen = new Set(main.querySelectorAll(NOT_ON_SCREEN));
  const onScreen = (el: ParsedElement) => {
    for (let node: ParsedElement | null = el; node && node !== main; node = node.parentNode) if (offScreen.has(node)) return false;
    return true;
  };
  const isFolded = (el: ParsedElement) => {
    for (let node: ParsedElement | null = el; node && node !== main; node = node.parentNode) {
      if (node.tagName === 'SUMMARY') return false;
      if (node.tagName === 'DETAILS' && !node.hasAttribute('open')) return true;
    }
    return false;
  };
  // A block's own text, without what its off-screen children say (a hidden button inside a <p>).
  const ownText = (el: ParsedElement) => textWithout(el, (child) => offScreen.has(child));
  const blocks = main.querySelectorAll(BLOCKS).filter(onScreen);
  const text = (els: ParsedElement[]) => els.map((el) => ownText(el).replace(/\s+/g, ' ').trim()).filter(Boolean);
  return { shown: text(blocks.filter((el) => !isFolded(el))), folded: text(blocks.filter(isFolded)) };
}

describe('without JavaScript', () => {
  it(
    'shows every page’s main text and every tel: link',
    async () => {
      const context = await site.browser.newContext({ javaScriptEnabled: false });
      const problems = await checkEachPage(site, context, sitemapPages(), async (page, path) => {
        const found: string[] = [];
        const blocks = mainTextBlocks(path);
        const shown = squash(await page.locator('main').innerText());
        const missing = blocks.shown.filter((block) => !shown.includes(squash(block)));
        if (missing.length)
          found.push(`${missing.length} đoạn trong <main> không hiện khi tắt JavaScript, ví dụ "${missing[0]?.slice(0, 60)}": đừng ẩn nội dung chờ script`);
        // What a "more" part folds away must show once its summary is tapped, still without JavaScript.
        if (blocks.folded.length) {
          // One at a time: each click opens a <details>, so the set of closed ones shrinks as it goes.
          const closed = page.locator('main details:not([open]) > summary');
          for (let left = await closed.count(); left > 0; left--) await closed.first().click();
          const opened = squash(await page.locator('main').innerText());
          const stillHidden = blocks.folded.filter((block) => !opened.includes(squash(block)));
          if (stillHidden.length)
            found.push(`${stillHidden.length} đoạn trong <details> vẫn không hiện sau khi bấm mở, ví dụ "${stillHidden[0]?.slice(0, 60)}"`);
        }
        const calls = await page.locator('a[href^="tel:"]').evaluateAll((links) =>
          links.map((a) => {
            const box = a.getBoundingClientRect();
            return {
              href: a.getAttribute('href'),
              visible: box.width > 0 && box.height > 0 && a.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
            };
          }),
        );
        const expected = built.get(path)?.root.querySelectorAll('a[href^="tel:"]').length ?? 0;
        if (calls.length !== expected) found.push(`có ${calls.length} liên kết gọi điện, tệp HTML có ${expected}`);
        found.push(...calls.filter((c) => !c.visible).map((c) => `liên kết gọi ${c.href} bị ẩn khi tắt JavaScript`));
        return found;
      });
      await context.close();
      expect(problems).toEqual([]);
    },
    everyPageTimeout(sitemapPages().length),
  );

  it('offers search as a plain GET form and lists every article on /tim-kiem/', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/tim-kiem/'));
    const form = page.locator('main form[role="search"]');
    expect(await form.count(), '/tim-kiem/: cần một form tìm kiếm trong <main>').toBe(1);
    expect((await form.getAttribute('method'))?.toLowerCase(), '/tim-kiem/: form tìm kiếm phải dùng method="get"').toBe('get');
    const input = form.locator('input[name="q"]');
    expect(await input.isVisible(), '/tim-kiem/: ô tìm kiếm phải hiện khi tắt JavaScript').toBe(true);

    const linked = new Set(
      await page
        .locator('main a[href]')
        .evaluateAll((links) => links.filter((a) => a.checkVisibility()).map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    );
    const articles = sitemapPages().filter((p) => p.startsWith('/bai-viet/'));
    expect(
      articles.filter((a) => !linked.has(a)),
      '/tim-kiem/: danh sách dự phòng thiếu các bài này',
    ).toEqual([]);

    await input.fill('tố giác');
    await input.press('Enter');
    await page.waitForURL((url) => url.pathname === '/tim-kiem/' && url.searchParams.get('q') === 'tố giác');
    await context.close();
  });
});
