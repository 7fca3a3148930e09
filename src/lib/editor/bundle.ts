/**
 * The editor's files, from npm packages only. Sveltia CMS is meant to be loaded from a CDN, and
 * its bundle reaches out to two at run time: it asks unpkg.com for its newest version each time it
 * opens, it loads its interface in other languages from there, and it loads its three fonts from
 * cdn.jsdelivr.net. The editor's page allows neither
 * (its CSP names only the GitHub API), so the bundle is copied with those addresses pointed at
 * files served beside it: a version file saying the installed version (nothing newer to announce:
 * updates come through package.json), the package's own language files, and the same fonts from
 * the Fontsource npm packages.
 *
 * The rewrite is exact: when an upgrade of @sveltia/cms changes any of these addresses, the build
 * stops and says which one, instead of shipping a bundle that calls a CDN.
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** A file of the editor folder: its path inside /quan-tri/ and its bytes. */
export interface EditorFile {
  path: string;
  body: string | Buffer;
}

/** The bundle's CDN address of the package, whose /package.json it fetches to look for updates. */
const PACKAGE_CDN = '`https://unpkg.com/@sveltia/cms`';
/**
 * Where that address points instead: a folder beside the page. The bundle fetches `<it>/package.json`
 * (the newest version: here the installed one) and `<it>@<version>/locales/<language>.json` (its
 * interface in languages other than English, Vietnamese included).
 */
const PACKAGE_LOCAL = '`./sveltia`';

/** The fonts the bundle names, and the npm package file each one is. */
export const EDITOR_FONTS = [
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2',
    file: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
    local: './fonts/source-sans-3.woff2',
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2',
    file: '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
    local: './fonts/noto-mono.woff2',
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2',
    file: '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
    local: './fonts/material-symbols-outlined.woff2',
  },
] as const;

/** Replaces each `from` exactly once, or says which one the bundle no longer has. */
export function rewriteBundle(bundle: string, replacements: ReadonlyArray<readonly [string, string]>): string {
  let out = bundle;
  for (const [from, to] of replacements) {
    const count = out.split(from).length - 1;
    if (count !== 1) {
      throw new Error(
        `Sveltia CMS: không tìm thấy đúng một chỗ "${from}" trong bundle (thấy ${count}). Bản mới của @sveltia/cms đã đổi địa chỉ này: cập nhật src/lib/editor/bundle.ts rồi dựng lại.`,
      );
    }
    out = out.replace(from, to);
  }
  const leftover = out.match(/https:\/\/cdn\.jsdelivr\.net\/[^\s`"')]+/);
  if (leftover) throw new Error(`Sveltia CMS: bundle vẫn tải "${leftover[0]}" từ CDN: thêm tệp này vào EDITOR_FONTS trong src/lib/editor/bundle.ts`);
  return out;
}

/** The folder of the installed @sveltia/cms (its exports name only its entry point, npm/index.js). */
const sveltiaDir = () => dirname(dirname(require.resolve('@sveltia/cms')));

/** The installed Sveltia CMS version. */
export function editorVersion(): string {
  return (JSON.parse(readFileSync(join(sveltiaDir(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** The installed @sveltia/cms: its version and its bundle, rewritten to load nothing from a CDN. */
export function editorBundleFiles(): EditorFile[] {
  const version = editorVersion();
  const bundle = readFileSync(join(sveltiaDir(), 'dist/sveltia-cms.js'), 'utf8');
  const rewritten = rewriteBundle(bundle, [[PACKAGE_CDN, PACKAGE_LOCAL], ...EDITOR_FONTS.map((f) => [f.cdn, f.local] as const)])
    // The source map is not shipped; a dangling reference would make developer tools ask for it.
    .replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  return [
    { path: 'sveltia-cms.js', body: rewritten },
    { path: 'sveltia/package.json', body: JSON.stringify({ name: '@sveltia/cms', version }) },
    ...readdirSync(join(sveltiaDir(), 'locales')).map((name) => ({
      path: `sveltia@${version}/locales/${name}`,
      body: readFileSync(join(sveltiaDir(), 'locales', name)),
    })),
    ...EDITOR_FONTS.map((f) => ({ path: f.local.slice(2), body: readFileSync(require.resolve(f.file)) })),
  ];
}
