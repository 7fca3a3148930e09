import { describe, expect, it } from 'vitest';
import { isMovedPath, MOVED_PAGES, movedPageProblems, type MovedPage } from './moved';

const live = new Set(['/bai-viet/moi/', '/bai-viet/khac/']);
const row = (over: Partial<MovedPage>): MovedPage => ({ from: '/bai-viet/cu/', to: '/bai-viet/moi/', why: 'Đã gộp.', ...over });

describe('movedPageProblems', () => {
  it('accepts a row from a gone page to a live one', () => {
    expect(movedPageProblems([row({})], live)).toEqual([]);
  });
  it.each([
    ['a target that does not exist', row({ to: '/bai-viet/khong-co/' }), /không tồn tại/],
    ['an old address that is still a live page', row({ from: '/bai-viet/khac/' }), /vẫn là một trang đang có/],
    ['an address without its trailing slash', row({ from: '/bai-viet/cu' }), /kết thúc bằng "\/"/],
    ['a page pointing at itself', row({ from: '/bai-viet/moi/', to: '/bai-viet/moi/' }), /trỏ về chính nó/],
  ])('refuses %s, naming the file and the row', (_, bad, why) => {
    const problems = movedPageProblems([bad], live);
    expect(problems.join('\n')).toMatch(why);
    expect(problems[0]).toMatch(/^src\/lib\/moved\.ts: "/);
  });
  it('refuses a chain (a target that has itself moved) and a row written twice', () => {
    expect(movedPageProblems([row({}), row({ from: '/bai-viet/cu-hon/', to: '/bai-viet/cu/' })], live).join('\n')).toMatch(/cũng đã chuyển/);
    expect(movedPageProblems([row({}), row({})], live).join('\n')).toMatch(/hai lần/);
  });
});

describe('isMovedPath', () => {
  it('knows the moved pages and nothing else', () => {
    expect(isMovedPath(MOVED_PAGES[0]!.from)).toBe(true);
    expect(isMovedPath('/bai-viet/quyen-va-ho-tro-cua-nan-nhan-bi-mua-ban/')).toBe(false);
  });
});
