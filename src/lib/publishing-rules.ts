/**
 * Publishing-safety rules read straight from the content files (no Astro): what the schemas
 * cannot see because it spans files (a number that is in no contact, a fine of a provision the
 * article does not cite) or lives in text the schemas do not parse (YAML values of any field,
 * article bodies). They run inside `npm run build` (src/integrations/publishing-rules.ts), so no
 * deploy path skips them, and in `npm test` against bad content made to break each one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { deniedIn } from './denylist.ts';
import { parseReference, referenceSource } from './article-refs.ts';
import { ARTICLE_KINDS, type ArticleKind } from './vocabulary.ts';
import { moneyAmountsIn, wordCountProblem } from './content-rules.ts';

export interface ArticleFile {
  /** Path shown in messages, e.g. "content/articles/vi/a.md". */
  file: string;
  /** The front matter as YAML text (for rules on how dates are written) and parsed. */
  frontText: string;
  front: { kind?: string; legalBasis?: Array<{ law: string; provisions?: string[] }>; draft?: boolean };
  body: string;
}

export interface ContentSet {
  articles: ArticleFile[];
  /** Law id -> its provisions, with fine bounds. */
  laws: Map<string, { provisions?: Array<{ id: string; penalties?: Array<{ fine?: { min: number; max: number } }> }> }>;
  /** Contact id -> its dialled number, when it has one. */
  contacts: Map<string, { number?: string }>;
  /** Every content file as written: path shown in messages, and its text. */
  files: Array<{ file: string; text: string }>;
}

const listFiles = (dir: string, ext: string) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith(ext))
        .sort()
        .map((f) => join(dir, f))
    : [];

/** Read a content folder (content/ or CONTENT_DIR) into what the rules look at. */
export function readContent(contentDir: string): ContentSet {
  const shown = (path: string) => {
    const rel = relative(process.cwd(), path);
    return rel.startsWith('..') ? path : rel;
  };
  const files = ['articles', 'laws', 'contacts', 'localities'].flatMap((d) =>
    listFiles(join(contentDir, d), d === 'articles' ? '.md' : '.yaml').map((path) => ({ path, file: shown(path), text: readFileSync(path, 'utf8') })),
  );
  const inFolder = (d: string) => files.filter((f) => relative(join(contentDir, d), f.path).split(/[/\\]/)[0] !== '..');
  const articles = inFolder('articles').map(({ file, text }) => {
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
    const frontText = m?.[1] ?? '';
    let front: ArticleFile['front'] = {};
    try {
      front = (parseYaml(frontText) ?? {}) as ArticleFile['front'];
    } catch {
      // The schema names YAML syntax errors; these rules only read what parses.
    }
    return { file, frontText, front, body: m?.[2] ?? text };
  });
  const byId = (d: string) =>
    new Map(
      inFolder(d).flatMap(({ file, text }) => {
        try {
          return [[basename(file, '.yaml'), parseYaml(text) ?? {}] as const];
        } catch {
          return [];
        }
      }),
    );
  return { articles, laws: byId('laws'), contacts: byId('contacts'), files: files.map(({ file, text }) => ({ file, text })) };
}

/** Phone-number shapes as Vietnamese text writes them: short codes 111–116, 1800/1900 lines, 0-prefixed numbers. */
export const PHONE_IN_TEXT = /(?<![\d/]|\d[.,])(11[1-6]|1[89]00(?: ?\d){4,6}|0\d{2,3}(?: ?\d{3,4}){2})(?![\d/]|[.,]\d)/g;

/** Words that never appear without tone marks in correct Vietnamese prose. */
const BARE_WORDS = /(?<![\p{L}/-])(khong|nguoi|duoc|phap luat|dien thoai|tre em|lao dong|mai dam|mua ban)(?![\p{L}/-])/giu;

/** A file name an address can carry as is: /bai-viet/<slug>/. */
const SLUG_FILE = /^[a-z0-9]+(-[a-z0-9]+)*\.md$/;

export interface PublishingRule {
  name: string;
  /** What passing proves, in one line (shown by tests). */
  proves: string;
  /**
   * False for the two rules `npm test` alone runs: references (the article page already stops the
   * build on a wrong one when it renders, with its own message) and word counts (editorial
   * quality, not reader safety: a commune's urgent update is never held back by its length).
   */
  inBuild: boolean;
  /** Problems, each "file: what is wrong and what to do", one line. */
  run(content: ContentSet): string[];
}

const published = (c: ContentSet) => c.articles.filter((a) => !a.front.draft);

export const PUBLISHING_RULES: readonly PublishingRule[] = [
  {
    name: 'do-not-publish',
    proves: 'no number or address the facts mark "do not publish" is in any content file (YAML comments aside)',
    inBuild: true,
    run: (c) =>
      c.files.flatMap(({ file, text }) => {
        // YAML comments are notes for editors (they may name what was left out), never published.
        const lines = file.endsWith('.yaml')
          ? text
              .split('\n')
              .filter((l) => !l.trimStart().startsWith('#'))
              .join('\n')
          : text;
        return deniedIn(lines).map(
          (re) =>
            `${file}: có số hoặc địa chỉ trong danh sách không được đăng (${re.source}): xoá nó (vì sao: chú thích cạnh mẫu này trong src/lib/denylist.ts)`,
        );
      }),
  },
  {
    name: 'phones-from-contacts',
    proves: 'every phone number written in an article is the number of a contact in content/contacts',
    inBuild: true,
    run: (c) => {
      const known = new Set([...c.contacts.values()].map((x) => x.number?.replace(/ /g, '')).filter(Boolean));
      return c.articles.flatMap((a) =>
        [...a.body.matchAll(PHONE_IN_TEXT)]
          .map((m) => m[1]!.replace(/ /g, ''))
          .filter((n) => !known.has(n))
          .map((n) => `${a.file}: số "${n}" không có trong content/contacts: chỉ viết số của một đường dây đã có nguồn, hoặc dùng [](hotline:<mã>)`),
      );
    },
  },
  {
    name: 'fines-from-cited-provisions',
    proves: 'every amount of money in an article is a fine of a provision the article cites in legalBasis',
    inBuild: true,
    run: (c) =>
      published(c).flatMap((a) => {
        const allowed = new Set(
          (a.front.legalBasis ?? []).flatMap((b) =>
            (c.laws.get(b.law)?.provisions ?? [])
              .filter((p) => (b.provisions ?? []).includes(p.id))
              .flatMap((p) => (p.penalties ?? []).flatMap((band) => (band.fine ? [band.fine.min, band.fine.max] : []))),
          ),
        );
        return moneyAmountsIn(a.body)
          .filter((amount) => !allowed.has(amount))
          .map(
            (amount) =>
              `${a.file}: số tiền ${amount.toLocaleString('vi-VN')} đồng không thuộc mức phạt nào của các điều bài này dẫn trong legalBasis: dùng [](penalties:…) thay vì gõ tay`,
          );
      }),
  },
  {
    name: 'references-in-legal-basis',
    proves: 'every [](cite:…), [](penalties:…) and [](hotline:…) names existing data, and each cited provision is in the legal basis',
    inBuild: false,
    run: (c) =>
      c.articles.flatMap((a) =>
        [...a.body.matchAll(/\[[^\]]*\]\(((?:cite|penalties|hotline):[^)]*)\)/g)].flatMap((m): string[] => {
          let ref: NonNullable<ReturnType<typeof parseReference>>;
          try {
            ref = parseReference(m[1]!)!;
          } catch (e) {
            return [`${a.file}: ${(e as Error).message}`];
          }
          const where = `${a.file}: ${referenceSource(ref)}`;
          if (ref.kind === 'hotline') return c.contacts.has(ref.id) ? [] : [`${where}: không có trong content/contacts`];
          const law = c.laws.get(ref.law);
          if (!law) return [`${where}: không có văn bản này trong content/laws`];
          const provision = ref.provision ? law.provisions?.find((p) => p.id === ref.provision) : undefined;
          const problems: string[] = [];
          if (ref.provision && !provision) problems.push(`${where}: văn bản không có điều này`);
          if (ref.kind === 'penalties' && !provision?.penalties?.length) problems.push(`${where}: điều này không có mức xử lý`);
          const basis = (a.front.legalBasis ?? []).find((b) => b.law === ref.law);
          if (!basis) problems.push(`${where}: văn bản chưa có trong legalBasis: thêm vào legalBasis`);
          else if (ref.provision && !(basis.provisions ?? []).includes(ref.provision))
            problems.push(`${where}: điều này chưa có trong legalBasis: thêm vào provisions`);
          return problems;
        }),
      ),
  },
  {
    name: 'nfc',
    proves: 'every content file is stored in Unicode NFC',
    inBuild: true,
    run: (c) =>
      c.files
        .filter((f) => f.text !== f.text.normalize('NFC'))
        .map((f) => `${f.file}: chữ không ở dạng Unicode dựng sẵn (NFC): lưu lại tệp bằng trình soạn thảo UTF-8 NFC`),
  },
  {
    name: 'diacritics',
    proves: 'article prose keeps its tone marks (no "khong", "nguoi", "duoc")',
    inBuild: true,
    run: (c) =>
      c.articles.flatMap((a) => {
        const prose = a.body.replace(/\]\([^)]*\)/g, ']').replace(/<[^>]+>/g, ' ');
        return [...prose.matchAll(BARE_WORDS)].map((m) => `${a.file}: "${m[0]}" thiếu dấu: viết tiếng Việt có dấu`);
      }),
  },
  {
    name: 'no-images',
    proves: 'no article carries an image: no photo of a person can identify a victim',
    inBuild: true,
    run: (c) => c.articles.filter((a) => /!\[|<img\b|<Image\b/.test(a.body)).map((a) => `${a.file}: bài viết có ảnh: bỏ ảnh, tả bằng lời`),
  },
  {
    name: 'min-words',
    proves: 'every published article has at least the words its kind needs (MIN_WORDS_BY_KIND)',
    inBuild: false,
    run: (c) =>
      published(c).flatMap((a) => {
        if (!(ARTICLE_KINDS as readonly string[]).includes(a.front.kind ?? '')) return [];
        const problem = wordCountProblem(a.front.kind as ArticleKind, a.body);
        return problem ? [`${a.file}: ${problem}`] : [];
      }),
  },
  {
    name: 'real-dates',
    proves: 'every date written YYYY-MM-DD is a real day (2026-02-30 would be read as 2 March)',
    inBuild: true,
    run: (c) =>
      c.files.flatMap(({ file, text }) =>
        [...text.matchAll(/^\s*-?\s*(reviewed|sourceChecked|issued|effective|periodEnd|date):\s*["']?(\d{4})-(\d{2})-(\d{2})\b/gm)].flatMap((m) => {
          const [, field, y, mo, d] = m;
          const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
          const real = date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
          return real ? [] : [`${file}: ${field}: ${y}-${mo}-${d} không phải ngày có thật: sửa lại ngày`];
        }),
      ),
  },
  {
    name: 'article-file-names',
    proves: 'every article file name is a plain address (a-z, 0-9, "-") and no two articles share one',
    inBuild: true,
    run: (c) => {
      const problems: string[] = [];
      const seen = new Map<string, string>();
      for (const a of c.articles) {
        const name = basename(a.file);
        if (!SLUG_FILE.test(name)) problems.push(`${a.file}: tên tệp thành địa chỉ trang nên chỉ dùng chữ thường không dấu, số và "-" (ví dụ cach-to-giac.md)`);
        const slug = name.replace(/\.md$/, '');
        const other = seen.get(slug);
        if (other) problems.push(`${a.file}: trùng tên với ${other}, cả hai sẽ là /bai-viet/${slug}/: đổi tên một tệp`);
        seen.set(slug, a.file);
      }
      return problems;
    },
  },
];

/** The rules `astro build` runs. */
export const BUILD_RULES = PUBLISHING_RULES.filter((r) => r.inBuild);

/** Every problem of every rule, each prefixed with the rule's name. */
export function publishingProblems(content: ContentSet, rules: readonly PublishingRule[] = PUBLISHING_RULES): string[] {
  return rules.flatMap((rule) => rule.run(content).map((p) => `[${rule.name}] ${p}`));
}
