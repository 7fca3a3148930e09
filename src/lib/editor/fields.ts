/**
 * Turns a content schema (zod) into the editor's form fields (Sveltia CMS widgets), so that the
 * browser editor asks for exactly what the build accepts: the same fields, the same required
 * ones, the same limits and choices. What zod checks in code (NFC text, hidden characters, dates
 * not in the future, "at least one of number, url, howTo") has no form equivalent: the build
 * still checks it and names file and field.
 */
import { z } from 'astro/zod';
import type { CollectionName } from '../../schemas/parts.ts';
import { CHOICE_WORDS, FIELD_WORDS, type FieldWords } from './labels.ts';

/** One field of a Sveltia CMS collection (the subset of options this site uses). */
export interface EditorField {
  name: string;
  label: string;
  hint?: string;
  widget: 'string' | 'text' | 'number' | 'boolean' | 'datetime' | 'select' | 'relation' | 'list' | 'object' | 'markdown';
  required?: boolean;
  default?: unknown;
  minlength?: number;
  maxlength?: number;
  pattern?: [string, string];
  min?: number;
  max?: number;
  value_type?: 'int';
  options?: Array<{ label: string; value: string }>;
  multiple?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  field?: EditorField;
  fields?: EditorField[];
  date_format?: string;
  time_format?: false;
  picker_utc?: boolean;
  collapsed?: boolean;
  /** Markdown: the blocks offered besides text (none: no images or embeds in articles). */
  editor_components?: string[];
  /** Markdown: how the text is edited ("raw": as Markdown source). */
  modes?: Array<'raw' | 'rich_text'>;
}

/** Metadata key the editor's reference factory puts on a reference field: which collection it points at. */
const REFERENCE_META = 'editorReference';

/**
 * The schemas' reference factory for the editor: a plain id (what the YAML holds), marked with the
 * collection it points at so the field becomes a choice among that collection's entries.
 */
export const editorReference = <C extends CollectionName>(collection: C) =>
  z
    .string()
    .min(1)
    .meta({ [REFERENCE_META]: collection })
    .transform((id) => ({ collection, id }));

/** What a referenced entry is shown and searched by in the editor's choice list. */
const REFERENCE_DISPLAY: Record<CollectionName, string> = {
  articles: 'title',
  laws: 'shortName',
  contacts: 'name',
  localities: 'name',
  searchTerms: 'terms',
};

/** zod keeps its definition on `_zod.def`; this is the part of it the walk reads. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  values?: unknown[];
  defaultValue?: unknown;
  coerce?: boolean;
  format?: string;
  checks?: Array<{ _zod: { def: CheckDef } }>;
}
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  error?: (issue: unknown) => unknown;
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (schema: z.ZodType): CheckDef[] => (defOf(schema).checks ?? []).map((c) => c._zod.def);

/** The message a check was given in the schema (zod keeps it as an error function). */
function messageOf(check: CheckDef, fallback: string): string {
  const message = check.error?.({});
  return typeof message === 'string' ? message : fallback;
}

/** Unwraps optional/default/transform layers: the type an editor writes, whether it may be left out, its default. */
function unwrap(schema: z.ZodType): { core: z.ZodType; optional: boolean; defaultValue?: unknown } {
  let core = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(core);
    if (def.type === 'optional' && def.innerType) {
      optional = true;
      core = def.innerType;
    } else if (def.type === 'default' && def.innerType) {
      optional = true;
      defaultValue = def.defaultValue;
      core = def.innerType;
    } else if (def.type === 'pipe' && def.in) {
      core = def.in;
    } else return { core, optional, defaultValue };
  }
}

/** Thrown when a schema field has no words in labels.ts: the generator refuses to guess a label. */
export class MissingWordsError extends Error {}

function wordsFor(key: string): FieldWords {
  const words = FIELD_WORDS[key];
  if (!words) throw new MissingWordsError(`trường "${key}" có trong schema nhưng chưa có nhãn tiếng Việt trong src/lib/editor/labels.ts`);
  return words;
}

/** The name of a choice: the interface's own words where they exist, else labels.ts, else the code. */
export type ChoiceNamer = (value: string) => string;
const defaultChoiceNamer: ChoiceNamer = (value) => CHOICE_WORDS[value] ?? value;

/** The editor field for schema field `name` of collection `key` (e.g. "laws.provisions"). */
export function editorField(key: string, name: string, schema: z.ZodType, nameChoice: ChoiceNamer = defaultChoiceNamer): EditorField {
  const { core, optional, defaultValue } = unwrap(schema);
  const { label, hint } = wordsFor(key);
  const base: EditorField = { name, label, ...(hint ? { hint } : {}), widget: 'string', required: !optional };
  if (defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0)) base.default = defaultValue;
  const def = defOf(core);
  const reference = z.globalRegistry.get(core)?.[REFERENCE_META] as CollectionName | undefined;

  if (reference) return { ...base, ...relation(reference) };
  switch (def.type) {
    case 'string':
      return { ...base, ...stringLimits(core) };
    case 'number':
      return { ...base, widget: 'number', ...numberLimits(core) };
    case 'boolean':
      return { ...base, widget: 'boolean', required: false, default: defaultValue ?? false };
    case 'literal':
      // The one literal in the schemas is story.composite: true. A switch the editor must turn on;
      // left off, the build refuses the story with the schema's own message.
      if (def.values?.length === 1 && def.values[0] === true) return { ...base, widget: 'boolean', required: true, default: false };
      throw new Error(`trường "${key}": giá trị cố định ${JSON.stringify(def.values)} chưa có cách hiện trong trình soạn thảo`);
    case 'date':
      return { ...base, widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(def.entries ?? {}).map((v) => ({ label: nameChoice(v), value: v })) };
    case 'object':
      return { ...base, widget: 'object', collapsed: optional, fields: objectFields(key, core, nameChoice) };
    case 'array':
      return { ...base, ...listField(key, core, nameChoice) };
    default:
      throw new Error(`trường "${key}": kiểu "${def.type}" chưa có cách hiện trong trình soạn thảo`);
  }
}

/** The fields of an object schema, in schema order. */
export function objectFields(key: string, schema: z.ZodType, nameChoice: ChoiceNamer = defaultChoiceNamer): EditorField[] {
  const shape = defOf(unwrap(schema).core).shape;
  if (!shape) throw new Error(`"${key}" không phải một nhóm trường`);
  return Object.entries(shape).map(([name, field]) => editorField(`${key}.${name}`, name, field, nameChoice));
}

function relation(collection: CollectionName): Partial<EditorField> {
  const shown = REFERENCE_DISPLAY[collection];
  return { widget: 'relation', collection, value_field: '{{slug}}', search_fields: [shown], display_fields: [shown] };
}

function stringLimits(schema: z.ZodType): Partial<EditorField> {
  const out: Partial<EditorField> = {};
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length' && check.minimum !== undefined) out.minlength = check.minimum;
    if (check.check === 'max_length' && check.maximum !== undefined) out.maxlength = check.maximum;
    if (check.check === 'string_format' && check.format === 'regex' && check.pattern) out.pattern = [check.pattern.source, messageOf(check, 'không đúng dạng')];
  }
  if (defOf(schema).format === 'url') out.pattern = ['^https?://', 'cần một địa chỉ web đầy đủ, bắt đầu bằng https://'];
  // Long text gets a box of several lines.
  if ((out.maxlength ?? 0) > 200) out.widget = 'text';
  return out;
}

function numberLimits(schema: z.ZodType): Partial<EditorField> {
  const out: Partial<EditorField> = {};
  for (const check of checksOf(schema)) {
    if (check.check === 'number_format' && (check.format === 'safeint' || check.format === 'int32')) out.value_type = 'int';
    if (check.check === 'greater_than' && check.value !== undefined) out.min = check.inclusive ? check.value : check.value + 1;
    if (check.check === 'less_than' && check.value !== undefined) out.max = check.inclusive ? check.value : check.value - 1;
  }
  return out;
}

function listField(key: string, schema: z.ZodType, nameChoice: ChoiceNamer): Partial<EditorField> {
  const limits: Partial<EditorField> = {};
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length' && check.minimum) limits.min = check.minimum;
    if (check.check === 'max_length' && check.maximum !== undefined) limits.max = check.maximum;
  }
  const element = defOf(schema).element;
  if (!element) throw new Error(`"${key}" là danh sách nhưng không rõ phần tử`);
  const { core } = unwrap(element);
  const elementDef = defOf(core);
  const reference = z.globalRegistry.get(core)?.[REFERENCE_META] as CollectionName | undefined;
  // A list of choices or of references is one multiple-choice field.
  if (reference) return { ...relation(reference), multiple: true, ...limits };
  if (elementDef.type === 'enum') {
    return { widget: 'select', multiple: true, options: Object.values(elementDef.entries ?? {}).map((v) => ({ label: nameChoice(v), value: v })), ...limits };
  }
  if (elementDef.type === 'object') return { widget: 'list', fields: objectFields(key, core, nameChoice), ...limits };
  // A list of plain values: one sub-field, named after the list.
  const item = editorField(key, 'item', element, nameChoice);
  return { widget: 'list', field: { ...item, required: true }, ...limits };
}
