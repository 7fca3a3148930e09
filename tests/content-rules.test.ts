/**
 * The publishing-safety rules (src/lib/publishing-rules.ts) on the real content, each also on
 * content made to break it (a rule that cannot fail proves nothing). The end-to-end case (a
 * do-not-publish number stops `astro build`) is tests/builds/publishing-rules-build.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT } from './helpers/astro-run.ts';
import { PHONE_IN_TEXT, PUBLISHING_RULES, publishingProblems, readContent, type ContentSet } from '../src/lib/publishing-rules.ts';

const content = readContent(join(ROOT, 'content'));

/** A small content set: one article citing one provision with one fine, one contact. */
function sample(change: (c: ContentSet) => void = () => {}): ContentSet {
  const body = 'Theo [](cite:nd-1/dieu-1), phạt 1.000.000 đồng. Gọi 111.\n\n[](hotline:tong-dai-111)\n';
  const c: ContentSet = {
    articles: [
      {
        file: 'content/articles/vi/bai-a.md',
        frontText: 'reviewed: 2026-11-20',
        front: { kind: 'warning', legalBasis: [{ law: 'nd-1', provisions: ['dieu-1'] }] },
        body,
      },
    ],
    laws: new Map([['nd-1', { provisions: [{ id: 'dieu-1', penalties: [{ fine: { min: 1_000_000, max: 2_000_000 } }] }] }]]),
    contacts: new Map([['tong-dai-111', { number: '111' }]]),
    files: [{ file: 'content/contacts/tong-dai-111.yaml', text: 'number: "111"\nsourceChecked: 2026-11-20\n# cũ: 1800 1567 đã thay bằng 111\n' }],
  };
  change(c);
  return c;
}
const article = (c: ContentSet) => c.articles[0]!;

/** For each rule, content that breaks it and the message it must give. */
const BROKEN: Record<string, { content: ContentSet; message: RegExp }> = {
  'do-not-publish': {
    content: sample((c) => c.files.push({ file: 'content/contacts/tu-van-tre-em.yaml', text: 'number: "1800 1567"\n' })),
    message: /^content\/contacts\/tu-van-tre-em\.yaml: có số .*không được đăng/,
  },
  'phones-from-contacts': {
    content: sample((c) => (article(c).body += 'Hoặc gọi 0912 345 678.\n')),
    message: /^content\/articles\/vi\/bai-a\.md: số "0912345678" không có trong content\/contacts/,
  },
  'fines-from-cited-provisions': {
    content: sample((c) => (article(c).body += 'Mức phạt 75 triệu.\n')),
    message: /bai-a\.md: số tiền 75\.000\.000 đồng không thuộc/,
  },
  'references-in-legal-basis': {
    content: sample((c) => (article(c).front.legalBasis = [{ law: 'nd-1', provisions: [] }])),
    message: /bai-a\.md: \[\]\(cite:nd-1\/dieu-1\): điều này chưa có trong legalBasis/,
  },
  nfc: { content: sample((c) => c.files.push({ file: 'content/articles/vi/bai-b.md', text: 'Tiếng Việt'.normalize('NFD') })), message: /bai-b\.md: .*NFC/ },
  diacritics: { content: sample((c) => (article(c).body += 'Nguoi lao dong khong biet.\n')), message: /bai-a\.md: "Nguoi" thiếu dấu/ },
  'no-images': { content: sample((c) => (article(c).body += '![ảnh](/a.png)\n')), message: /bai-a\.md: bài viết có ảnh/ },
  'min-words': { content: sample(), message: /bai-a\.md: bài loại "warning" cần ít nhất 300 từ/ },
  'real-dates': {
    content: sample((c) => c.files.push({ file: 'content/articles/vi/bai-c.md', text: '---\nreviewed: 2026-02-30\n---\n' })),
    message: /bai-c\.md: reviewed: 2026-02-30 không phải ngày có thật/,
  },
  'article-file-names': {
    content: sample((c) => {
      c.articles.push({ ...article(c), file: 'content/articles/vi/cu/bai-a.md' }, { ...article(c), file: 'content/articles/vi/Bài Viết.md' });
    }),
    message: /cu\/bai-a\.md: trùng tên với content\/articles\/vi\/bai-a\.md/,
  },
};

describe('publishing rules on content/', () => {
  it('has content to check', () => {
    expect(content.articles.length).toBeGreaterThan(0);
    expect(content.laws.size).toBeGreaterThan(0);
    expect(content.contacts.size).toBeGreaterThan(0);
  });

  it.each(PUBLISHING_RULES.map((r) => [r.name, r] as const))('%s', (_, rule) => {
    expect(rule.run(content)).toEqual([]);
  });
});

describe('publishing rules on content made to break them', () => {
  it('has a broken case for every rule', () => {
    expect(PUBLISHING_RULES.map((r) => r.name).filter((name) => !BROKEN[name])).toEqual([]);
  });

  it.each(PUBLISHING_RULES.map((r) => [r.name, r] as const))('%s fails, one line naming the file', (name, rule) => {
    const { content: bad, message } = BROKEN[name]!;
    const problems = rule.run(bad);
    expect(
      problems.some((p) => message.test(p)),
      problems.join('\n'),
    ).toBe(true);
    expect(problems.every((p) => !p.includes('\n'))).toBe(true);
  });

  it('reads YAML comments as notes, not as published text', () => {
    expect(
      publishingProblems(
        sample(),
        PUBLISHING_RULES.filter((r) => r.name === 'do-not-publish'),
      ),
    ).toEqual([]);
  });

  it('finds phone numbers the way Vietnamese text writes them', () => {
    const found = (s: string) => [...s.matchAll(PHONE_IN_TEXT)].map((m) => m[1]);
    expect(found('Gọi 113 hoặc 111, trợ giúp pháp lý 1800 1233, số 024 3824 9517.')).toEqual(['113', '111', '1800 1233', '024 3824 9517']);
    expect(found('Điều 150, khoản 2; 1.000.000 đồng; năm 2025')).toEqual([]);
  });
});
