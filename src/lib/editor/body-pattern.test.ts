import { describe, expect, it } from 'vitest';
import { articleBodyPattern } from './body-pattern';
import { PHONE_IN_TEXT } from '../publishing-rules';
import { DO_NOT_PUBLISH } from '../denylist';

const pattern = new RegExp(articleBodyPattern(['111', '113', '1800 1233', '+84 981 84 84 84']));
const accepts = (text: string) => pattern.test(text);

describe('the editor-side check of numbers in an article', () => {
  it('accepts text whose numbers are all contacts, written with or without spaces', () => {
    expect(accepts('Gọi 111 hoặc 113. Trợ giúp pháp lý: 1800 1233, cũng viết 18001233.\n\nPhạt 1.000.000 đồng.')).toBe(true);
    expect(accepts('Không có số nào ở đây.')).toBe(true);
  });

  it('refuses a phone number that is in no contact, as the build does', () => {
    for (const text of ['Gọi 0912 345 678 để được giúp.', 'Đường dây 1800 9999 nhận tin.', 'Số khẩn 115 và 111.']) {
      expect(accepts(text)).toBe(false);
      // The build's own rule finds a number there too: the two agree on what is a phone number.
      expect([...text.matchAll(PHONE_IN_TEXT)].length).toBeGreaterThan(0);
    }
  });

  it('refuses a longer number that starts with a contact number', () => {
    expect(accepts('Gọi 1800 12334.')).toBe(false);
  });

  it('refuses every do-not-publish pattern, whatever the letter case', () => {
    expect(accepts('Gọi 1800 1567.')).toBe(false);
    expect(accepts('Gửi thư đến ToGiacToiPham@example.vn')).toBe(false);
    expect(DO_NOT_PUBLISH.length).toBeGreaterThan(5);
  });

  it('with no contacts at all, every phone number is refused', () => {
    expect(new RegExp(articleBodyPattern([])).test('Gọi 111.')).toBe(false);
  });
});
