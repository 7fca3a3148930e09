import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BENCH_MARK, BENCH_NOTICE, benchSlug, syntheticArticle } from './synthetic-article.ts';
import { readCitable, type Citable } from './citable.ts';

const citable: Citable = readCitable(join(import.meta.dirname, '../../content'));
const frontOf = (markdown: string) => parse(markdown.split('---\n')[1] as string) as Record<string, unknown>;

describe('benchSlug', () => {
  it.each([
    [1, 'bai-thu-hieu-nang-0001'],
    [1000, 'bai-thu-hieu-nang-1000'],
    [3000, 'bai-thu-hieu-nang-3000'],
  ])('%d -> %s', (i, slug) => expect(benchSlug(i)).toBe(slug));
});

describe('syntheticArticle', () => {
  it('is the same text for the same inputs and different for another index or seed', () => {
    expect(syntheticArticle(7, 100, citable).markdown).toBe(syntheticArticle(7, 100, citable).markdown);
    expect(syntheticArticle(8, 100, citable).markdown).not.toBe(syntheticArticle(7, 100, citable).markdown);
    expect(syntheticArticle(7, 100, citable, 2).markdown).not.toBe(syntheticArticle(7, 100, citable).markdown);
  });

  it('is marked as benchmark text in title, description, keywords and body', () => {
    const { markdown } = syntheticArticle(3, 10, citable);
    const front = frontOf(markdown);
    expect(front.title).toMatch(new RegExp(`^${BENCH_MARK} 0003: `));
    expect(front.description).toMatch(/thử hiệu năng/);
    expect(front.keywords).toContain('bài thử hiệu năng');
    expect(markdown).toContain(BENCH_NOTICE);
  });

  it('meets the schema limits and cites only real laws, provisions and contacts', () => {
    for (let i = 1; i <= 200; i++) {
      const { markdown } = syntheticArticle(i, 200, citable);
      const front = frontOf(markdown);
      expect((front.title as string).length).toBeLessThanOrEqual(90);
      expect((front.description as string).length).toBeGreaterThanOrEqual(50);
      expect((front.description as string).length).toBeLessThanOrEqual(180);
      expect(markdown).toBe(markdown.normalize('NFC'));
      const basis = front.legalBasis as { law: string; provisions: string[] }[];
      expect(basis.length).toBeGreaterThan(0);
      for (const b of basis) {
        const law = citable.laws.find((l) => l.id === b.law);
        expect(law, b.law).toBeDefined();
        expect(b.provisions.every((p) => law?.provisions.includes(p))).toBe(true);
      }
      expect((front.sources as unknown[]).length).toBeGreaterThan(0);
      for (const [, law, p] of markdown.matchAll(/\]\((?:cite|penalties):([^/)]+)\/([^)]+)\)/g)) {
        expect(citable.laws.find((l) => l.id === law)?.provisions).toContain(p);
      }
      for (const [, id] of markdown.matchAll(/\]\(hotline:([^)]+)\)/g)) expect(citable.contacts).toContain(id);
      // Phone numbers in prose come only from content/contacts (through [](hotline:…)).
      expect(markdown.split('---\n')[2]).not.toMatch(/\d{3}[ .]?\d{3}[ .]?\d{3,4}/);
    }
  });

  it('links to the next article, wrapping round, and not to itself when alone', () => {
    expect(syntheticArticle(10, 10, citable).markdown).toContain(`](/bai-viet/${benchSlug(1)}/)`);
    expect(syntheticArticle(1, 1, citable).markdown).not.toContain('](/bai-viet/');
  });
});
