import { describe, expect, it } from 'vitest';
import type { ArticleKind, Audience } from './content-rules';
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
