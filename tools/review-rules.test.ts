import { describe, expect, it } from 'vitest';
import { contactProblems, lawProblems, NEAR_CHARS, problemText, sourceProblems, wordingProblems } from './review-rules';

const today = new Date('2026-12-04');

describe('wordingProblems', () => {
  it('finds "lỡ bị", "lỡ gửi" and "kẻ xấu", naming file and field', () => {
    const found = wordingProblems('a.md', 'nội dung', 'Nếu bạn đã lỡ bị ép. Nếu bạn Lỡ gửi ảnh. Kẻ xấu biết điều đó.').map(problemText);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^a\.md: nội dung: "lỡ bị"/);
    expect(found[2]).toMatch(/"Kẻ xấu"/);
  });
  it('leaves the neutral wording alone', () => {
    expect(wordingProblems('a.md', 'nội dung', 'Nếu bạn đã bị ép bán dâm. Người tuyển biết điều đó. Bỏ lỡ cơ hội.')).toEqual([]);
  });
  it('finds "đình chỉ" near Điều 35, in prose or as a reference, and not far from it', () => {
    expect(wordingProblems('b.md', 'nội dung', 'Theo Điều 35, cơ sở bị đình chỉ hoạt động.')).toHaveLength(1);
    expect(wordingProblems('b.yaml', 'provisions.2.summary', 'Cơ sở có thể bị đình chỉ giấy chứng nhận ([](cite:nd-282-2025/dieu-35)).')[0]).toMatchObject({
      field: 'provisions.2.summary',
    });
    expect(wordingProblems('b.md', 'nội dung', `Điều 35 nói về cơ sở.${' x'.repeat(NEAR_CHARS)} Vũ trường bị đình chỉ theo điều khác.`)).toEqual([]);
    expect(wordingProblems('b.md', 'nội dung', 'Điều 350 không liên quan; đình chỉ.')).toEqual([]);
    expect(wordingProblems('c.yaml', 'provisions.3.summary', `${'Người quản lý bị phạt. '.repeat(30)}Cơ sở bị đình chỉ.`, { article: '35' })).toHaveLength(1);
    expect(wordingProblems('c.yaml', 'provisions.4.summary', 'Vũ trường bị đình chỉ hoạt động.', { article: '36' })).toEqual([]);
  });
});

describe('lawProblems', () => {
  it('refuses "in-force" once the period has ended, naming the status field', () => {
    expect(lawProblems('q.yaml', { status: 'in-force', periodEnd: '2025-12-31' }, today).map(problemText)).toEqual([
      'q.yaml: status: giai đoạn của văn bản đã kết thúc (periodEnd 2025-12-31), không thể ghi "in-force": hãy ghi status: expired',
    ]);
  });
  it('accepts an expired programme and an in-force one still in its period', () => {
    expect(lawProblems('q.yaml', { status: 'expired', periodEnd: '2025-12-31' }, today)).toEqual([]);
    expect(lawProblems('q.yaml', { status: 'in-force', periodEnd: '2030-12-31' }, today)).toEqual([]);
    expect(lawProblems('q.yaml', { status: 'in-force' }, today)).toEqual([]);
  });
  it('asks an expired programme for the end of its period', () => {
    expect(lawProblems('q.yaml', { status: 'expired' }, today)[0]).toMatchObject({ field: 'periodEnd' });
  });
});

describe('contactProblems', () => {
  const base = { name: 'Tổng đài', sourceChecked: '2026-11-22' };
  it('refuses the old "verified" field', () => {
    expect(contactProblems('c.yaml', { ...base, verified: '2026-11-22' })[0]).toMatchObject({ file: 'c.yaml', field: 'verified' });
  });
  it('refuses text that claims a call when no call test is recorded', () => {
    expect(contactProblems('c.yaml', { ...base, purpose: 'Số đã được gọi thử và có người trả lời.' })[0]).toMatchObject({ field: 'purpose' });
  });
  it('refuses a call test without its date or result', () => {
    expect(contactProblems('c.yaml', { ...base, callTest: { result: 'Có người trả lời.' } })[0]).toMatchObject({ field: 'callTest' });
  });
  it('accepts a source re-read alone, and a call test with date and result', () => {
    expect(contactProblems('c.yaml', base)).toEqual([]);
    expect(
      contactProblems('c.yaml', { ...base, purpose: 'Đã gọi thử: có người trả lời.', callTest: { date: '2026-12-01', result: 'Có người trả lời ngay.' } }),
    ).toEqual([]);
  });
});

describe('sourceProblems', () => {
  it('refuses an unofficial GitHub copy and a pre-merger local site as reader sources', () => {
    expect(sourceProblems('a.md', 'sources.0.url', 'https://github.com/x/y/blob/main/nd-282.txt')[0]).toMatchObject({ file: 'a.md', field: 'sources.0.url' });
    expect(sourceProblems('a.md', 'sources.1.url', 'https://hoangcat.hoanghoa.gov.vn/web/a.html')).toHaveLength(1);
  });
  it('accepts official and news pages', () => {
    expect(sourceProblems('a.md', 'sources.0.url', 'https://datafiles.chinhphu.vn/cpp/files/vbpq/2026/9/a.pdf')).toEqual([]);
    expect(sourceProblems('a.md', 'sources.0.url', 'https://plo.vn/a.html')).toEqual([]);
  });
});
