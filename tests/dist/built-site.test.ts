/**
 * The built site in dist/ (npm test builds it first): every check of `npm run check:site`
 * (scripts/checks/index.ts, the one list), then what only this build shows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { SITE_CHECKS, siteContext, type SiteContext } from '../../scripts/checks/index.ts';
import { DEFAULT_SITE_URL, siteLocation, siteUrlFromEnv } from '../../src/lib/site-env.ts';
import { ROOT } from '../helpers/astro-run.ts';
import { MOVED_PAGES } from '../../src/lib/moved.ts';

const dist = join(ROOT, 'dist');
let ctx: SiteContext;

beforeAll(() => {
  const siteUrl = siteUrlFromEnv(process.env);
  ctx = siteContext(dist, { ...siteLocation(siteUrl.value, process.env.BASE_PATH), contentDir: join(ROOT, 'content') });
});

const page = (path: string) => {
  const found = ctx.pages.find((p) => p.path === path);
  if (!found) throw new Error(`Không có trang ${path} trong dist/`);
  return found;
};

describe('every check of npm run check:site, on dist/', () => {
  it.each(SITE_CHECKS.map((c) => [c.name, c] as const))('%s', async (name, check) => {
    const problems = (await check.run(ctx)).map((p) => `${p.page}: ${p.message}`);
    // npm test builds without SITE_URL, so dist/ is a preview build: the deploy gate must refuse it.
    const preview = page('/').root.querySelector('link[rel="canonical"]')?.getAttribute('href')?.startsWith(DEFAULT_SITE_URL);
    if (name === 'deployable-address' && preview) expect(problems).toEqual([expect.stringMatching(/bản dựng xem thử: \d+ tệp mang địa chỉ tạm/)]);
    else expect(problems).toEqual([]);
  });
});

describe('built site', () => {
  it('has every route of the design', () => {
    const routes = [
      '/',
      '/hoc-sinh-sinh-vien/',
      '/nguoi-lao-dong/',
      '/co-so-kinh-doanh/',
      '/phap-luat/',
      '/canh-bao/',
      '/duong-day-nong/',
      '/to-giac/',
      '/ho-tro/',
      '/tai-lieu/',
      '/tim-kiem/',
      '/gioi-thieu/',
      '/quyen-rieng-tu/',
      '/an-toan/',
      '/dia-phuong/',
      '/nha-truong/',
      '/404.html',
    ];
    const paths = new Set(ctx.pages.map((p) => p.path));
    expect(routes.filter((r) => !paths.has(r))).toEqual([]);
    expect(ctx.pages.filter((p) => p.path.startsWith('/bai-viet/')).length).toBeGreaterThan(0);
  });

  it('keeps the spaces between the header links and the footer strip', () => {
    // A known sample for the glued-text check: the header's section links and the footer strip read as separate words.
    const text = page('/').root.querySelector('body')?.text ?? '';
    expect(text).toContain('Đường dây nóng');
    expect(text).toMatch(/Phòng, chống mại dâm và mua bán người/);
  });

  it("keeps every moved article's old address working: a page that names the new one, links there, refreshes to it and stays out of the index", () => {
    const problems = MOVED_PAGES.flatMap((m) => {
      const old = ctx.pages.find((p) => p.path === m.from);
      if (!old) return [`${m.from}: không có trang ở địa chỉ cũ`];
      const refresh = old.root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
      return [
        refresh === `0; url=${ctx.base}${m.to.slice(1)}` ? '' : `${m.from}: refresh là "${refresh}", cần "0; url=${ctx.base}${m.to.slice(1)}"`,
        old.root.querySelector(`main a[href="${ctx.base}${m.to.slice(1)}"]`) ? '' : `${m.from}: thiếu liên kết đến ${m.to}`,
        old.root.querySelector('meta[name="robots"]')?.getAttribute('content') === 'noindex' ? '' : `${m.from}: thiếu robots noindex`,
        old.root.querySelector('link[rel="canonical"]')?.getAttribute('href')?.endsWith(m.to) ? '' : `${m.from}: canonical phải là trang mới`,
        old.root.querySelector('[data-pagefind-body]') ? `${m.from}: không được vào chỉ mục tìm kiếm` : '',
      ].filter(Boolean);
    });
    expect(MOVED_PAGES.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('gives every provision in the law library its own anchor', () => {
    const ids = page('/phap-luat/')
      .root.querySelectorAll('article[id]')
      .map((a) => a.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => /^[a-z0-9-]+-dieu-\d+[a-z]?(-khoan-\d+)?$/.test(id))).toBe(true);
  });

  it('prints no QR code to the placeholder address: a preview build says so on every sheet instead (review M6)', () => {
    const sheets = ctx.pages.filter((p) => p.path.startsWith('/tai-lieu/') && p.path !== '/tai-lieu/');
    expect(sheets.length).toBeGreaterThanOrEqual(7);
    const preview = page('/').root.querySelector('link[rel="canonical"]')?.getAttribute('href')?.startsWith(DEFAULT_SITE_URL);
    for (const sheet of sheets) {
      if (!preview) {
        expect(sheet.root.querySelectorAll('svg.qr').length, `${sheet.path}: thiếu mã QR`).toBeGreaterThan(0);
        continue;
      }
      expect(sheet.root.querySelectorAll('svg.qr').length, `${sheet.path}: mã QR trỏ tới địa chỉ tạm`).toBe(0);
      expect(sheet.root.querySelector('.sheet-no-qr')?.text, `${sheet.path}: thiếu lời báo bản xem thử`).toMatch(/không có mã QR/);
    }
  });
});
