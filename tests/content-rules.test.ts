/**
 * Editorial rules read straight from content/ (no build): citations in article bodies
 * resolve and match the legal basis, phone numbers come only from contacts, fines only from the
 * provisions an article cites, nothing on the
 * do-not-publish list appears, text is NFC, articles are long enough to be useful.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './helpers/astro-run.ts';
import { deniedIn } from '../src/lib/denylist.ts';
import { parseReference, referenceSource } from '../src/lib/article-refs.ts';
import { ARTICLE_KINDS, moneyAmountsIn, wordCountProblem, type ArticleKind, type LawStatus } from '../src/lib/content-rules.ts';
import { contactProblems, lawProblems, problemText, sourceProblems, wordingProblems, type Problem } from '../src/lib/review-rules.ts';

const filesIn = (root: string) => (d: string, ext: string) => {
  const at = join(root, d);
  return (existsSync(at) ? readdirSync(at, { recursive: true, encoding: 'utf8' }) : []).filter((f) => f.endsWith(ext)).map((f) => join(at, f));
};
const dir = (d: string) => join(ROOT, 'content', d);
const files = filesIn(join(ROOT, 'content'));

/** Every string in parsed YAML with its path ("provisions.2.summary"), so a problem names its field. */
function stringLeaves(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, path ? `${path}.${k}` : k));
  return [];
}

/**
 * The review's mechanical checks (src/lib/review-rules.ts) over one content folder: wording in
 * article bodies, titles and descriptions and in every law and contact field; law status against
 * its period; contacts that would present a source re-read as a call.
 */
/** Every source address a reader sees (fields named "url"), checked by sourceProblems. */
const urlProblems = (file: string, data: unknown) =>
  stringLeaves(data).flatMap(([field, url]) => (field === 'url' || field.endsWith('.url') ? sourceProblems(file, field, url) : []));

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
    return [...stringLeaves(contact).flatMap(([field, text]) => wordingProblems(rel(f), field, text)), ...contactProblems(rel(f), contact), ...urlProblems(rel(f), contact)];
  });
  return [...fromArticles, ...fromLaws, ...fromContacts];
}

interface Article {
  file: string;
  front: { kind: string; legalBasis: Array<{ law: string; provisions?: string[] }>; draft?: boolean };
  body: string;
}
const articles: Article[] = files('articles', '.md').map((file) => {
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: thiếu phần frontmatter giữa hai dòng ---`);
  return { file: file.slice(ROOT.length + 1), front: parseYaml(m[1] ?? ''), body: m[2] ?? '' };
});
const laws = new Map(
  files('laws', '.yaml').map((f) => {
    const data = parseYaml(readFileSync(f, 'utf8')) as {
      provisions?: Array<{ id: string; penalties?: Array<{ fine?: { min: number; max: number } }> }>;
    };
    return [f.split('/').pop()!.replace(/\.yaml$/, ''), data] as const;
  }),
);
const contacts = new Map(
  files('contacts', '.yaml').map((f) => [f.split('/').pop()!.replace(/\.yaml$/, ''), parseYaml(readFileSync(f, 'utf8')) as { number?: string }] as const),
);


/** Phone-number shapes as Vietnamese text writes them: short codes 111–116, 1800/1900 lines, 0-prefixed numbers. */
const PHONE = /(?<![\d/]|\d[.,])(11[1-6]|1[89]00(?: ?\d){4,6}|0\d{2,3}(?: ?\d{3,4}){2})(?![\d/]|[.,]\d)/g;

describe('content rules', () => {
  it('has content to check', () => {
    expect(articles.length).toBeGreaterThan(0);
    expect(laws.size).toBeGreaterThan(0);
    expect(contacts.size).toBeGreaterThan(0);
  });

  it('stores every content file in Unicode NFC', () => {
    const all = [...files('articles', '.md'), ...files('laws', '.yaml'), ...files('contacts', '.yaml'), ...files('localities', '.yaml')];
    const bad = all.filter((f) => {
      const t = readFileSync(f, 'utf8');
      return t !== t.normalize('NFC');
    });
    expect(bad).toEqual([]);
  });

  it('resolves every [](cite:…), [](penalties:…) and [](hotline:…) in article bodies, and lists each cited provision in the legal basis', () => {
    const problems: string[] = [];
    for (const a of articles) {
      for (const m of a.body.matchAll(/\[[^\]]*\]\(((?:cite|penalties|hotline):[^)]*)\)/g)) {
        let ref;
        try {
          ref = parseReference(m[1]!)!;
        } catch (e) {
          problems.push(`${a.file}: ${(e as Error).message}`);
          continue;
        }
        const where = `${a.file}: ${referenceSource(ref)}`;
        if (ref.kind === 'hotline') {
          if (!contacts.has(ref.id)) problems.push(`${where}: không có trong content/contacts`);
          continue;
        }
        const law = laws.get(ref.law);
        if (!law) {
          problems.push(`${where}: không có văn bản này trong content/laws`);
          continue;
        }
        const provision = ref.provision ? law.provisions?.find((p) => p.id === ref.provision) : undefined;
        if (ref.provision && !provision) problems.push(`${where}: văn bản không có điều này`);
        if (ref.kind === 'penalties' && !(provision?.penalties?.length)) problems.push(`${where}: điều này không có mức xử lý`);
        const basis = a.front.legalBasis.find((b) => b.law === ref.law);
        if (!basis) problems.push(`${where}: văn bản chưa có trong legalBasis`);
        else if (ref.provision && !(basis.provisions ?? []).includes(ref.provision)) problems.push(`${where}: điều này chưa có trong legalBasis`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes only numbers that are published contacts', () => {
    const known = new Set([...contacts.values()].map((c) => c.number?.replace(/ /g, '')).filter(Boolean));
    const problems = articles.flatMap((a) =>
      [...a.body.matchAll(PHONE)].map((m) => m[1]!.replace(/ /g, '')).filter((n) => !known.has(n)).map((n) => `${a.file}: số "${n}" không có trong content/contacts`),
    );
    expect(problems).toEqual([]);
  });

  it('states only fines of the provisions it cites (no amount typed from memory or an unchecked source)', () => {
    /** Fine bounds of the provisions in an article's legal basis (a whole-instrument entry counts none). */
    const citedFines = (a: Article) =>
      new Set(
        a.front.legalBasis.flatMap((b) =>
          (laws.get(b.law)?.provisions ?? [])
            .filter((p) => (b.provisions ?? []).includes(p.id))
            .flatMap((p) => (p.penalties ?? []).flatMap((band) => (band.fine ? [band.fine.min, band.fine.max] : []))),
        ),
      );
    const problems = articles.flatMap((a) => {
      const allowed = citedFines(a);
      return moneyAmountsIn(a.body)
        .filter((amount) => !allowed.has(amount))
        .map((amount) => `${a.file}: số tiền ${amount.toLocaleString('vi-VN')} đồng không thuộc mức phạt nào của các điều bài này dẫn trong legalBasis`);
    });
    expect(problems).toEqual([]);
  });

  it('never publishes what the facts mark "do not publish"', () => {
    const all = [...files('articles', '.md'), ...files('laws', '.yaml'), ...files('contacts', '.yaml'), ...files('localities', '.yaml')];
    const problems = all.flatMap((f) => {
      // YAML comments are notes for editors (they may name what was left out), never published.
      const text = readFileSync(f, 'utf8').split('\n').filter((line) => !line.trimStart().startsWith('#')).join('\n');
      return deniedIn(text).map((re) => `${f.slice(ROOT.length + 1)}: ${re}`);
    });
    expect(problems).toEqual([]);
  });

  it('writes Vietnamese prose with its diacritics (no "khong", "nguoi", "duoc")', () => {
    // Words that never appear without tone marks in correct Vietnamese prose.
    const bare = /(?<![\p{L}\/-])(khong|nguoi|duoc|phap luat|dien thoai|tre em|lao dong|mai dam|mua ban)(?![\p{L}\/-])/giu;
    const problems = articles.flatMap((a) => {
      const prose = a.body.replace(/\]\([^)]*\)/g, ']').replace(/<[^>]+>/g, ' ');
      return [...prose.matchAll(bare)].map((m) => `${a.file}: "${m[0]}"`);
    });
    expect(problems).toEqual([]);
  });

  it('puts no images in articles: no photo of a person can identify a victim', () => {
    const withImages = articles.filter((a) => /!\[|<img\b|<Image\b/.test(a.body)).map((a) => a.file);
    expect(withImages).toEqual([]);
  });

  it('gives every article at least the minimum word count for its kind (MIN_WORDS_BY_KIND)', () => {
    const problems = articles.flatMap((a) => {
      if (a.front.draft) return [];
      if (!(ARTICLE_KINDS as readonly string[]).includes(a.front.kind)) return [`${a.file}: loại bài "${a.front.kind}" không có trong ARTICLE_KINDS`];
      const problem = wordCountProblem(a.front.kind as ArticleKind, a.body);
      return problem ? [`${a.file}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

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
    for (const re of expected) expect(found.some((p) => re.test(p)), `${re} không có trong:\n${found.join('\n')}`).toBe(true);
    expect(found).toHaveLength(expected.length);
  });

  it('finds phone numbers the way Vietnamese text writes them', () => {
    const found = (s: string) => [...s.matchAll(PHONE)].map((m) => m[1]);
    expect(found('Gọi 113 hoặc 111, trợ giúp pháp lý 1800 1233, số 024 3824 9517.')).toEqual(['113', '111', '1800 1233', '024 3824 9517']);
    expect(found('Điều 150, khoản 2; 1.000.000 đồng; năm 2025')).toEqual([]);
  });
});
