/**
 * Search against the built Pagefind index, in Node (Pagefind's JS API fetches its chunks
 * from a local server). A first set of queries as people type them; the search issue grows it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { serveDist, type StaticServer } from './helpers/static-server.ts';
import { ROOT } from './helpers/astro-run.ts';

interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string) => Promise<{ results: Array<{ data: () => Promise<{ url: string }> }> }>;
}

let server: StaticServer;
let pagefind: Pagefind;

beforeAll(async () => {
  server = await serveDist(join(ROOT, 'dist'));
  pagefind = (await import(join(ROOT, 'dist/pagefind/pagefind.js'))) as Pagefind;
  await pagefind.options({ basePath: `${server.origin}/pagefind/` });
});
afterAll(() => server?.close());

async function top3(query: string): Promise<string[]> {
  const { results } = await pagefind.search(query);
  const data = await Promise.all(results.slice(0, 3).map((r) => r.data()));
  return data.map((d) => new URL(d.url, server.origin).pathname);
}

describe('search', () => {
  it.each([
    ['đường dây nóng', '/duong-day-nong/'],
    ['duong day nong', '/duong-day-nong/'], // no tone marks and d for đ
    ['nghi dinh 282', '/bai-viet/nghi-dinh-282-thay-nghi-dinh-144/'],
    ['sugar baby', '/bai-viet/sugar-baby-hen-ho-va-loi-moi-bao-nuoi/'],
    ['bị dọa tung ảnh', '/bai-viet/anh-nhay-cam-va-bi-de-doa-phat-tan/'],
  ])('"%s" puts %s in the top 3', async (query, expected) => {
    expect(await top3(query)).toContain(expected);
  });
});
