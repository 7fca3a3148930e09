import { describe, expect, it } from 'vitest';
import { nfcText, phoneNumber, quizSchema, storySchema, webUrl } from './parts';

const story = 'Lan, 17 tuổi, được một người quen rủ đi làm phục vụ ở tỉnh khác với lương cao. Đến nơi, Lan bị giữ giấy tờ.';

describe('storySchema', () => {
  it('accepts a composite story without identifying details', () => {
    expect(storySchema.safeParse({ composite: true, text: story }).success).toBe(true);
  });
  it.each([
    [{ text: story }, /composite: true/],
    [{ composite: false, text: story }, /composite: true/],
    [{ composite: true, text: `${story} Gọi 0912 345 678.` }, /số điện thoại/],
    [{ composite: true, text: `${story} Xem facebook.com tại https://x.vn.` }, /địa chỉ web/],
    [{ composite: true, text: `${story} Nhắn @lan_2008.` }, /tài khoản/],
  ])('refuses %j', (input, message) => {
    const result = storySchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(message);
  });
});

describe('nfcText and phoneNumber', () => {
  it('refuses decomposed Vietnamese and malformed numbers with a readable reason', () => {
    expect(JSON.stringify(nfcText().safeParse('Tiếng Việt'.normalize('NFD')).error?.issues)).toMatch(/NFC/);
    expect(JSON.stringify(phoneNumber.safeParse('1800-1233').error?.issues)).toMatch(/không hợp lệ/);
    expect(phoneNumber.safeParse('1800 1233').success).toBe(true);
  });
});

describe('hidden characters and plain-http sources (review L3, L6)', () => {
  it.each([
    ['a control character (breaks rss.xml)', 'Tiêu đề\u0001 bài'],
    ['a bidi override (reverses a number)', 'Gọi \u202E876 543 2190'],
    ['a zero-width space', 'Đường\u200Bdây nóng'],
    ['a byte-order mark inside the text', 'Tiêu\uFEFF đề bài'],
  ])('nfcText refuses %s', (_, text) => {
    expect(JSON.stringify(nfcText().safeParse(text).error?.issues)).toMatch(/ký tự ẩn/);
  });
  it('nfcText keeps line breaks and ordinary Vietnamese', () => {
    expect(nfcText().safeParse('Dòng một\nDòng hai, có dấu: ư ơ đ.').success).toBe(true);
  });
  it('webUrl wants https, and http only for a listed host', () => {
    expect(webUrl.safeParse('https://chinhphu.vn/').success).toBe(true);
    expect(webUrl.safeParse('http://www.daibieunhandan.vn/a').success).toBe(true);
    expect(JSON.stringify(webUrl.safeParse('http://tin-moi.example.vn/').error?.issues)).toMatch(/https:\/\/.*HTTP_ONLY_HOSTS/);
    expect(webUrl.safeParse('javascript:alert(1)').success).toBe(false);
  });
});

describe('quizSchema', () => {
  const q = {
    question: 'Công an thật có làm việc qua cuộc gọi video không?',
    choices: ['Có', 'Không'],
    answer: 'B',
    explain: 'Công an mời làm việc bằng giấy mời, qua công an xã.',
  };
  it('accepts three to eight questions whose answer is one of their choices', () => {
    expect(quizSchema.safeParse([q, q, q]).success).toBe(true);
  });
  it.each([
    [[q, q], /ít nhất 3 câu/],
    [Array(9).fill(q), /tối đa 8 câu/],
    [[q, q, { ...q, answer: 'C' }], /không có trong choices/],
    [[q, q, { ...q, answer: 'E' }], /A, B, C hoặc D/],
    [[q, q, { ...q, choices: ['Có'] }], /ít nhất 2 lựa chọn/],
  ])('refuses %#', (quiz, message) => {
    const result = quizSchema.safeParse(quiz);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(message);
  });
});
