/**
 * The publishing-safety rules end to end (their unit tests: tests/content-rules.test.ts): a
 * contact with a do-not-publish number stops `astro build` itself, naming the file.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAstro, type AstroRun } from '../helpers/astro-run.ts';

describe('npm run build runs the publishing rules', () => {
  const runs: AstroRun[] = [];
  const dirs: string[] = [];
  afterAll(() => {
    runs.forEach((r) => {
      r.cleanup();
    });
    dirs.forEach((d) => {
      rmSync(d, { recursive: true, force: true });
    });
  });

  it('stops on a contact carrying a do-not-publish number, naming the file (review M4)', () => {
    const overlay = mkdtempSync(join(tmpdir(), 'pcmd-overlay-'));
    dirs.push(overlay);
    mkdirSync(join(overlay, 'contacts'));
    // The old child helpline, replaced by 111: the first entry of DO_NOT_PUBLISH.
    writeFileSync(
      join(overlay, 'contacts/tu-van-tre-em.yaml'),
      [
        'name: Tư vấn trẻ em',
        'number: "1800 1567"',
        'hours: 24/7',
        'cost: Miễn phí',
        'operator: Không rõ',
        'purpose: Một đường dây đã ngừng, dùng để thử.',
        'needs: [tre-em]',
        'audiences: [moi-nguoi]',
        'scope: national',
        'source:',
        '  title: Nguồn thử',
        '  url: https://example.vn/',
        'sourceChecked: 2026-11-20',
        '',
      ].join('\n'),
    );
    const run = runAstro('build', overlay);
    runs.push(run);
    expect(run.code, run.output).not.toBe(0);
    expect(run.output).toMatch(/\[do-not-publish\] .*contacts\/tu-van-tre-em\.yaml: có số .*không được đăng/);
  });
});
