/** The printable sheets, and what their QR codes must do (tests/browser/print-materials.test.ts, tests/builds/subfolder-build.test.ts). */
import type { Page } from 'playwright-core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { HUB_AUDIENCES } from '../../src/lib/vocabulary.ts';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CARD_SHEET_PATH, handoutPath, posterPath, quizSheetPath } from '../../src/lib/materials.ts';
import { checklistPath } from '../../src/lib/checklists.ts';
import { ROOT } from './astro-run.ts';
import { DEFAULT_SITE_URL } from '../../src/lib/site-env.ts';

/** The business checklists, one per file in content/checklists. */
export const CHECKLISTS = readdirSync(join(ROOT, 'content/checklists'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => checklistPath(f.replace(/\.yaml$/, '')));

/** Every printable sheet, as a path under the base. */
export const MATERIALS = [...HUB_AUDIENCES.flatMap((a) => [posterPath(a), handoutPath(a)]), CARD_SHEET_PATH, ...CHECKLISTS];

/** The lessons' quiz sheets a build made (one per article with a quiz), as paths under the base. */
export function quizSheets(dist: string): string[] {
  const dir = join(dist, 'tai-lieu', 'cau-hoi');
  return existsSync(dir) ? readdirSync(dir).sort().map(quizSheetPath) : [];
}

/** Why the sheet open in `page` has a wrong QR code, or null: it scans to the canonical address, or, on a preview build, is absent and the sheet says so. */
export async function qrProblem(page: Page): Promise<string | null> {
  const path = new URL(page.url()).pathname;
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
  const codes = page.locator('.sheet svg.qr');
  if (canonical.startsWith(DEFAULT_SITE_URL)) {
    if ((await codes.count()) > 0) return `${path}: bản xem thử có mã QR trỏ tới địa chỉ tạm ${DEFAULT_SITE_URL}`;
    const notice = (await page.locator('.sheet-no-qr').first().textContent()) ?? '';
    return /không có mã QR/.test(notice) ? null : `${path}: bản xem thử không báo vì sao không có mã QR`;
  }
  const png = PNG.sync.read(await codes.first().screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  return found === canonical ? null : `${path}: mã QR đọc ra "${found}", cần ${canonical}`;
}
