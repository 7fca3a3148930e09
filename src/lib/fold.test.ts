import { describe, expect, it } from 'vitest';
import { foldVietnamese } from './fold';

describe('foldVietnamese', () => {
  it.each([
    ['Đường dây nóng', 'Duong day nong'],
    ['mại dâm', 'mai dam'],
    ['Điều 328', 'Dieu 328'],
    ['Tố giác, tin báo', 'To giac, tin bao'],
  ])('%s -> %s', (input, output) => expect(foldVietnamese(input)).toBe(output));
});
