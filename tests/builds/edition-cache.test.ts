/**
 * Astro caches each article's rendered Markdown, keyed by the file's text and Astro's own config.
 * SITE_LOCALITY is not part of that config, so a developer who builds the national site and then
 * a commune edition reuses the cached HTML: the edition's hotline order must still be right,
 * so nothing that depends on the edition may live in the cached HTML (see src/lib/article-refs.ts).
 * (BASE_PATH changes Astro's config, which empties the cache; the base is filled per page anyway.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { ROOT, runAstro, type AstroRun } from '../helpers/astro-run.ts';

const ARTICLE = 'bai-viet/cach-to-giac-mua-ban-nguoi-va-mai-dam';
const overlay = join(ROOT, 'tests/fixtures/locality-edition');
const cache = mkdtempSync(join(tmpdir(), 'pcmd-shared-cache-'));
let national: AstroRun;
let edition: AstroRun;
const article = (run: AstroRun) => parse(readFileSync(join(run.outDir, ARTICLE, 'index.html'), 'utf8'));
const firstCard = (run: AstroRun) => article(run).querySelector('[data-hotline-box] h3')?.text.trim() ?? '';

beforeAll(() => {
  national = runAstro('build', overlay, { ASTRO_CACHE_DIR: cache });
  if (national.code !== 0) throw new Error(national.output);
  if (!existsSync(join(cache, 'data-store.json'))) throw new Error(`${cache}: bản dựng đầu không để lại bộ nhớ đệm nội dung, phép thử này không còn ý nghĩa`);
  edition = runAstro('build', overlay, { ASTRO_CACHE_DIR: cache, SITE_LOCALITY: 'phuong-vi-du' });
  if (edition.code !== 0) throw new Error(edition.output);
});
afterAll(() => {
  national?.cleanup();
  edition?.cleanup();
  rmSync(cache, { recursive: true, force: true });
});

describe('article HTML from a shared content cache', () => {
  it('shows the national line first in the national build', () => {
    expect(firstCard(national)).toContain('111');
  });

  it('puts the commune line first in the edition built next from the same cache', () => {
    expect(firstCard(edition), `/${ARTICLE}/: ô đường dây đầu tiên phải là đầu mối của xã khi dựng bản địa phương`).toContain('Công an Phường Ví Dụ');
  });

  it('reused the cache: the second build did not render the articles again', () => {
    expect(edition.output).not.toMatch(/Astro config changed|Content config changed/);
  });
});
