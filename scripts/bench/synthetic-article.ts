/**
 * Synthetic Vietnamese articles for the benchmark: deterministic (seeded), shaped like the
 * real ones (front matter that passes the schema, headings, lists, citations of real
 * provisions, penalties, hotline cards, a link to another article), and plainly marked as
 * benchmark text in the title, description, keywords and first lines.
 */
import { ARTICLE_KINDS, AUDIENCES } from '../../src/lib/vocabulary.ts';
import type { Citable } from './citable.ts';
import { between, pick, sample, seededRandom, type Random } from './prng.ts';

export const BENCH_MARK = 'Bài thử hiệu năng';
export const BENCH_NOTICE =
  'Đây là bài thử hiệu năng do lệnh npm run bench tạo tự động để đo tốc độ dựng trang. Nội dung được ghép ngẫu nhiên, không phải thông tin hay lời khuyên thật.';
/** A fixed date in the past, so the output does not depend on the day it runs. */
export const BENCH_REVIEWED = '2026-01-15';

const TOPICS = [
  'lời mời việc nhẹ lương cao',
  'đi làm ở nước ngoài qua người quen',
  'người lạ làm quen trên mạng',
  'bị giữ giấy tờ tùy thân',
  'vay nợ rồi bị ép làm việc',
  'tuyển người mẫu ảnh',
  'nhân viên quán karaoke',
  'khách lưu trú có dấu hiệu bị ép buộc',
] as const;
const WHO = ['Bạn', 'Người lao động', 'Học sinh, sinh viên', 'Chủ cơ sở kinh doanh', 'Người thân của bạn', 'Thầy cô', 'Một người bạn'] as const;
const ACTIONS = [
  'hỏi lại một người bạn tin',
  'giữ lại tin nhắn và ảnh chụp màn hình',
  'gọi đường dây nóng miễn phí',
  'đọc kỹ hợp đồng trước khi ký',
  'báo cho công an xã, phường',
  'từ chối và rời đi',
  'kiểm tra tên công ty trên trang chính thức',
  'giữ giấy tờ tùy thân bên mình',
  'hẹn gặp ở nơi đông người',
  'nói với gia đình nơi mình sẽ đến',
] as const;
const SITUATIONS = [
  'nhận được lời mời việc nhẹ lương cao',
  'bị giữ giấy tờ tùy thân',
  'thấy dấu hiệu bị ép buộc',
  'được hứa đưa đi làm ở nước ngoài',
  'bị đòi tiền đặt cọc trước',
  'có người lạ nhắn tin làm quen',
  'bị đe dọa qua mạng',
  'được mời làm người mẫu ảnh',
  'không được tự do đi lại',
] as const;
const SIGNS = [
  'Lương cao bất thường so với công việc',
  'Lời hứa không cần kinh nghiệm',
  'Yêu cầu giữ bí mật với gia đình',
  'Đòi nộp giấy tờ gốc',
  'Hẹn gặp ở nơi vắng người',
  'Thúc giục quyết định thật nhanh',
  'Hợp đồng không ghi rõ nơi làm việc',
] as const;
const DONTS = ['chuyển tiền cho người lạ', 'gửi ảnh riêng tư', 'đưa giấy tờ gốc cho ai giữ', 'đi một mình đến nơi lạ', 'xóa tin nhắn đe dọa'] as const;
const HEADINGS = [
  'Dấu hiệu cần chú ý',
  'Bạn có thể làm gì',
  'Khi người thân gặp chuyện',
  'Giữ an toàn trên mạng',
  'Quyền của bạn',
  'Hỏi ai khi chưa chắc',
] as const;

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function sentence(random: Random): string {
  switch (between(random, 0, 3)) {
    case 0:
      return `${pick(random, WHO)} nên ${pick(random, ACTIONS)} khi ${pick(random, SITUATIONS)}.`;
    case 1:
      return `Nếu ${pick(random, SITUATIONS)}, ${lower(pick(random, WHO))} có thể ${pick(random, ACTIONS)}.`;
    case 2:
      return `${pick(random, SIGNS)} là một dấu hiệu cần chú ý.`;
    default:
      return `Đừng ${pick(random, DONTS)}; hãy ${pick(random, ACTIONS)}.`;
  }
}

const paragraph = (random: Random) => Array.from({ length: between(random, 3, 5) }, () => sentence(random)).join(' ');

/** The slug of the i-th benchmark article (1-based): "bai-thu-hieu-nang-0001". */
export function benchSlug(i: number): string {
  return `bai-thu-hieu-nang-${String(i).padStart(4, '0')}`;
}

export interface SyntheticArticle {
  slug: string;
  markdown: string;
}

/** The i-th of `count` articles (1-based) for `seed`: the same inputs always give the same text. */
export function syntheticArticle(i: number, count: number, citable: Citable, seed = 1): SyntheticArticle {
  const random = seededRandom(seed * 100_003 + i);
  const topic = pick(random, TOPICS);
  const laws = sample(random, citable.laws, between(random, 1, 3));
  const basis = laws.map((law) => ({ law, provisions: sample(random, law.provisions, between(random, 1, 2)) }));
  const sources = [...new Map(laws.map((l) => [l.source.url, l.source])).values()];
  const withPenalties = laws.flatMap((l) => l.withPenalties.map((p) => ({ law: l.id, p })));
  const contacts = sample(random, citable.contacts, between(random, 1, 2));
  const q = (s: string) => JSON.stringify(s);

  const front = [
    '---',
    `title: ${q(`${BENCH_MARK} ${String(i).padStart(4, '0')}: ${topic}`)}`,
    `description: ${q(`Văn bản thử hiệu năng, tạo tự động để đo tốc độ dựng trang, không phải nội dung thật. Chủ đề giả định: ${topic}.`)}`,
    `audiences: [${sample(random, AUDIENCES, between(random, 1, 2)).join(', ')}]`,
    `kind: ${pick(random, ARTICLE_KINDS)}`,
    'legalBasis:',
    ...basis.flatMap((b) => [`  - law: ${b.law.id}`, `    provisions: [${b.provisions.join(', ')}]`]),
    'sources:',
    ...sources.flatMap((s) => [`  - title: ${q(s.title)}`, `    url: ${s.url}`]),
    `reviewed: ${BENCH_REVIEWED}`,
    `keywords: [${q(lower(BENCH_MARK))}, ${q(topic)}]`,
    '---',
  ];

  const body: string[] = [BENCH_NOTICE, paragraph(random)];
  for (const heading of sample(random, HEADINGS, between(random, 3, 5))) {
    body.push(`## ${heading}`, paragraph(random));
    if (random() < 0.5)
      body.push(
        sample(random, SIGNS, between(random, 3, 5))
          .map((s) => `- ${s}.`)
          .join('\n'),
      );
    body.push(paragraph(random));
  }
  body.push('## Pháp luật nói gì');
  for (const b of basis) {
    for (const p of b.provisions) body.push(`Theo [](cite:${b.law.id}/${p}), ${lower(sentence(random))}`);
  }
  if (withPenalties.length > 0) {
    const shown = pick(random, withPenalties);
    body.push(`[](penalties:${shown.law}/${shown.p})`);
  }
  if (count > 1) body.push(`Đọc thêm [${lower(BENCH_MARK)} tiếp theo](/bai-viet/${benchSlug((i % count) + 1)}/).`);
  body.push('## Gọi ai', paragraph(random), ...contacts.map((id) => `[](hotline:${id})`));

  return { slug: benchSlug(i), markdown: `${[...front, ...body.flatMap((block) => [block, ''])].join('\n').trimEnd()}\n`.normalize('NFC') };
}
