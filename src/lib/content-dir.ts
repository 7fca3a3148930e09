/** Where content lives: `content/` by default; CONTENT_DIR points tests and the benchmark elsewhere. */
export function contentDir(fromEnv: string | undefined): string {
  const dir = (fromEnv ?? '').trim();
  return (dir === '' ? './content' : dir).replace(/\/+$/, '');
}
