import { describe, expect, it } from 'vitest';
import { nfcText, phoneNumber, storySchema } from './content-rules';

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
