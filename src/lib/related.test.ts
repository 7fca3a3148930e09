import { describe, expect, it } from 'vitest';
import type { ArticleKind, Audience } from './vocabulary';
import { relatedArticles } from './related';

const art = (id: string, audiences: Audience[], kind: ArticleKind) => ({ id, data: { title: id, audiences, kind, reviewed: new Date(0) } });

describe('relatedArticles', () => {
  const me = art('me', ['hoc-sinh-sinh-vien', 'moi-nguoi'], 'warning');
  const sameAudienceSameKind = art('a', ['hoc-sinh-sinh-vien'], 'warning');
  const sameAudience = art('b', ['hoc-sinh-sinh-vien'], 'law');
  const sameKindOnly = art('c', ['co-so-kinh-doanh'], 'warning');
  const onlyEveryone = art('d', ['moi-nguoi'], 'guide');
  const all = [me, onlyEveryone, sameKindOnly, sameAudience, sameAudienceSameKind];

  it('ranks shared audience above shared kind, never lists itself or unrelated pages', () => {
    expect(relatedArticles(me, all, 10).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
  it('respects the limit', () => {
    expect(relatedArticles(me, all, 1).map((x) => x.id)).toEqual(['a']);
  });
});

describe('relatedArticles on many articles', () => {
  it('keeps the best by score, then by id, whatever the input order', () => {
    const kinds: ArticleKind[] = ['warning', 'law', 'guide'];
    const many = Array.from({ length: 60 }, (_, i) =>
      art(`bai-${String(i).padStart(2, '0')}`, i % 2 ? ['nguoi-lao-dong'] : ['hoc-sinh-sinh-vien'], kinds[i % 3]!),
    );
    const me = art('toi', ['hoc-sinh-sinh-vien'], 'warning');
    // Same audience and kind: even i that are multiples of 3 (0, 6, 12, …), by id.
    const expected = ['bai-00', 'bai-06', 'bai-12', 'bai-18'];
    expect(relatedArticles(me, many, 4).map((x) => x.id)).toEqual(expected);
    expect(relatedArticles(me, [...many].reverse(), 4).map((x) => x.id)).toEqual(expected);
    expect(relatedArticles(me, many, 0)).toEqual([]);
  });
});
