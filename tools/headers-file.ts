/**
 * Reads a `_headers` file the way Cloudflare Pages applies it, so tests (and the local test
 * server) can ask "what headers does this path get?": every matching rule applies in order,
 * "! Name" detaches a header an earlier rule set, a header set twice is joined with ", ".
 */

export interface HeaderRule {
  /** Path pattern; "*" matches any run of characters, also none. */
  path: string;
  /** Header names this rule removes, lower-case. */
  detach: string[];
  /** Header names (lower-case) and values this rule sets. */
  set: Array<[string, string]>;
}

/** Parse `_headers` text into rules; throws on a header line before any path. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ path: line, detach: [], set: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers dòng ${i + 1}: tiêu đề nằm trước mọi đường dẫn`);
    if (line.startsWith('!')) {
      rule.detach.push(line.slice(1).trim().toLowerCase());
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 1) throw new Error(`_headers dòng ${i + 1}: cần dạng "Tên: giá trị"`);
    rule.set.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(path);
}

/** The headers (lower-case names) a request for `path` gets. */
export function headersForPath(rules: HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules.filter((r) => matches(r.path, path))) {
    for (const name of rule.detach) headers.delete(name);
    for (const [name, value] of rule.set) {
      const before = headers.get(name);
      headers.set(name, before === undefined ? value : `${before}, ${value}`);
    }
  }
  return headers;
}
