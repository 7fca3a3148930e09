import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { citableLaws, readCitable } from './citable.ts';

const source = { title: 'Nguồn', url: 'https://example.vn/' };

describe('citableLaws', () => {
  it('keeps in-force laws with provisions and notes which have penalties', () => {
    const laws = citableLaws([
      { id: 'b-luat', data: { status: 'in-force', source, provisions: [{ id: 'dieu-1', penalties: [{}] }, { id: 'dieu-2' }] } },
      { id: 'a-cu', data: { status: 'replaced', source, provisions: [{ id: 'dieu-1' }] } },
      { id: 'c-khong-dieu', data: { status: 'in-force', source, provisions: [] } },
    ]);
    expect(laws).toEqual([{ id: 'b-luat', provisions: ['dieu-1', 'dieu-2'], withPenalties: ['dieu-1'], source }]);
  });
});

describe('readCitable on the real content', () => {
  it('finds laws with provisions and national contacts', () => {
    const citable = readCitable(join(import.meta.dirname, '../../content'));
    expect(citable.laws.map((l) => l.id)).toContain('blhs-2015');
    expect(citable.laws.some((l) => l.withPenalties.length > 0)).toBe(true);
    expect(citable.contacts).toContain('tong-dai-111');
  });
});
