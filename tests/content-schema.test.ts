/**
 * A broken content file must stop the build and name the file and the field.
 * Each case lays one bad file from tests/fixtures/bad-content over a copy of content/.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT, runAstro, type AstroRun } from './helpers/astro-run.ts';

const fixtures = join(ROOT, 'tests/fixtures/bad-content');
const runs: AstroRun[] = [];
afterAll(() => runs.forEach((r) => r.cleanup()));

// Schema errors stop `astro sync`, the first step of every build; reference errors surface when pages render.
const cases: Array<{ name: string; command: 'sync' | 'build'; file: string; field: RegExp; why: RegExp }> = [
  { name: 'missing-title', command: 'sync', file: 'thieu-tieu-de.mdx', field: /title/, why: /Required|expected string/i },
  { name: 'unknown-audience', command: 'sync', file: 'sai-nhom-doc.mdx', field: /audiences/, why: /hoc-sinh-sinh-vien, nguoi-lao-dong/ },
  { name: 'malformed-phone', command: 'sync', file: 'so-sai-dang.yaml', field: /number/, why: /"1800-1233" không hợp lệ/ },
  { name: 'contact-without-source', command: 'sync', file: 'khong-nguon.yaml', field: /source/, why: /Required|expected object/i },
  { name: 'story-not-composite', command: 'sync', file: 'chuyen-that.mdx', field: /story\.composite/, why: /chuyện ghép/ },
  { name: 'not-nfc', command: 'sync', file: 'khong-nfc.mdx', field: /title/, why: /NFC/ },
  { name: 'unchecked-penalties', command: 'sync', file: 'cho-doi-chieu.yaml', field: /provisions\.0\.penalties/, why: /chờ đối chiếu/ },
  { name: 'missing-law', command: 'build', file: 'luat-khong-ton-tai.mdx', field: /legalBasis\[0\]/, why: /không có văn bản "luat-khong-co-2099"/ },
  { name: 'missing-provision', command: 'build', file: 'dieu-khong-ton-tai.mdx', field: /legalBasis\[0\]\.provisions\[0\]/, why: /không có điều "dieu-999"/ },
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
