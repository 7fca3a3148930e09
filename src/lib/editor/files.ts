/**
 * Everything /quan-tri/ serves, as files: the page, the configuration generated from the content
 * schemas, and the editor bundle with its fonts (from npm). Written into dist/ by the build and
 * served as they are by `astro dev` (src/integrations/editor.ts).
 */
import { execFileSync } from 'node:child_process';
import { stringify } from 'yaml';
import { editorBundleFiles, type EditorFile } from './bundle.ts';
import { editorConfig, type EditorBackend } from './config.ts';
import { editorPageHtml } from './page.ts';

/** "owner/name" from a GitHub remote address (https or ssh), or undefined for any other host. */
export function githubRepoFromRemote(remote: string): string | undefined {
  const m = remote.trim().match(/github\.com[:/]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/**
 * Which GitHub repository the editor saves to: EDITOR_REPO, else the repository a GitHub Actions
 * build runs in, else this clone's "origin" when it is on GitHub. Undefined when none is known:
 * the editor then offers only the local-folder way (see docs/editing.md).
 */
export function editorBackend(env: NodeJS.ProcessEnv, originRemote: () => string | undefined): EditorBackend | undefined {
  const branch = env.EDITOR_BRANCH?.trim() || 'main';
  const named = env.EDITOR_REPO?.trim() || env.GITHUB_REPOSITORY?.trim();
  if (named) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(named)) throw new Error(`EDITOR_REPO "${named}" phải có dạng chủ-sở-hữu/tên-kho, ví dụ xa-an-cuu/phong-chong-mai-dam`);
    return { repo: named, branch };
  }
  const remote = originRemote();
  const repo = remote ? githubRepoFromRemote(remote) : undefined;
  return repo ? { repo, branch } : undefined;
}

/** This clone's origin address, if it has one. */
export function gitOrigin(cwd: string): string | undefined {
  try {
    return execFileSync('git', ['remote', 'get-url', 'origin'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** The files of /quan-tri/, for `backend` (see editorBackend) and this edition's contact numbers. */
export function editorFiles(backend: EditorBackend | undefined, contactNumbers: readonly string[]): EditorFile[] {
  const header = [
    '# Cấu hình trình soạn thảo /quan-tri/ (Sveltia CMS). Tệp này do bản dựng viết ra từ src/schemas/',
    '# và src/lib/editor/labels.ts: đừng sửa ở đây, sửa ở đó rồi dựng lại.',
    '',
  ].join('\n');
  return [
    { path: 'index.html', body: editorPageHtml() },
    { path: 'config.yml', body: header + stringify(editorConfig(backend, contactNumbers), { lineWidth: 0 }) },
    ...editorBundleFiles(),
  ];
}
