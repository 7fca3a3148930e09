/**
 * What `npm run locality:new` writes (scripts/locality-new.ts asks the questions): a locality file
 * and one contact file per local line, checked with the same schemas the build uses, so a file it
 * writes is a file the build accepts, and an answer the build would refuse is asked again.
 */
import { stringify } from 'yaml';
import { contactSchema } from '../schemas/contacts.ts';
import { localitySchema } from '../schemas/localities.ts';
import { idReference } from '../schemas/parts.ts';
import { foldVietnamese } from './fold.ts';
import { FIELD_WORDS } from './editor/labels.ts';

/** "Phường An Cựu" -> "phuong-an-cuu": the file name, and the id pages and other files use. */
export function slugOf(name: string): string {
  return foldVietnamese(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface LocalityAnswers {
  name: string;
  kind: string;
  /** File name of the province or city, when it has one in content/localities. */
  parent?: string;
  /** The day the answers were checked (YYYY-MM-DD). */
  reviewed: string;
}

export interface LineAnswers {
  name: string;
  number?: string;
  howTo?: string;
  hours: string;
  cost: string;
  operator: string;
  purpose: string;
  needs: string[];
  source: { title: string; url: string };
  sourceChecked: string;
  callTest?: { date: string; result: string };
}

/** One problem with an answer: the field to ask again, and why, in Vietnamese. */
export interface AnswerProblem {
  field: string;
  message: string;
}

/** Provincial units own province lines; communes, wards and special zones own commune lines. */
const scopeOf = (kind: string) => (kind === 'tinh' || kind === 'thanh-pho' ? 'province' : 'commune');

/** The contact file's data for one line of a locality. */
export function contactData(line: LineAnswers, locality: string, kind: string) {
  return {
    name: line.name,
    ...(line.number ? { number: line.number } : {}),
    ...(line.howTo ? { howTo: line.howTo } : {}),
    hours: line.hours,
    cost: line.cost,
    operator: line.operator,
    purpose: line.purpose,
    needs: line.needs,
    audiences: ['moi-nguoi'],
    scope: scopeOf(kind),
    locality,
    source: line.source,
    sourceChecked: line.sourceChecked,
    ...(line.callTest ? { callTest: line.callTest } : {}),
  };
}

export function localityData(answers: LocalityAnswers, contactIds: string[]) {
  return {
    name: answers.name,
    kind: answers.kind,
    ...(answers.parent ? { parent: answers.parent } : {}),
    contacts: contactIds,
    reviewed: answers.reviewed,
  };
}

/** The schema's problems with `data`, each naming the field as the editor labels call it. */
function problemsOf(
  collection: 'contacts' | 'localities',
  result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } },
): AnswerProblem[] {
  if (result.success) return [];
  return (result.error?.issues ?? []).map((issue) => {
    const field = issue.path.map(String).join('.');
    const label = FIELD_WORDS[`${collection}.${field}`]?.label ?? FIELD_WORDS[`${collection}.${issue.path[0] as string}`]?.label ?? field;
    return { field, message: `${label}: ${issue.message}` };
  });
}

export const contactProblems = (data: unknown) => problemsOf('contacts', contactSchema(idReference).safeParse(data));
export const localityProblems = (data: unknown) => problemsOf('localities', localitySchema(idReference).safeParse(data));

/** The YAML a file gets, with a first line saying where it came from and what is still to do. */
export function yamlFile(data: object, note: string): string {
  return `# ${note}\n${stringify(data, { lineWidth: 0 })}`;
}
