import { describe, expect, it } from 'vitest';
import { amendedNote, amendmentsOf, citationLabel, resolveCitation, type LawLike } from './citations';

const blhs: LawLike = {
  id: 'blhs-2015',
  shortName: 'Bộ luật Hình sự',
  provisions: [{ id: 'dieu-327', article: '327', title: 'Tội chứa mại dâm' }],
};
const nd282: LawLike = {
  id: 'nd-282-2025',
  shortName: 'Nghị định 282/2025/NĐ-CP',
  provisions: [{ id: 'dieu-8-khoan-5', article: '8', clause: '5', point: 'd', title: 'Quấy rối tình dục' }],
};
const laws = new Map([blhs, nd282].map((l) => [l.id, l]));

describe('citationLabel', () => {
  it.each([
    [blhs, blhs.provisions[0], undefined, 'Điều 327 Bộ luật Hình sự'],
    [blhs, blhs.provisions[0], '2', 'Khoản 2 Điều 327 Bộ luật Hình sự'],
    [nd282, nd282.provisions[0], undefined, 'Điểm d khoản 5 Điều 8 Nghị định 282/2025/NĐ-CP'],
    [blhs, undefined, undefined, 'Bộ luật Hình sự'],
  ])('%#', (law, provision, clause, label) => {
    expect(citationLabel(law, provision, clause)).toBe(label);
  });
});

describe('resolveCitation', () => {
  it('finds a provision', () => {
    expect(resolveCitation(laws, 'blhs-2015', 'dieu-327', 'x').provision?.title).toBe('Tội chứa mại dâm');
  });
  it('names the place and the known ids when the law is missing', () => {
    expect(() => resolveCitation(laws, 'blhs-1999', 'dieu-1', 'content/articles/vi/a.md legalBasis[0]')).toThrow(
      /content\/articles\/vi\/a\.md legalBasis\[0\]: không có văn bản "blhs-1999".*blhs-2015, nd-282-2025/,
    );
  });
  it('names the place and the known provisions when the provision is missing', () => {
    expect(() => resolveCitation(laws, 'blhs-2015', 'dieu-999', 'a.md')).toThrow(/a\.md: .*"dieu-999".*dieu-327/);
  });
});

describe('amendmentsOf', () => {
  const amended: LawLike = {
    ...nd282,
    provisions: [...nd282.provisions, { id: 'dieu-3-khoan-6', article: '3', clause: '6', title: 'Vi phạm nhiều lần' }],
    amendedBy: [{ law: { id: 'nd-347-2026' }, effective: new Date('2026-09-15'), provisions: ['dieu-3-khoan-6'], note: 'Viết lại khoản 6 Điều 3.' }],
  };
  const names = new Map([['nd-347-2026', { shortName: 'Nghị định 347/2026/NĐ-CP' }]]);

  it('names the amending instrument for a provision it rewrites, and for the instrument as a whole', () => {
    expect(amendmentsOf(amended, 'dieu-3-khoan-6', names)).toEqual(['Nghị định 347/2026/NĐ-CP']);
    expect(amendmentsOf(amended, undefined, names)).toEqual(['Nghị định 347/2026/NĐ-CP']);
    expect(amendedNote(amendmentsOf(amended, 'dieu-3-khoan-6', names))).toBe('(được sửa đổi, bổ sung bởi Nghị định 347/2026/NĐ-CP)');
  });
  it('says nothing for a provision the amendment leaves alone', () => {
    expect(amendmentsOf(amended, 'dieu-8-khoan-5', names)).toEqual([]);
    expect(amendedNote([])).toBe('');
  });
  it('stops with the file named when the amending instrument does not exist', () => {
    expect(() => amendmentsOf(amended, 'dieu-3-khoan-6', new Map())).toThrow(/content\/laws\/nd-282-2025\.yaml: amendedBy có "nd-347-2026"/);
  });
});
