/**
 * Keyboard only: the skip link moves focus to the main content, every element Tab reaches
 * shows a visible focus ring, Tab goes through the whole page and out (no trap), and the
 * header's sections and search work with Tab and Enter alone.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkEachPage, useBrowserSite } from '../helpers/browser-site.ts';
import { representativePages } from '../helpers/site-pages.ts';

const site = useBrowserSite();
const pages = representativePages();

/** What Tab reached: the element's number in DOM order among tabbable elements, and what is wrong with its focus. */
interface Stop {
  index: number;
  label: string;
  problems: string[];
}

/** Number every element Tab should reach, in DOM order (no positive tabindex on this site). */
function markTabbables(page: Page): Promise<number> {
  return page.evaluate(() => {
    const candidates = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"]',
    );
    const tabbable = [...candidates].filter(
      (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest('[inert]') && el.checkVisibility({ visibilityProperty: true }),
    );
    tabbable.forEach((el, i) => {
      el.setAttribute('data-tab-stop', String(i));
    });
    return tabbable.length;
  });
}

/** Press Tab once and describe where focus went: visible, with a ring, not hidden under anything. */
async function tab(page: Page): Promise<Stop | null> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const label = `<${el.tagName.toLowerCase()}> "${(el.textContent || el.getAttribute('aria-label') || el.getAttribute('name') || '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
    const problems: string[] = [];
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    if (!outline && style.boxShadow === 'none') problems.push('không có viền focus nhìn thấy được (outline hoặc box-shadow trong :focus-visible)');
    const box = el.getBoundingClientRect();
    if (box.width < 4 || box.height < 4 || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
      problems.push(`được focus nhưng không hiện ra (${Math.round(box.width)}×${Math.round(box.height)} px)`);
    } else {
      // WCAG 2.4.11: the focused element is not hidden under sticky bars or overlays.
      const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(box.top + Math.min(box.height, 20) / 2, 0), innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      if (!top || !(el.contains(top) || top.contains(el)))
        problems.push(`bị che khi được focus (bởi ${top ? `<${top.tagName.toLowerCase()} class="${top.className}">` : 'phần nằm ngoài màn hình'})`);
    }
    return { index: Number(el.getAttribute('data-tab-stop') ?? -1), label, problems };
  });
}

describe('keyboard', () => {
  it('moves focus to the main content with the skip link, the first Tab stop', async () => {
    const context = await site.browser.newContext();
    const problems = await checkEachPage(site, context, pages, async (page) => {
      const first = await tab(page);
      const isSkip = await page.evaluate(() => document.activeElement?.getAttribute('href') === '#noi-dung');
      if (!first || !isSkip) return [`Tab đầu tiên phải tới liên kết "bỏ qua, đến nội dung chính", đang tới ${first?.label ?? 'không phần tử nào'}`];
      const found = [...first.problems.map((p) => `liên kết bỏ qua ${p}`)];
      await page.keyboard.press('Enter');
      if (!(await page.evaluate(() => document.activeElement?.id === 'noi-dung')))
        found.push('Enter trên liên kết bỏ qua không đưa focus tới <main id="noi-dung"> (cần tabindex="-1")');
      await page.keyboard.press('Tab');
      if (!(await page.evaluate(() => document.getElementById('noi-dung')?.contains(document.activeElement))))
        found.push('sau liên kết bỏ qua, Tab tiếp theo không nằm trong nội dung chính');
      return found;
    });
    await context.close();
    expect(problems).toEqual([]);
  });

  it('reaches every focusable element in order with a visible ring, then leaves the page (no trap)', async () => {
    const context = await site.browser.newContext();
    const problems = await checkEachPage(site, context, pages, async (page) => {
      const count = await markTabbables(page);
      const found: string[] = [];
      for (let expected = 0; expected <= count; expected++) {
        const stop = await tab(page);
        if (expected === count) {
          // Past the last element Chromium either leaves the page or wraps to the first stop.
          if (stop && stop.index !== 0) found.push(`sau phần tử cuối, Tab lại tới ${stop.label} thay vì rời trang`);
          break;
        }
        if (!stop) {
          found.push(`Tab rời trang sau ${expected} trong ${count} phần tử: không tới được phần còn lại`);
          break;
        }
        found.push(...stop.problems.map((p) => `${stop.label} ${p}`));
        if (stop.index !== expected) {
          found.push(`Tab thứ ${expected + 1} tới ${stop.label} (số ${stop.index}), không phải phần tử số ${expected}: thứ tự Tab lệch hoặc focus bị giữ lại`);
          break;
        }
      }
      return found;
    });
    await context.close();
    expect(problems).toEqual([]);
  });

  /** Press Tab until `selector` has focus; false if it never does within the page's Tab stops. */
  async function tabTo(page: Page, selector: string): Promise<boolean> {
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
    }
    return false;
  }

  it('opens a header section with Tab and Enter', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/'));
    expect(await tabTo(page, 'header nav a[href="/phap-luat/"]'), 'Tab không tới được mục "Pháp luật" trong đầu trang').toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(site.url('/phap-luat/'));
    await page.close();
  });

  it('searches from the header and opens a result with the keyboard alone', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/nguoi-lao-dong/'));
    expect(await tabTo(page, 'header input[name="q"]'), 'Tab không tới được ô tìm kiếm ở đầu trang').toBe(true);
    await page.keyboard.type('đường dây nóng');
    await page.keyboard.press('Enter');
    // Every result shows under the box, in place: the words never go into the address.
    await expect.poll(() => page.locator('header [data-search-results] a').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(page.url()).toBe(site.url('/nguoi-lao-dong/'));
    expect(await tabTo(page, 'header [data-search-results] a'), 'Tab không tới được kết quả tìm kiếm').toBe(true);
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press('Enter');
    await page.waitForURL(target);
    await page.close();
  });
});
