import { describe, expect, it } from 'vitest';
import { deniedIn } from './denylist';

describe('deniedIn', () => {
  it.each(['Gọi 1800 1567', 'số 1900 1233', '1900 969 680', 'canhbao.khonggianmang.gov.vn', 'Quyết định 732/QĐ-TTg'])('catches %j', (text) => {
    expect(deniedIn(text)).toHaveLength(1);
  });
  it.each(['Trợ giúp pháp lý 1800 1233', 'Tổng đài 111', 'Quyết định 1629/QĐ-TTg'])('lets %j through', (text) => {
    expect(deniedIn(text)).toEqual([]);
  });
});
