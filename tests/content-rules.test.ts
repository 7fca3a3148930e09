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
import { ARTICLE_KINDS, moneyAmountsIn, wordCountProblem, type ArticleKind } from '../src/lib/content-rules.ts';

const dir = (d: string) => join(ROOT, 'content', d);
const files = (d: string, ext: string) => (existsSync(dir(d)) ? readdirSync(dir(d), { recursive: true, encoding: 'utf8' }) : []).filter((f) => f.endsWith(ext)).map((f) => join(dir(d), f));

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

  it('finds phone numbers the way Vietnamese text writes them', () => {
    const found = (s: string) => [...s.matchAll(PHONE)].map((m) => m[1]);
    expect(found('Gọi 113 hoặc 111, trợ giúp pháp lý 1800 1233, số 024 3824 9517.')).toEqual(['113', '111', '1800 1233', '024 3824 9517']);
    expect(found('Điều 150, khoản 2; 1.000.000 đồng; năm 2025')).toEqual([]);
  });
});
