/**
 * What Netlify and Cloudflare Pages each send for a path, from the same `_headers` file. They
 * read it differently: Cloudflare applies every matching rule in order, joins a header set
 * twice with ", " and honours "! Name" (detach); Netlify parses the file with
 * @netlify/headers-parser (its own package, used here as is), ignores "!" lines, and for a
 * header set by several matching rules serves one value: the later rule's (its CLI and dev
 * server merge in file order) — and since Netlify's documentation speaks of the more specific
 * rule, both readings are computed and must agree.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { headersForPath, parseHeadersFile } from './headers-file.ts';

export type HostRules = (path: string) => Map<string, string>;

export function cloudflareRules(text: string): HostRules {
  const rules = parseHeadersFile(text);
  return (path) => headersForPath(rules, path);
}

const lower = (values: Record<string, string>) => new Map(Object.entries(values).map(([k, v]) => [k.toLowerCase(), v]));

/** Netlify's reading; `order` picks which matching rule wins a header: the later one, or the most specific (longest pattern). */
export async function netlifyRules(text: string, order: 'later' | 'specific'): Promise<HostRules> {
  const dir = mkdtempSync(join(tmpdir(), 'pcmd-headers-'));
  try {
    writeFileSync(join(dir, '_headers'), text);
    const { headers, errors } = await parseAllHeaders({ headersFiles: [join(dir, '_headers')], configHeaders: [], minimal: false });
    if (errors.length) throw new Error(`Netlify không đọc được _headers: ${errors.map((e) => e.message).join('; ')}`);
    return (path) => {
      const matching = (headers as Header[]).filter((rule) => rule.forRegExp.test(path));
      if (order === 'specific') matching.sort((a, b) => a.for.length - b.for.length);
      return lower(Object.assign({}, ...matching.map((rule) => rule.values)));
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every reading of `_headers` a test should hold true, by name. */
export async function everyHostReading(text: string): Promise<Array<[string, HostRules]>> {
  return [
    ['Cloudflare Pages', cloudflareRules(text)],
    ['Netlify (later rule wins)', await netlifyRules(text, 'later')],
    ['Netlify (more specific rule wins)', await netlifyRules(text, 'specific')],
  ];
}
