/**
 * `npm run locality:new`: a commune's (or ward's, or province's) own edition in one go. Asks for
 * its name and its own lines, checks every answer with the schemas the build uses, writes
 * content/localities/<slug>.yaml and one content/contacts/<id>.yaml per line, and prints the next
 * steps. Answers can also come from a file: `npm run locality:new < answers.txt` (one per line).
 * CONTENT_DIR points it at another content folder, as it does the build.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { contentDir } from '../src/lib/content-dir.ts';
import { CONTACT_NEEDS } from '../src/lib/vocabulary.ts';
import { vi } from '../src/i18n/vi.ts';
import { FIELD_WORDS } from '../src/lib/editor/labels.ts';
import {
  contactData,
  contactProblems,
  localityData,
  localityProblems,
  slugOf,
  yamlFile,
  type LineAnswers,
  type LocalityAnswers,
} from '../src/lib/locality-new.ts';

const KINDS = ['xa', 'phuong', 'dac-khu', 'tinh', 'thanh-pho'] as const;
const KIND_NAMES: Record<string, string> = { xa: 'xã', phuong: 'phường', 'dac-khu': 'đặc khu', tinh: 'tỉnh', 'thanh-pho': 'thành phố trực thuộc trung ương' };
const today = new Date().toISOString().slice(0, 10);
const dir = contentDir(process.env.CONTENT_DIR);

const lines = createInterface({ input: process.stdin, terminal: process.stdin.isTTY === true })[Symbol.asyncIterator]();
/** Ask one question; the answer trimmed. Input that ends before the answers do stops with one line. */
async function ask(question: string, fallback?: string): Promise<string> {
  process.stdout.write(`${question}${fallback ? ` [${fallback}]` : ''}: `);
  const next = await lines.next();
  if (next.done) {
    console.error('\nHết câu trả lời trước khi xong: chưa ghi tệp nào.');
    process.exit(1);
  }
  if (!process.stdin.isTTY) process.stdout.write(`${next.value}\n`);
  return next.value.trim() || fallback || '';
}

/** Ask again until `valid` says nothing is wrong; every problem is printed first. */
async function askUntil(question: string, valid: (answer: string) => string | undefined, fallback?: string): Promise<string> {
  for (;;) {
    const answer = await ask(question, fallback);
    const problem = valid(answer);
    if (!problem) return answer;
    console.log(`  ✗ ${problem}`);
  }
}

const needsList = CONTACT_NEEDS.map((n, i) => `  ${i + 1}. ${vi[`need.${n}` as keyof typeof vi]}`).join('\n');
const parseNeeds = (answer: string) =>
  answer
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((n) => CONTACT_NEEDS[Number(n) - 1]);

async function askLine(localitySlug: string, kind: string, name: string): Promise<{ id: string; data: ReturnType<typeof contactData> }> {
  const line: LineAnswers = {
    name,
    number: await ask('  Số điện thoại, như khi bấm gọi (để trống nếu là nơi đến trực tiếp)'),
    hours: '',
    cost: '',
    operator: '',
    purpose: '',
    needs: [],
    source: { title: '', url: '' },
    sourceChecked: today,
  };
  if (!line.number) line.howTo = await ask('  Cách liên hệ (địa chỉ trụ sở, giờ tiếp dân)');
  line.hours = await ask('  Giờ trực, đúng như nguồn ghi', 'Chưa xác nhận giờ trực');
  line.cost = await ask('  Cước gọi, đúng như nguồn ghi', 'Chưa xác nhận cước gọi');
  line.operator = await ask('  Cơ quan vận hành');
  line.purpose = await ask('  Dùng khi nào (một hai câu)');
  console.log(`  Nhu cầu mà đường dây này đáp ứng:\n${needsList}`);
  const needs = await askUntil('  Số của các nhu cầu, cách nhau bằng dấu phẩy', (a) =>
    parseNeeds(a).some((n) => !n) || !parseNeeds(a).length ? `chọn các số từ 1 đến ${CONTACT_NEEDS.length}` : undefined,
  );
  line.needs = parseNeeds(needs) as string[];
  line.source.title = await ask('  Nguồn: tên trang hoặc văn bản đăng số này');
  line.source.url = await ask('  Nguồn: địa chỉ web (https://…)');
  line.sourceChecked = await ask('  Ngày bạn đọc lại nguồn (YYYY-MM-DD)', today);
  const called = await ask('  Bạn đã gọi thử số này chưa? (c/k)', 'k');
  if (/^c/i.test(called))
    line.callTest = { date: await ask('    Ngày gọi thử (YYYY-MM-DD)', today), result: await ask('    Kết quả: ai trả lời, họ nói gì về giờ trực, cước gọi') };

  const id = slugOf(line.name);
  for (;;) {
    const data = contactData(line, localitySlug, kind);
    const problems = contactProblems(data);
    if (existsSync(join(dir, 'contacts', `${id}.yaml`))) problems.push({ field: 'name', message: `đã có content/contacts/${id}.yaml: đặt tên khác` });
    if (!problems.length) return { id, data };
    for (const p of problems) console.log(`  ✗ ${p.message}`);
    // Ask again only what was refused.
    for (const field of new Set(problems.map((p) => p.field.split('.')[0] ?? ''))) {
      if (field === 'source')
        line.source = { title: await ask('  Nguồn: tên trang', line.source.title), url: await ask('  Nguồn: địa chỉ web (https://…)', line.source.url) };
      else if (field === 'callTest')
        line.callTest = { date: await ask('    Ngày gọi thử (YYYY-MM-DD)', today), result: await ask('    Kết quả gọi thử (ít nhất 10 ký tự)') };
      else if (field === 'needs') line.needs = parseNeeds(await ask('  Số của các nhu cầu')) as string[];
      else if (field in line || field === 'number' || field === 'howTo') {
        const value = await ask(`  Nhập lại: ${FIELD_WORDS[`contacts.${field}`]?.label ?? field}`);
        (line as unknown as Record<string, string>)[field] = value;
      }
    }
  }
}

async function main() {
  console.log('Tạo bản riêng của một địa phương. Chỉ ghi số bạn đã đối chiếu với nơi công bố chính thức; tốt nhất là đã gọi thử.\n');
  const answers: LocalityAnswers = { name: '', kind: '', reviewed: today };
  answers.name = await askUntil('Tên địa phương, như sau ngày 1/7/2025 (ví dụ: Phường An Cựu)', (a) => (a.length < 3 ? 'cần ít nhất 3 ký tự' : undefined));
  const slug = slugOf(answers.name);
  if (existsSync(join(dir, 'localities', `${slug}.yaml`))) {
    console.error(`Đã có content/localities/${slug}.yaml: sửa tệp đó (hoặc dùng trình soạn thảo /quan-tri/), không tạo lại.`);
    process.exit(1);
  }
  answers.kind = await askUntil(`Cấp (${KINDS.map((k) => `${k} = ${KIND_NAMES[k]}`).join(', ')})`, (a) =>
    KINDS.includes(a as (typeof KINDS)[number]) ? undefined : `chỉ một trong: ${KINDS.join(', ')}`,
  );
  const parent = await askUntil('Tên tệp của tỉnh, thành phố trong content/localities (để trống nếu chưa có)', (a) =>
    !a || existsSync(join(dir, 'localities', `${a}.yaml`)) ? undefined : `không có content/localities/${a}.yaml`,
  );
  if (parent) answers.parent = parent;

  const contacts: Array<{ id: string; data: object }> = [];
  for (;;) {
    const name = await ask(`\nĐường dây thứ ${contacts.length + 1}: tên (để trống khi đã đủ)`);
    if (!name) {
      if (contacts.length) break;
      console.log('  ✗ cần ít nhất một đường dây của địa phương');
      continue;
    }
    contacts.push(await askLine(slug, answers.kind, name));
  }
  answers.reviewed = await ask('Ngày bạn kiểm tra các thông tin này (YYYY-MM-DD)', today);

  const locality = localityData(
    answers,
    contacts.map((c) => c.id),
  );
  const problems = localityProblems(locality);
  if (problems.length) {
    for (const p of problems) console.error(`✗ ${p.message}`);
    console.error('Chưa ghi tệp nào.');
    process.exit(1);
  }
  mkdirSync(join(dir, 'contacts'), { recursive: true });
  mkdirSync(join(dir, 'localities'), { recursive: true });
  for (const c of contacts)
    writeFileSync(join(dir, 'contacts', `${c.id}.yaml`), yamlFile(c.data, `Đường dây của ${answers.name}, tạo bằng npm run locality:new ngày ${today}.`));
  writeFileSync(join(dir, 'localities', `${slug}.yaml`), yamlFile(locality, `Bản riêng của ${answers.name}, tạo bằng npm run locality:new ngày ${today}.`));

  console.log(`\nĐã ghi:\n  content/localities/${slug}.yaml\n${contacts.map((c) => `  content/contacts/${c.id}.yaml`).join('\n')}`);
  console.log(`
Bước tiếp theo (docs/huong-dan-trinh-soan-thao.md, mục "Làm bản riêng cho một xã, phường"):
  1. Gọi thử từng số nếu chưa gọi, rồi ghi vào callTest của tệp đường dây.
  2. Dựng bản của địa phương, với địa chỉ và thư mục trên cổng thông tin:
       SITE_URL=https://<tên miền của cổng> BASE_PATH=/pcmd/ SITE_LOCALITY=${slug} npm run build
  3. Kiểm tra trước khi đăng:
       SITE_URL=https://<tên miền của cổng> BASE_PATH=/pcmd/ npm run check:site
  4. Chép toàn bộ thư mục dist/ (cả tệp .htaccess) lên thư mục /pcmd/ của cổng thông tin.`);
}

await main();
