/**
 * The browser editor in the built site (dist/quan-tri/): its configuration holds exactly the
 * fields of the content schemas, and it stays apart from the readers' site.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/astro-run.ts';
import { schemaPaths } from '../helpers/schema-paths.ts';
import { editorCollections } from '../../src/lib/editor/config.ts';
import { openSearch } from '../../tools/pagefind-node.ts';

const DIST = join(ROOT, 'dist');

interface Field {
  name: string;
  fields?: Field[];
  field?: Field;
}
const configPaths = (prefix: string, fields: Field[]): string[] =>
  fields.flatMap((f) => [`${prefix}.${f.name}`, ...(f.fields ? configPaths(`${prefix}.${f.name}`, f.fields) : [])]);

describe('dist/quan-tri/config.yml', () => {
  const config = parse(readFileSync(join(DIST, 'quan-tri/config.yml'), 'utf8')) as { collections: Array<{ name: string; folder: string; fields: Field[] }> };

  it('has every collection src/content.config.ts defines, and no other', () => {
    const defined = /export const collections = \{([^}]*)\}/
      .exec(readFileSync(join(ROOT, 'src/content.config.ts'), 'utf8'))?.[1]
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    expect(Object.keys(editorCollections()).sort()).toEqual(defined?.sort());
  });

  it('lists every content collection, with the folder its files live in', () => {
    const expected = Object.entries(editorCollections()).map(([name, place]) => [name, place.folder]);
    expect(config.collections.map((c) => [c.name, c.folder])).toEqual(expected);
  });

  it.each(Object.keys(editorCollections()))('%s: a field for every schema field, and no field the schema lacks', (name) => {
    const schema = editorCollections()[name as keyof ReturnType<typeof editorCollections>].schema;
    const inSchema = schemaPaths(name, schema);
    const collection = config.collections.find((c) => c.name === name);
    // The Markdown text of an article is its body, not a frontmatter field.
    const inEditor = configPaths(name, collection?.fields ?? []).filter((p) => p !== 'articles.body');
    expect(
      inEditor.filter((p) => !inSchema.includes(p)),
      'trường có trong trình soạn thảo mà schema không có',
    ).toEqual([]);
    expect(
      inSchema.filter((p) => !inEditor.includes(p)),
      'trường có trong schema mà trình soạn thảo thiếu',
    ).toEqual([]);
  });

  it('checks an article’s numbers against this edition’s contacts', () => {
    const body = config.collections.find((c) => c.name === 'articles')?.fields.find((f) => f.name === 'body') as unknown as { pattern: [string, string] };
    const pattern = new RegExp(body.pattern[0]);
    expect(pattern.test('Gọi 111 hoặc 113, trợ giúp pháp lý 1800 1233.')).toBe(true);
    expect(pattern.test('Gọi 0912 345 678.')).toBe(false);
  });
});

describe('the editor stays out of search', () => {
  it('no search finds the editor page', async () => {
    const search = await openSearch(DIST);
    for (const query of ['Quản trị nội dung', 'quan tri', 'Sveltia']) {
      expect((await search.search(query, 20)).filter((p) => p.includes('quan-tri'))).toEqual([]);
    }
  });
});
