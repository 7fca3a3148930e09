/** `npm run locality:new`, answered from a file as someone would type the answers, on a copy of content/. */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './helpers/astro-run.ts';
import { contactSchema } from '../src/schemas/contacts.ts';
import { localitySchema } from '../src/schemas/localities.ts';
import { idReference } from '../src/schemas/parts.ts';

const dirs: string[] = [];
afterAll(() =>
  dirs.forEach((d) => {
    rmSync(d, { recursive: true, force: true });
  }),
);

function run(answers: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'pcmd-locality-new-'));
  dirs.push(dir);
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/locality-new.ts')], {
    input: `${answers.join('\n')}\n`,
    env: { ...process.env, CONTENT_DIR: join(dir, 'content') },
    encoding: 'utf8',
  });
  return { ...result, content: join(dir, 'content') };
}

// A made-up ward: these answers are test data and never reach content/.
const WARD = ['Phường Thử Nghiệm', 'phuong', ''];
const LINE = [
  'Công an Phường Thử Nghiệm',
  '0234 3822 222',
  '24/7',
  'Miễn phí',
  'Công an Phường Thử Nghiệm',
  'Tiếp nhận tin báo về mua bán người và mại dâm trong phường.',
  '2,3',
  'Trang thông tin Phường Thử Nghiệm',
  'https://example.org/phuong-thu-nghiem',
  '2026-12-01',
  'c',
  '2026-12-02',
  'Cán bộ trực ban trả lời ngay, xác nhận trực 24/7.',
];

describe('npm run locality:new', () => {
  it('writes a locality and its line that the build’s schemas accept, and prints the next steps', () => {
    const { status, stdout, content } = run([...WARD, ...LINE, '', '2026-12-02']);
    expect(status, stdout).toBe(0);
    const locality = parse(readFileSync(join(content, 'localities/phuong-thu-nghiem.yaml'), 'utf8'));
    const line = parse(readFileSync(join(content, 'contacts/cong-an-phuong-thu-nghiem.yaml'), 'utf8'));
    expect(localitySchema(idReference).safeParse(locality).error?.issues ?? []).toEqual([]);
    expect(contactSchema(idReference).safeParse(line).error?.issues ?? []).toEqual([]);
    expect(locality).toMatchObject({ name: 'Phường Thử Nghiệm', kind: 'phuong', contacts: ['cong-an-phuong-thu-nghiem'] });
    expect(line).toMatchObject({ scope: 'commune', locality: 'phuong-thu-nghiem', needs: ['mua-ban-nguoi', 'to-giac'], callTest: { date: '2026-12-02' } });
    expect(stdout).toContain('SITE_LOCALITY=phuong-thu-nghiem npm run build');
    expect(stdout).toContain('npm run check:site');
    // The guide it points to must have that section, under that name.
    const pointer = stdout.match(/\((docs\/[\w-]+\.md), mục "([^"]+)"\)/);
    if (!pointer) throw new Error(`locality:new names no guide section:\n${stdout}`);
    const [, guide = '', section] = pointer;
    expect(readFileSync(join(ROOT, guide), 'utf8').split('\n')).toContain(`## ${section}`);
  });

  it('asks again for an answer the schema refuses, saying why in Vietnamese', () => {
    const wrongNumber = [...LINE];
    wrongNumber[1] = '0234-3822-222';
    const { status, stdout, content } = run([...WARD, ...wrongNumber, '0234 3822 222', '', '2026-12-02']);
    expect(status, stdout).toBe(0);
    expect(stdout).toMatch(/✗ Số điện thoại: số điện thoại "0234-3822-222" không hợp lệ/);
    expect(parse(readFileSync(join(content, 'contacts/cong-an-phuong-thu-nghiem.yaml'), 'utf8')).number).toBe('0234 3822 222');
  });

  it('refuses a kind that is not a level of local government, and a province file that does not exist', () => {
    const { stdout } = run(['Phường Thử Nghiệm', 'huyen', 'phuong', 'tinh-khong-co', '', ...LINE, '', '2026-12-02']);
    expect(stdout).toMatch(/✗ chỉ một trong: xa, phuong, dac-khu, tinh, thanh-pho/);
    expect(stdout).toMatch(/✗ không có content\/localities\/tinh-khong-co\.yaml/);
  });

  it('writes nothing when the answers stop halfway', () => {
    const { status, stderr, content } = run([...WARD, 'Công an Phường Thử Nghiệm']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/Hết câu trả lời trước khi xong: chưa ghi tệp nào/);
    expect(existsSync(join(content, 'localities/phuong-thu-nghiem.yaml'))).toBe(false);
  });
});
