import { describe, expect, it } from 'vitest';
import { editorBackend, githubRepoFromRemote } from './files';
import { rewriteBundle } from './bundle';
import { editorConfig, NO_REPO } from './config';

describe('which GitHub repository the editor saves to', () => {
  it.each([
    ['https://github.com/xa-an-cuu/pcmd.git', 'xa-an-cuu/pcmd'],
    ['git@github.com:xa-an-cuu/pcmd.git', 'xa-an-cuu/pcmd'],
    ['https://github.com/xa-an-cuu/pcmd', 'xa-an-cuu/pcmd'],
    ['/work/main', undefined],
    ['https://gitlab.com/xa/pcmd.git', undefined],
  ])('%s -> %s', (remote, repo) => expect(githubRepoFromRemote(remote)).toBe(repo));

  it('prefers EDITOR_REPO, then the GitHub Actions repository, then the clone’s GitHub origin', () => {
    const origin = () => 'https://github.com/goc/kho.git';
    expect(editorBackend({ EDITOR_REPO: 'xa/kho', GITHUB_REPOSITORY: 'ci/kho' }, origin)).toEqual({ repo: 'xa/kho', branch: 'main' });
    expect(editorBackend({ GITHUB_REPOSITORY: 'ci/kho', EDITOR_BRANCH: 'ban-xa' }, origin)).toEqual({ repo: 'ci/kho', branch: 'ban-xa' });
    expect(editorBackend({}, origin)).toEqual({ repo: 'goc/kho', branch: 'main' });
    expect(editorBackend({}, () => undefined)).toBeUndefined();
  });

  it('stops on a malformed EDITOR_REPO with one line that shows the right form', () => {
    expect(() => editorBackend({ EDITOR_REPO: 'https://github.com/xa/kho' }, () => undefined)).toThrow(/phải có dạng chủ-sở-hữu\/tên-kho/);
  });

  it('names a repository that says what to set when none is known', () => {
    expect(editorConfig(undefined, []).backend).toEqual({ name: 'github', repo: NO_REPO, branch: 'main' });
  });
});

describe('the editor bundle, rewritten to call no CDN', () => {
  it('replaces each address exactly once', () => {
    expect(
      rewriteBundle('a=`X`;b=url(F)', [
        ['`X`', '`./x`'],
        ['F', './f.woff2'],
      ]),
    ).toBe('a=`./x`;b=url(./f.woff2)');
  });
  it('stops with the address when an upgrade no longer has it', () => {
    expect(() => rewriteBundle('a=`Y`', [['`X`', '`./x`']])).toThrow(/không tìm thấy đúng một chỗ "`X`" trong bundle \(thấy 0\)/);
  });
  it('stops when a font is still loaded from the CDN', () => {
    expect(() => rewriteBundle('url(https://cdn.jsdelivr.net/fontsource/fonts/moi.woff2)', [])).toThrow(
      /vẫn tải "https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/moi\.woff2"/,
    );
  });
});
