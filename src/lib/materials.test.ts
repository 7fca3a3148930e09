import { describe, expect, it } from 'vitest';
import type { ArticleKind, Audience, ContactNeed } from './vocabulary';
import type { LawLike } from './citations';
import { compactBasis, handoutPath, oldestDate, posterPath, printContacts, quizSheetPath, sheetArticles } from './materials';

const contact = (id: string, priority: number, needs: ContactNeed[], audiences: Audience[], number?: string) => ({
  id,
  data: { name: id, priority, needs, audiences, number },
});
const police = contact('113', 1, ['khan-cap', 'to-giac'], ['moi-nguoi'], '113');
const hotline = contact('111', 2, ['mua-ban-nguoi'], ['moi-nguoi'], '111');
const ambulance = contact('115', 3, ['khan-cap', 'suc-khoe'], ['moi-nguoi'], '115');
const legal = contact('1800', 15, ['phap-ly'], ['nguoi-lao-dong'], '1800 1233');
const app = contact('vneid', 12, ['to-giac'], ['moi-nguoi']);
const ward = contact('phuong', 50, ['to-giac'], ['moi-nguoi']);

describe('printContacts', () => {
  it('keeps numbered lines on the topic, for the audience, by priority', () => {
    const all = [legal, ambulance, app, hotline, police];
    expect(printContacts([], all, 'nguoi-lao-dong', 5).map((c) => c.id)).toEqual(['113', '111', '1800']);
    expect(printContacts([], all, 'hoc-sinh-sinh-vien', 5).map((c) => c.id)).toEqual(['113', '111']);
    expect(printContacts([], all, 'nguoi-lao-dong', 2).map((c) => c.id)).toEqual(['113', '111']);
  });
  it('puts the local contacts first, even without a number, and never drops 113 for them', () => {
    expect(printContacts([ward], [police, hotline], 'moi-nguoi', 2).map((c) => c.id)).toEqual(['phuong', '113', '111']);
  });
});

const art = (id: string, kind: ArticleKind, audiences: Audience[], reviewed = '2026-01-01') => ({
  id,
  data: { title: id, kind, audiences, reviewed: new Date(reviewed) },
});

describe('sheetArticles', () => {
  const articles = [
    art('a-canh-bao', 'warning', ['hoc-sinh-sinh-vien']),
    art('b-canh-bao', 'warning', ['hoc-sinh-sinh-vien']),
    art('c-luat', 'law', ['hoc-sinh-sinh-vien']),
    art('d-huong-dan', 'guide', ['hoc-sinh-sinh-vien']),
    art('e-to-giac', 'report', ['moi-nguoi']),
    art('f-canh-bao-khac', 'warning', ['nguoi-lao-dong']),
  ];
  it('takes the audience warnings, then guides, own before everyone', () => {
    const { warnings, actions } = sheetArticles(articles, 'hoc-sinh-sinh-vien', { warnings: 5, actions: 5 });
    expect(warnings.map((a) => a.id)).toEqual(['a-canh-bao', 'b-canh-bao']);
    expect(actions.map((a) => a.id)).toEqual(['d-huong-dan', 'e-to-giac']);
  });
  it('respects the limits', () => {
    const { warnings, actions } = sheetArticles(articles, 'hoc-sinh-sinh-vien', { warnings: 1, actions: 1 });
    expect([warnings.length, actions.length]).toEqual([1, 1]);
  });
});

describe('oldestDate', () => {
  it('is the least recent date', () => {
    expect(oldestDate([new Date('2026-05-01'), new Date('2026-01-02'), new Date('2026-11-01')])).toEqual(new Date('2026-01-02'));
  });
  it('needs a date', () => expect(() => oldestDate([])).toThrow(/ít nhất một bài/));
});

describe('compactBasis', () => {
  const blhs: LawLike = {
    id: 'blhs-2015',
    shortName: 'Bộ luật Hình sự',
    provisions: [
      { id: 'dieu-328', article: '328', title: 'x' },
      { id: 'dieu-150', article: '150', title: 'x' },
    ],
  };
  const nd: LawLike = {
    id: 'nd-282-2025',
    shortName: 'Nghị định 282/2025/NĐ-CP',
    provisions: [
      { id: 'dieu-34', article: '34', title: 'x' },
      { id: 'dieu-8-khoan-5', article: '8', clause: '5', point: 'd', title: 'x' },
    ],
  };
  const decree: LawLike = { id: 'nd-162-2025', shortName: 'Nghị định 162/2025/NĐ-CP', provisions: [] };
  it('merges the same instrument across articles, numbers in order, narrower provisions spelled out', () => {
    expect(
      compactBasis([
        { law: blhs, provisions: [blhs.provisions[0]!] },
        { law: nd, provisions: nd.provisions },
        { law: blhs, provisions: [blhs.provisions[1]!, blhs.provisions[0]!] },
        { law: decree, provisions: [] },
      ]),
    ).toEqual(['Bộ luật Hình sự: Điều 150, 328', 'Nghị định 282/2025/NĐ-CP: điểm d khoản 5 Điều 8; Điều 34', 'Nghị định 162/2025/NĐ-CP']);
  });
});

describe('paths', () => {
  it('has one poster and one handout per audience', () => {
    expect(posterPath('nguoi-lao-dong')).toBe('/tai-lieu/ap-phich/nguoi-lao-dong/');
    expect(handoutPath('nguoi-lao-dong')).toBe('/tai-lieu/to-roi/nguoi-lao-dong/');
  });
  it("prints a lesson's quiz under /tai-lieu/cau-hoi/", () => {
    expect(quizSheetPath('tiet-hoc-thcs')).toBe('/tai-lieu/cau-hoi/tiet-hoc-thcs/');
  });
});
