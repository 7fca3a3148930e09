/**
 * The content review's (2026-12-04) mechanical patterns, tools/review-rules.ts, read straight
 * from content/ (no build), and the bad fixtures in tests/fixtures/bad-rules/ that must each fail
 * with a message naming file and field.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './helpers/astro-run.ts';
import type { LawStatus } from '../src/lib/vocabulary.ts';
import { contactProblems, lawProblems, problemText, sourceProblems, wordingProblems, type Problem } from '../tools/review-rules.ts';

const filesIn = (root: string) => (d: string, ext: string) => {
  const at = join(root, d);
  return (existsSync(at) ? readdirSync(at, { recursive: true, encoding: 'utf8' }) : []).filter((f) => f.endsWith(ext)).map((f) => join(at, f));
};

/** Every string in parsed YAML with its path ("provisions.2.summary"), so a problem names its field. */
function stringLeaves(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, path ? `${path}.${k}` : k));
  return [];
}

/** Every source address a reader sees (fields named "url"), checked by sourceProblems. */
const urlProblems = (file: string, data: unknown) =>
  stringLeaves(data).flatMap(([field, url]) => (field === 'url' || field.endsWith('.url') ? sourceProblems(file, field, url) : []));

/**
 * The review's mechanical checks (tools/review-rules.ts) over one content folder: wording in
 * article bodies, titles and descriptions and in every law and contact field; law status against
 * its period; contacts that would present a source re-read as a call; unfit reader sources.
 */

function reviewProblems(root: string, today: Date): Problem[] {
  const find = filesIn(root);
  const rel = (f: string) => f.slice(ROOT.length + 1);
  const yamlFile = (f: string) => parseYaml(readFileSync(f, 'utf8')) as Record<string, unknown>;
  const fromArticles = find('articles', '.md').flatMap((f) => {
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(f, 'utf8'));
    const front = (parseYaml(m?.[1] ?? '') ?? {}) as Record<string, unknown>;
    return [
      ...wordingProblems(rel(f), 'nội dung', m?.[2] ?? ''),
      ...(['title', 'description'] as const).flatMap((k) => (typeof front[k] === 'string' ? wordingProblems(rel(f), k, front[k] as string) : [])),
      ...urlProblems(rel(f), front),
    ];
  });
  const fromLaws = find('laws', '.yaml').flatMap((f) => {
    const law = yamlFile(f);
    const { provisions = [], ...rest } = law as { provisions?: Array<{ article?: string }> };
    return [
      ...stringLeaves(rest).flatMap(([field, text]) => wordingProblems(rel(f), field, text)),
      // A provision's fields never name their own article: "đình chỉ" anywhere in Điều 35 counts.
      ...provisions.flatMap((p, i) =>
        stringLeaves(p).flatMap(([field, text]) => wordingProblems(rel(f), `provisions.${i}.${field}`, text, { article: p.article })),
      ),
      ...lawProblems(rel(f), law as { status: LawStatus; periodEnd?: string }, today),
      ...urlProblems(rel(f), law),
    ];
  });
  const fromContacts = find('contacts', '.yaml').flatMap((f) => {
    const contact = yamlFile(f);
    return [
      ...stringLeaves(contact).flatMap(([field, text]) => wordingProblems(rel(f), field, text)),
      ...contactProblems(rel(f), contact),
      ...urlProblems(rel(f), contact),
    ];
  });
  return [...fromArticles, ...fromLaws, ...fromContacts];
}

describe('content review rules', () => {
  it('has none of the patterns the content review found: "lỡ bị", "kẻ xấu", "đình chỉ" near Điều 35, an ended period in force, a re-read shown as a call, an unfit reader source', () => {
    expect(reviewProblems(join(ROOT, 'content'), new Date()).map(problemText)).toEqual([]);
  });

  it('catches each of those patterns in tests/fixtures/bad-rules, naming file and field', () => {
    const found = reviewProblems(join(ROOT, 'tests/fixtures/bad-rules'), new Date('2026-12-04')).map(problemText);
    const expected = [
      /bad-rules\/articles\/vi\/lo-bi-ke-xau\.md: nội dung: "lỡ bị"/,
      /bad-rules\/articles\/vi\/lo-bi-ke-xau\.md: nội dung: "Kẻ xấu"/,
      /bad-rules\/articles\/vi\/dinh-chi-dieu-35\.md: nội dung: "đình chỉ" gần Điều 35/,
      /bad-rules\/articles\/vi\/dinh-chi-dieu-35\.md: description: "đình chỉ" gần Điều 35/,
      /bad-rules\/laws\/het-giai-doan\.yaml: status: giai đoạn của văn bản đã kết thúc/,
      /bad-rules\/laws\/het-giai-doan\.yaml: provisions\.0\.penalties\.0\.other\.0: "đình chỉ" gần Điều 35/i,
      /bad-rules\/contacts\/goi-thu-khong-ghi\.yaml: howTo: "gọi thử": chưa có lần gọi thử nào/,
      /bad-rules\/contacts\/truong-cu-verified\.yaml: verified: trường cũ/,
      /bad-rules\/contacts\/truong-cu-verified\.yaml: source\.url: github\.com: bản sao không chính thức/,
    ];
    for (const re of expected)
      expect(
        found.some((p) => re.test(p)),
        `${re} không có trong:\n${found.join('\n')}`,
      ).toBe(true);
    expect(found).toHaveLength(expected.length);
  });
});
