/**
 * The README, docs/*.md and the READMEs in content/ stay true about the repository: every
 * relative link points to a file that exists (and to a heading that exists, when it names one),
 * every `npm run X` they name is a script in package.json, every repository path they quote
 * in backticks exists, and a name said to live in a file ("`MOVED_PAGES` in `src/lib/moved.ts`")
 * is still in it. Files move
 * (a schema split, a folder renamed); this is what tells the mover which sentence to fix.
 * Pure: reads files, builds nothing.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Folders whose files a doc may quote as `path/to/file`; anything else in backticks is not checked. */
const QUOTED_ROOTS = /^(?:src|scripts|tools|tests|content|docs|public|\.github|\.ci)\/[\w./-]*$/;

/** GitHub's heading anchor: lower case, punctuation dropped (letters with tone marks kept), spaces to "-". */
function headingSlug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Markdown without fenced code blocks (kept: their text, for `npm run` mentions). */
function splitCode(markdown: string): { prose: string; code: string } {
  const prose: string[] = [];
  const code: string[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    (fenced ? code : prose).push(line);
  }
  return { prose: prose.join('\n'), code: code.join('\n') };
}

function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of splitCode(markdown).prose.split('\n')) {
    const m = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const slug = headingSlug(m[1]!);
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    anchors.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return anchors;
}

interface DocInput {
  /** Path shown in messages and used to resolve relative links, relative to the repository. */
  file: string;
  text: string;
}

/** Problems in one doc, one line each, naming the file and what to fix. */
function docProblems(doc: DocInput, scripts: Record<string, string>, exists: (repoPath: string) => boolean, read: (repoPath: string) => string): string[] {
  const problems: string[] = [];
  const { prose, code } = splitCode(doc.text);
  const inlineCode = [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
  const withoutInlineCode = prose.replace(/`[^`\n]+`/g, '');

  // Links: [text](target) and [label]: target, outside code.
  const targets = [
    ...[...withoutInlineCode.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!),
    ...[...withoutInlineCode.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((m) => m[1]!),
  ];
  for (const target of targets) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:, tel:
    const [path, anchor] = target.split('#') as [string, string | undefined];
    if (!path) {
      if (anchor && !anchorsOf(doc.text).has(decodeURIComponent(anchor))) problems.push(`${doc.file}: liên kết "${target}": trang này không có mục #${anchor}`);
      continue;
    }
    // GitHub resolves "/x" from the repository root, anything else from the doc's folder.
    const repoPath = path.startsWith('/') ? decodeURI(path).slice(1) : join(dirname(doc.file), decodeURI(path));
    if (repoPath.startsWith('..')) {
      problems.push(`${doc.file}: liên kết "${target}" trỏ ra ngoài kho mã`);
      continue;
    }
    if (!exists(repoPath)) {
      problems.push(`${doc.file}: liên kết "${target}" trỏ tới ${repoPath}, tệp này không có`);
      continue;
    }
    if (anchor && repoPath.endsWith('.md') && !anchorsOf(read(repoPath)).has(decodeURIComponent(anchor))) {
      problems.push(`${doc.file}: liên kết "${target}": ${repoPath} không có mục #${anchor}`);
    }
  }

  // npm scripts named anywhere, code blocks included: that is where commands are copied from.
  for (const m of `${prose}\n${code}`.matchAll(/\bnpm (?:run ([\w-]+(?::[\w-]+)*)|(test)\b)/g)) {
    const script = m[1] ?? m[2]!;
    if (!(script in scripts)) problems.push(`${doc.file}: "npm run ${script}" không có trong scripts của package.json`);
  }

  // Repository paths quoted in backticks (`src/lib/moved.ts`), without placeholders.
  for (const quoted of inlineCode) {
    const path = quoted.replace(/[/]$/, '');
    if (QUOTED_ROOTS.test(quoted) && !exists(path)) problems.push(`${doc.file}: nhắc tới \`${quoted}\`, tệp hoặc thư mục này không có`);
  }
  // A name said to live in a file ("`MOVED_PAGES` in `src/lib/moved.ts`", "`X` (`path`)", "`X` trong `path`"): still there.
  for (const m of prose.matchAll(/`([A-Za-z_$][\w$]*)(?:\(\))?`\s*(?:\(|in |trong )`((?:src|scripts|tests|content)\/[\w./-]+)`/g)) {
    const [, name, path] = m as unknown as [string, string, string];
    if (exists(path) && !read(path).includes(name)) problems.push(`${doc.file}: \`${name}\` không còn ở ${path}`);
  }
  return [...new Set(problems)];
}

const repoExists = (repoPath: string) => existsSync(join(ROOT, repoPath));
const repoRead = (repoPath: string) => readFileSync(join(ROOT, repoPath), 'utf8');
const scripts = (JSON.parse(repoRead('package.json')) as { scripts: Record<string, string> }).scripts;
const docs = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  // Editors' notes inside content/ (localities, search words).
  ...readdirSync(join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('README.md'))
    .map((f) => `content/${f}`),
];

describe('README.md, docs/*.md and content/**/README.md', () => {
  it('have the docs the README sends readers to', () => {
    expect(docs.length).toBeGreaterThan(1);
  });

  it.each(docs)('%s: links resolve, npm scripts exist, quoted paths exist', (file) => {
    expect(docProblems({ file, text: repoRead(file) }, scripts, repoExists, repoRead)).toEqual([]);
  });
});

describe('docProblems on a doc made to break it', () => {
  const files: Record<string, string> = {
    'docs/a.md': '# Trang A\n\n## Thêm một bài viết\n\n### S3 + CDN (CloudFront)\n',
    'src/lib/moved.ts': 'export const MOVED_PAGES = [];',
  };
  const exists = (p: string) => p in files || Object.keys(files).some((f) => f.startsWith(`${p}/`));
  const read = (p: string) => files[p] ?? '';
  const check = (text: string) => docProblems({ file: 'docs/b.md', text }, { build: 'astro build', test: 'vitest' }, exists, read);

  it('passes links, anchors, scripts and paths that exist', () => {
    const good = [
      '## B',
      'See [A](a.md), [its part](a.md#thêm-một-bài-viết), [S3](a.md#s3--cdn-cloudfront), [this](#b) and [site](https://example.vn/).',
      'Run `npm run build`, then `npm test`; rows live in `src/lib/moved.ts` and `src/lib/`.',
      'Its gate, npm run build: one line. Another, npm run test.',
      'Add a row to `MOVED_PAGES` in `src/lib/moved.ts`.',
      '```md\n[](cite:blhs-2015/dieu-150) [x](khong-co.md)\n```',
      '`[](hotline:tong-dai-111)` and `content/articles/vi/<slug>.md` are examples.',
    ].join('\n\n');
    expect(check(good)).toEqual([]);
  });

  it('names a missing file, a missing heading, a link out of the repository, an unknown script, a quoted path that moved and a name that left its file', () => {
    const bad = [
      'See [gone](khong-co.md), [part](a.md#khong-co-muc), [here](#khong-co), [shared](../../shared/facts/README.md) and [a page](/bai-viet/khong-co/).',
      '```sh\nnpm run khong-co -- --x\n```',
      'The schemas are in `src/content.config.ts`.',
      'Hosts are listed in `HTTP_ONLY_HOSTS` (`src/lib/moved.ts`).',
    ].join('\n\n');
    expect(check(bad)).toEqual([
      'docs/b.md: liên kết "khong-co.md" trỏ tới docs/khong-co.md, tệp này không có',
      'docs/b.md: liên kết "a.md#khong-co-muc": docs/a.md không có mục #khong-co-muc',
      'docs/b.md: liên kết "#khong-co": trang này không có mục #khong-co',
      'docs/b.md: liên kết "../../shared/facts/README.md" trỏ ra ngoài kho mã',
      'docs/b.md: liên kết "/bai-viet/khong-co/" trỏ tới bai-viet/khong-co/, tệp này không có',
      'docs/b.md: "npm run khong-co" không có trong scripts của package.json',
      'docs/b.md: nhắc tới `src/content.config.ts`, tệp hoặc thư mục này không có',
      'docs/b.md: `HTTP_ONLY_HOSTS` không còn ở src/lib/moved.ts',
    ]);
  });

  it("makes GitHub's anchors, tone marks kept", () => {
    expect(headingSlug('Thêm một liên hệ (đường dây)')).toBe('thêm-một-liên-hệ-đường-dây');
    expect(headingSlug('`npm test`: what it runs')).toBe('npm-test-what-it-runs');
  });
});
