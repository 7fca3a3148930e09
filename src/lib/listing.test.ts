import { describe, expect, it } from 'vitest';
import type { ArticleKind, Audience, ContactNeed } from './content-rules';
import { articlesFor, byPriority, byReviewedDesc, groupByKind, groupByNeed, homeSectionOf, localFirst, markFirstAppearance } from './listing';

const art = (id: string, title: string, audiences: Audience[], kind: ArticleKind, reviewed = '2026-01-01') => ({
  id,
  data: { title, audiences, kind, reviewed: new Date(reviewed) },
});
const a = art('a', 'Đường dây nóng', ['hoc-sinh-sinh-vien'], 'guide', '2026-03-01');
const b = art('b', 'Bạn bè rủ rê', ['hoc-sinh-sinh-vien', 'moi-nguoi'], 'warning', '2026-05-01');
const c = art('c', 'Cách tố giác', ['moi-nguoi'], 'report', '2026-05-01');
const d = art('d', 'Chủ cơ sở', ['co-so-kinh-doanh'], 'law');

describe('articlesFor', () => {
  it('lists own articles by Vietnamese title order, then those for everyone', () => {
    const { own, everyone } = articlesFor([a, b, c, d], 'hoc-sinh-sinh-vien');
    expect(own.map((x) => x.id)).toEqual(['b', 'a']); // "Bạn" before "Đường": đ sorts after d
    expect(everyone.map((x) => x.id)).toEqual(['c']);
  });
  it('does not repeat everyone-articles on the everyone hub', () => {
    expect(articlesFor([a, b, c], 'moi-nguoi')).toEqual({ own: [b, c], everyone: [] });
  });
});

describe('groupByKind', () => {
  it('follows KIND_ORDER and skips empty kinds', () => {
    expect(groupByKind([a, b, c, d]).map((g) => g.kind)).toEqual(['warning', 'guide', 'law', 'report']);
  });
});

describe('byReviewedDesc', () => {
  it('puts the newest first and breaks ties by title', () => {
    expect(byReviewedDesc([a, c, b, d]).map((x) => x.id)).toEqual(['b', 'c', 'a', 'd']);
  });
});

const con = (id: string, name: string, needs: ContactNeed[], priority: number) => ({ id, data: { name, needs, priority } });
const c113 = con('113', 'Cảnh sát 113', ['khan-cap', 'to-giac'], 1);
const c111 = con('111', 'Tổng đài 111', ['mua-ban-nguoi', 'to-giac', 'tre-em'], 2);
const legal = con('tgpl', 'Trợ giúp pháp lý', ['phap-ly'], 20);

describe('contacts', () => {
  it('orders by priority then name', () => {
    expect(byPriority([legal, c111, c113]).map((x) => x.id)).toEqual(['113', '111', 'tgpl']);
  });
  it('groups by need in the schema order, repeating a contact under each of its needs', () => {
    expect(groupByNeed([legal, c111, c113]).map((g) => [g.need, g.items.map((x) => x.id)])).toEqual([
      ['khan-cap', ['113']],
      ['mua-ban-nguoi', ['111']],
      ['to-giac', ['113', '111']],
      ['tre-em', ['111']],
      ['phap-ly', ['tgpl']],
    ]);
  });
  it('puts local contacts first without repeating them', () => {
    const local = { id: 'ca-phuong' };
    expect(localFirst([local, c113], [c113, c111]).map((x) => x.id)).toEqual(['ca-phuong', '113', '111']);
  });
});

describe('homeSectionOf', () => {
  it.each([
    [{ audiences: ['moi-nguoi', 'nguoi-lao-dong'] as Audience[], kind: 'law' as ArticleKind }, '/nguoi-lao-dong/'],
    [{ audiences: ['moi-nguoi'] as Audience[], kind: 'warning' as ArticleKind }, '/canh-bao/'],
    [{ audiences: ['moi-nguoi'] as Audience[], kind: 'support' as ArticleKind }, '/ho-tro/'],
    [{ audiences: ['moi-nguoi'] as Audience[], kind: 'law' as ArticleKind }, '/phap-luat/'],
  ])('%j -> %s', (data, path) => {
    expect(homeSectionOf(data).path).toBe(path);
  });
});

describe('markFirstAppearance', () => {
  it('shows each item in full once, then as a repeat', () => {
    const marked = markFirstAppearance(groupByNeed([legal, c111, c113]));
    expect(marked.map((g) => [g.need, g.first.map((x) => x.id), g.repeated.map((x) => x.id)])).toEqual([
      ['khan-cap', ['113'], []],
      ['mua-ban-nguoi', ['111'], []],
      ['to-giac', [], ['113', '111']],
      ['tre-em', [], ['111']],
      ['phap-ly', ['tgpl'], []],
    ]);
  });
});
