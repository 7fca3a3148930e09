import { describe, expect, it } from 'vitest';
import { sortLaws, type LawSortable } from './laws';

const law = (id: string, type: LawSortable['data']['type'], status: LawSortable['data']['status'], shortName: string) => ({
  id,
  data: { type, status, shortName },
});

describe('sortLaws', () => {
  it('puts in-force first, then codes and laws before decrees, then by name', () => {
    const sorted = sortLaws([
      law('nd-144', 'nghi-dinh', 'replaced', 'Nghị định 144/2021/NĐ-CP'),
      law('nd-282', 'nghi-dinh', 'in-force', 'Nghị định 282/2025/NĐ-CP'),
      law('luat-2024', 'luat', 'in-force', 'Luật Phòng, chống mua bán người 2024'),
      law('blhs', 'bo-luat', 'in-force', 'Bộ luật Hình sự'),
      law('nd-178', 'nghi-dinh', 'partly-in-force', 'Nghị định 178/2004/NĐ-CP'),
    ]);
    expect(sorted.map((l) => l.id)).toEqual(['blhs', 'luat-2024', 'nd-282', 'nd-178', 'nd-144']);
  });
});
