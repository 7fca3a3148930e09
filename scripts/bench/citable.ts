/**
 * What synthetic articles may cite: the real laws, provisions and contacts in the content
 * folder, so every benchmark article passes the same schema and citation checks as a real one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';

export interface CitableLaw {
  /** File name in content/laws, without .yaml. */
  id: string;
  /** Provision ids that can be cited; `withPenalties` can also be shown by [](penalties:…). */
  provisions: string[];
  withPenalties: string[];
  source: { title: string; url: string };
}

export interface Citable {
  laws: CitableLaw[];
  /** Ids of national contacts, for [](hotline:…). */
  contacts: string[];
}

interface LawFile {
  status?: string;
  source?: { title: string; url: string };
  provisions?: { id: string; penalties?: unknown[] }[];
}

/** In-force laws that have provisions; replaced ones are left out as an editor would. */
export function citableLaws(files: { id: string; data: LawFile }[]): CitableLaw[] {
  return files
    .filter(({ data }) => data.status !== 'replaced' && data.source && (data.provisions ?? []).length > 0)
    .map(({ id, data }) => ({
      id,
      provisions: (data.provisions ?? []).map((p) => p.id),
      withPenalties: (data.provisions ?? []).filter((p) => (p.penalties ?? []).length > 0).map((p) => p.id),
      source: data.source as { title: string; url: string },
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: basename(f, '.yaml'), data: parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown> }));

/** Read laws and contacts from a content folder. */
export function readCitable(contentDir: string): Citable {
  const laws = citableLaws(yamlFiles(join(contentDir, 'laws')) as { id: string; data: LawFile }[]);
  const contacts = yamlFiles(join(contentDir, 'contacts'))
    .filter(({ data }) => data.scope === 'national')
    .map(({ id }) => id);
  if (laws.length === 0 || contacts.length === 0) throw new Error(`${contentDir}: cần ít nhất một văn bản luật có điều khoản và một đường dây toàn quốc`);
  return { laws, contacts };
}
