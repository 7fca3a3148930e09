/**
 * The schemas load and work outside Astro: a plain Node process (no Vite, no `astro:content`)
 * imports every file in src/schemas/ and parses the real content with them, as a script or a
 * generator that reads the schemas would. A schema file that imported `astro:content`, or a
 * module Node cannot load as written (an import without its `.ts`), fails here.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

// Runs in the child process, from the project root. Frontmatter is read the way the glob
// loader reads it: the YAML between the first two "---" lines.
const script = `
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { idReference } from './src/schemas/parts.ts';
import { articleSchema } from './src/schemas/articles.ts';
import { contactSchema } from './src/schemas/contacts.ts';
import { lawSchema } from './src/schemas/laws.ts';
import { localitySchema } from './src/schemas/localities.ts';
import { searchTermsSchema } from './src/schemas/search-terms.ts';
import { checklistSchema } from './src/schemas/checklists.ts';

const read = (dir, ext) => readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => [f, readFileSync(dir + '/' + f, 'utf8')]);
const parseAll = (schema, entries, toData) => entries.map(([file, text]) => {
  const result = schema.safeParse(toData(text));
  if (!result.success) throw new Error(file + ': ' + JSON.stringify(result.error.issues));
  return result.data;
});
const frontmatter = (md) => parse(md.split(/^---$/m)[1]);
const out = {
  articles: parseAll(articleSchema(idReference), read('content/articles/vi', '.md'), frontmatter),
  laws: parseAll(lawSchema(idReference), read('content/laws', '.yaml'), parse),
  contacts: parseAll(contactSchema(idReference), read('content/contacts', '.yaml'), parse),
  localities: parseAll(localitySchema(idReference), read('tests/fixtures/locality-edition/localities', '.yaml'), parse),
  searchTerms: parseAll(searchTermsSchema, read('content/tu-dong-nghia', '.yaml'), parse),
  checklists: parseAll(checklistSchema, read('content/checklists', '.yaml'), parse),
};
console.log(JSON.stringify({
  counts: Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.length])),
  firstLaw: out.articles[0].legalBasis[0].law,
  tel: out.contacts.find((c) => c.number === '113')?.tel,
}));
`;

const count = (dir: string, ext: string) => readdirSync(`${root}${dir}`).filter((f) => f.endsWith(ext)).length;

describe('schemas outside Astro', () => {
  it('load in plain Node and accept every content file, with references as { collection, id }', () => {
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    const result = JSON.parse(output);
    expect(result.counts).toEqual({
      articles: count('content/articles/vi', '.md'),
      laws: count('content/laws', '.yaml'),
      contacts: count('content/contacts', '.yaml'),
      localities: count('tests/fixtures/locality-edition/localities', '.yaml'),
      searchTerms: count('content/tu-dong-nghia', '.yaml'),
      checklists: count('content/checklists', '.yaml'),
    });
    expect(result.counts.articles).toBeGreaterThan(0);
    expect(result.firstLaw).toEqual({ collection: 'laws', id: expect.stringMatching(/^[a-z0-9-]+$/) });
    expect(result.tel).toBe('tel:113');
  });
});
