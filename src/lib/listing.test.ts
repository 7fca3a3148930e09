import { describe, expect, it } from 'vitest';
import type { ArticleKind, ArticleNeed, Audience, ContactNeed } from './vocabulary';
import {
  articlesFor,
  byPriority,
  byReviewedDesc,
  capGroups,
  groupByNeed,
  homeSectionOf,
  hubCloseness,
  hubGroups,
  HUB_SHOWN_MAX,
  localFirst,
  markFirstAppearance,
} from './listing';

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

describe('hubCloseness', () => {
  it.each([
    [['hoc-sinh-sinh-vien'], 0],
    [['nguoi-lao-dong', 'hoc-sinh-sinh-vien'], 1],
    [['moi-nguoi'], 2],
  ] as Array<[Audience[], number]>)('%j -> %i on the students hub', (audiences, closeness) => {
    expect(hubCloseness({ audiences }, 'hoc-sinh-sinh-vien')).toBe(closeness);
  });
});

describe('capGroups', () => {
  it.each([
    [[2, 2, 2], 12, [2, 2, 2]],
    [[10, 10, 10], 12, [4, 4, 4]],
    [[10, 1, 10], 12, [6, 1, 5]],
    [[20], 12, [12]],
    [[5, 5], 0, [0, 0]],
    [[3, 3, 3], 2, [1, 1, 0]],
  ])('sizes %j, at most %i -> %j shown', (sizes, max, shown) => {
    const groups = sizes.map((n, key) => ({ key, items: Array.from({ length: n }, (_, i) => `${key}-${i}`) }));
    const capped = capGroups(groups, max);
    expect(capped.map((g) => g.shown.length)).toEqual(shown);
    expect(capped.map((g) => [...g.shown, ...g.more])).toEqual(groups.map((g) => g.items));
  });
});

describe('capGroups with a rank', () => {
  it("shows every group's first item, then the best-ranked items left", () => {
    const groups = [
      { key: 'a', items: [0, 0, 0, 0, 2] },
      { key: 'b', items: [2, 2, 2] },
      { key: 'c', items: [1, 2] },
    ];
    expect(capGroups(groups, 6, (x) => x).map((g) => g.shown)).toEqual([[0, 0, 0, 0], [2], [1]]);
  });
});

describe('HUB_SHOWN_MAX', () => {
  it('keeps the issue\'s rule: about a dozen articles before "more" (issue 14)', () => {
    expect(HUB_SHOWN_MAX).toBeGreaterThanOrEqual(6);
    expect(HUB_SHOWN_MAX).toBeLessThanOrEqual(12);
  });
});

describe('hubGroups', () => {
  const withNeed = (x: ReturnType<typeof art>, need: ArticleNeed) => ({ ...x, data: { ...x.data, need } });
  it('groups by need in ARTICLE_NEEDS order, the need from the kind unless the article names one', () => {
    const held = withNeed(art('h', 'Đang bị giữ', ['hoc-sinh-sinh-vien'], 'guide'), 'can-giup-ngay');
    const groups = hubGroups([a, b, c, d, held], 'hoc-sinh-sinh-vien');
    expect(groups.map((g) => [g.key, [...g.shown, ...g.more].map((x) => x.id)])).toEqual([
      ['can-giup-ngay', ['h', 'c']], // the hub's own article before the one for everyone
      ['nhan-biet', ['b']],
      ['phong-ngua', ['a']],
    ]);
  });
  it("puts the hub's own articles before those for everyone, then orders by title", () => {
    const mine = art('m', '“Zalo” lạ', ['hoc-sinh-sinh-vien'], 'warning');
    const shared = art('s', 'An toàn', ['nguoi-lao-dong', 'hoc-sinh-sinh-vien'], 'warning');
    const all = art('e', 'Ai cũng cần', ['moi-nguoi'], 'warning');
    const quoted = art('q', '“Bắt cóc online”', ['hoc-sinh-sinh-vien'], 'warning');
    expect(hubGroups([all, shared, mine, quoted], 'hoc-sinh-sinh-vien')[0]?.shown.map((x) => x.id)).toEqual(['q', 'm', 's', 'e']);
  });
  it("spends the slots left after each group's first on the hub's own articles before those for everyone", () => {
    const own = Array.from({ length: 14 }, (_, i) => art(`o${i}`, `Riêng ${String(i).padStart(2, '0')}`, ['co-so-kinh-doanh'], 'law'));
    const shared = [art('s1', 'Chung một', ['moi-nguoi'], 'support'), art('s2', 'Chung hai', ['moi-nguoi'], 'support')];
    expect(hubGroups([...own, ...shared], 'co-so-kinh-doanh').map((g) => [g.key, g.shown.length, g.more.length])).toEqual([
      ['quyen-phap-luat', 11, 3],
      ['ho-tro', 1, 1],
    ]);
  });
  it('shows at most the limit in all, round the groups, and keeps every other article under "more"', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      art(
        `w${i}`,
        `Bài ${String(i).padStart(2, '0')}`,
        ['nguoi-lao-dong'],
        (['warning', 'warning', 'warning', 'law', 'report', 'support'] as const)[i % 6] ?? 'warning',
      ),
    );
    const groups = hubGroups(many, 'nguoi-lao-dong');
    const shown = groups.flatMap((g) => g.shown);
    expect(shown).toHaveLength(HUB_SHOWN_MAX);
    expect(groups.map((g) => [g.key, g.shown.length, g.more.length])).toEqual([
      ['can-giup-ngay', 3, 2],
      ['nhan-biet', 3, 12],
      ['quyen-phap-luat', 3, 2],
      ['ho-tro', 3, 2],
    ]);
    expect(new Set(groups.flatMap((g) => [...g.shown, ...g.more])).size).toBe(30);
  });
  it("gives a small group's unused slots to the others", () => {
    const few = [
      art('r', 'Báo tin', ['nguoi-lao-dong'], 'report'),
      ...Array.from({ length: 20 }, (_, i) => art(`w${i}`, `Cảnh báo ${i}`, ['nguoi-lao-dong'], 'warning')),
    ];
    expect(hubGroups(few, 'nguoi-lao-dong').map((g) => [g.key, g.shown.length])).toEqual([
      ['can-giup-ngay', 1],
      ['nhan-biet', 11],
    ]);
  });
  it('shows everything, with no "more", when the hub has few articles', () => {
    expect(hubGroups([a, b, c], 'hoc-sinh-sinh-vien').every((g) => g.more.length === 0)).toBe(true);
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
    [{ audiences: ['moi-nguoi'] as Audience[], kind: 'guide' as ArticleKind, need: 'giup-tre-em' as ArticleNeed }, '/nha-truong/'],
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
