import { describe, expect, it } from 'vitest';
import { describePenalty, type PenaltyBand } from './penalties';

const band = (over: Partial<PenaltyBand>): PenaltyBand => ({
  when: 'x',
  warning: false,
  life: false,
  death: false,
  other: [],
  additional: false,
  ...over,
});

describe('describePenalty', () => {
  it.each<[Partial<PenaltyBand>, string[]]>([
    [{ fine: { min: 1000000, max: 2000000 } }, ['Phạt tiền từ 1.000.000 đồng đến 2.000.000 đồng']],
    [{ warning: true, fine: { min: 300000, max: 500000 } }, ['Cảnh cáo hoặc phạt tiền từ 300.000 đồng đến 500.000 đồng']],
    [{ warning: true }, ['Cảnh cáo']],
    [{ prison: { min: 12, max: 60 } }, ['Phạt tù từ 1 năm đến 5 năm']],
    [{ prison: { min: 6, max: 36 } }, ['Phạt tù từ 6 tháng đến 3 năm']],
    [{ prison: { min: 180, max: 240 }, life: true }, ['Phạt tù từ 15 năm đến 20 năm hoặc tù chung thân']],
    [{ prison: { min: 240, max: 240 }, life: true, death: true }, ['Phạt tù 20 năm, tù chung thân hoặc tử hình']],
    [{ life: true, death: true }, ['Tù chung thân hoặc tử hình']],
    [
      { fine: { min: 10000000, max: 100000000 }, other: ['Quản chế từ 1 năm đến 5 năm'] },
      ['Phạt tiền từ 10.000.000 đồng đến 100.000.000 đồng', 'Quản chế từ 1 năm đến 5 năm'],
    ],
    [
      { fine: { min: 10000000, max: 100000000 }, prison: { min: 6, max: 36 }, other: ['cải tạo không giam giữ đến 3 năm'], alternatives: true },
      ['Phạt tiền từ 10.000.000 đồng đến 100.000.000 đồng, cải tạo không giam giữ đến 3 năm hoặc phạt tù từ 6 tháng đến 3 năm'],
    ],
    [{ other: ['cấm hành nghề từ 1 năm đến 5 năm'], additional: true }, ['Cấm hành nghề từ 1 năm đến 5 năm']],
    [
      { life: true, death: true, other: ['phạt tù có thời hạn, cao nhất 20 năm'], alternatives: true },
      ['Phạt tù có thời hạn, cao nhất 20 năm, tù chung thân hoặc tử hình'],
    ],
  ])('%j', (over, expected) => {
    expect(describePenalty(band(over))).toEqual(expected);
  });
});
