/**
 * Writes <dist>/pagefind/lexicon.json: the site's words (src/lib/search-lexicon.ts) from the
 * same text Pagefind indexes (each page's data-pagefind-body, without data-pagefind-ignore
 * parts, plus its search metadata), and the readers' words from content/tu-dong-nghia.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadPages } from '../../tools/dist.ts';
import { buildLexicon } from '../../src/lib/search-lexicon.ts';
import { readerRewrites } from '../../src/lib/search-terms.ts';
import { searchTermsSchema, type SearchTerms } from '../../src/schemas/search-terms.ts';
import { contentDir } from '../../src/lib/content-dir.ts';
import type { SearchLexicon } from '../../src/lib/search-run.ts';

export const LEXICON_FILE = 'pagefind/lexicon.json';

/** The groups of content/tu-dong-nghia (already validated by the Astro build that ran first). */
function readSearchTerms(dir: string): SearchTerms[] {
  const folder = join(dir, 'tu-dong-nghia');
  let files: string[] = [];
  try {
    files = readdirSync(folder).filter((f) => f.endsWith('.yaml'));
  } catch {
    return [];
  }
  return files.map((f) => searchTermsSchema.parse(parseYaml(readFileSync(join(folder, f), 'utf8'))));
}

/** The indexed text of every page Pagefind indexes. */
function indexedTexts(dist: string): string[] {
  return loadPages(dist).flatMap(({ root }) => {
    const body = root.querySelector('[data-pagefind-body]');
    if (!body) return [];
    for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
    const meta = root.querySelectorAll('meta[data-pagefind-meta]').map((m) => m.getAttribute('content') ?? '');
    return [[body.textContent, ...meta].join(' ')];
  });
}

export function writeLexicon(dist: string): SearchLexicon {
  const lexicon = buildLexicon(indexedTexts(dist), readerRewrites(readSearchTerms(contentDir(process.env.CONTENT_DIR))));
  writeFileSync(join(dist, LEXICON_FILE), JSON.stringify(lexicon));
  return lexicon;
}
