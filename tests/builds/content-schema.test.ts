/**
 * A broken content file must stop the build and name the file and the field.
 * Each case lays one bad file from tests/fixtures/bad-content over a copy of content/.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT, runAstro, type AstroRun } from '../helpers/astro-run.ts';

const fixtures = join(ROOT, 'tests/fixtures/bad-content');
const runs: AstroRun[] = [];
afterAll(() =>
  runs.forEach((r) => {
    r.cleanup();
  }),
);

// Schema errors stop `astro sync`, the first step of every build. A reference written wrong is
// logged while the content loader renders Markdown and stops the build when the page renders;
// references to missing data surface when pages render, so they always meet the current data.
// One build per kind of error proves the wiring; the other cases of each kind are unit tests
// without a build: src/site-data.test.ts (a missing law, hotline or checklist provision over
// mocked collections) and src/lib/article-refs.test.ts (a reference inside a sentence).
const cases: Array<{ name: string; command: 'sync' | 'build'; file: string; field: RegExp; why: RegExp }> = [
  { name: 'missing-title', command: 'sync', file: 'thieu-tieu-de.md', field: /title/, why: /Required|expected string/i },
  { name: 'unknown-audience', command: 'sync', file: 'sai-nhom-doc.md', field: /audiences/, why: /hoc-sinh-sinh-vien, nguoi-lao-dong/ },
  { name: 'unknown-need', command: 'sync', file: 'sai-nhu-cau.md', field: /need/, why: /can-giup-ngay, nhan-biet/ },
  { name: 'malformed-phone', command: 'sync', file: 'so-sai-dang.yaml', field: /number/, why: /"1800-1233" không hợp lệ/ },
  { name: 'contact-without-source', command: 'sync', file: 'khong-nguon.yaml', field: /source/, why: /Required|expected object/i },
  { name: 'story-not-composite', command: 'sync', file: 'chuyen-that.md', field: /story\.composite/, why: /chuyện ghép/ },
  { name: 'not-nfc', command: 'sync', file: 'khong-nfc.md', field: /title/, why: /NFC/ },
  { name: 'unchecked-penalties', command: 'sync', file: 'cho-doi-chieu.yaml', field: /provisions\.0\.penalties/, why: /chờ đối chiếu/ },
  { name: 'slur-synonym', command: 'sync', file: 'tu-miet-thi.yaml', field: /terms\.1:/, why: /"gái gọi" chứa từ miệt thị.*readerWords/ },
  { name: 'expired-in-force', command: 'sync', file: 'het-giai-doan.yaml', field: /status/, why: /giai đoạn của văn bản đã kết thúc/ },
  { name: 'call-test-without-date', command: 'sync', file: 'goi-thu-thieu-ngay.yaml', field: /callTest\.date/, why: /YYYY-MM-DD|Required|expected/i },
  { name: 'missing-provision', command: 'build', file: 'dieu-khong-ton-tai.md', field: /legalBasis\[0\]\.provisions\[0\]/, why: /không có điều "dieu-999"/ },
  { name: 'unknown-cite', command: 'build', file: 'khong-co-dieu-trong-bai.md', field: /\[\]\(cite:blhs-2015\/dieu-999\)/, why: /không có điều "dieu-999"/ },
  // A <meta refresh> would send readers to another site; no CSP can stop it (review M3).
  { name: 'raw-html', command: 'build', file: 'chuyen-huong-ngam.md:16', field: /<meta http-equiv="refresh"/, why: /bài viết không được chứa HTML/ },
];

describe('bad content stops the build', () => {
  it.each(cases)('$name', ({ name, command, file, field, why }) => {
    const run = runAstro(command, join(fixtures, name));
    runs.push(run);
    expect(run.code, run.output).not.toBe(0);
    expect(run.output).toContain(file);
    expect(run.output).toMatch(field);
    expect(run.output).toMatch(why);
  });

  it('and the same content without the bad file passes', () => {
    const run = runAstro('sync');
    runs.push(run);
    expect(run.code, run.output).toBe(0);
  });
});
