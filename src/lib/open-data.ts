/**
 * /contacts.json: every contact as open data for portals and other tools, in a documented,
 * versioned shape. The shape is written once, here, in zod (`contactsJson`): the TypeScript
 * type (`ContactsJson`), the JSON Schema served at /contacts.schema.json (`contactsJsonSchema`)
 * and the built-site check (`contactsJsonProblems`) all come from it. Bump the version when a
 * field is removed or changes meaning; adding a field keeps it.
 *
 * Plain Node loads this file (scripts/checks/open-data.ts), so its imports carry `.ts`.
 */
import { z } from 'astro/zod';
import { isoDate } from './format.ts';
import { AUDIENCES, CONTACT_NEEDS, CONTACT_SCOPES } from './vocabulary.ts';
import type { ContactData } from '../schemas/contacts.ts';

// 2 (04/12/2026): "verified" (which readers took for a call) became "sourceChecked" (the day the
// source was re-read), and "callTest" records a real call, or null.
export const CONTACTS_JSON_VERSION = 2;

const text = z.string().min(1);
const webAddress = z.string().regex(/^https?:\/\//);
const isoDay = z.iso.date();
const source = z.strictObject({ title: text, url: webAddress });

/** One contact in /contacts.json: every field present, `null` where the contact has none. */
const contactJson = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('Stable identifier (file name in content/contacts).'),
  name: text.describe('Name people know it by.'),
  number: z
    .string()
    .regex(/^\+?[0-9 ]+$/)
    .nullable()
    .describe('Number as dialled, in groups ("1800 1233").'),
  tel: z
    .string()
    .regex(/^tel:\+?[0-9]+$/)
    .nullable()
    .describe('tel: link made from the number.'),
  url: webAddress.nullable().describe('Web address, for channels that are not a phone line.'),
  howTo: text.nullable().describe('How to use it when it is neither a number nor a link.'),
  hours: text.describe('When it answers.'),
  cost: text.describe('What it costs the caller.'),
  operator: text.describe('Who runs it.'),
  purpose: text.describe('What it is for.'),
  confidentiality: text.nullable().describe('What the caller can expect about privacy, as the source states it.'),
  needs: z.array(z.enum(CONTACT_NEEDS)).min(1).describe('Needs it answers.'),
  audiences: z.array(z.enum(AUDIENCES)).min(1).describe('Who it is for.'),
  scope: z.enum(CONTACT_SCOPES).describe('Reach of the line.'),
  locality: text.nullable().describe('The locality (file name) of a province or commune line.'),
  local: z.boolean().describe("True for the edition's own lines, shown first in every hotline box."),
  priority: z.number().int().min(0).max(99).describe('Order within a group: lower first.'),
  source: source.describe('Where the number and details were read.'),
  moreSources: z.array(source).describe('Further sources that confirm it.'),
  sourceChecked: isoDay.describe('Date an editor last re-read the source and found the details unchanged. Not a call to the number.'),
  callTest: z
    .strictObject({ date: isoDay.describe('Day the number was dialled.'), result: text.describe('What happened on the call.') })
    .nullable()
    .describe('A real call to the number, or null when nobody has dialled it.'),
});

/** The whole /contacts.json document. */
export const contactsJson = z
  .strictObject({
    $schema: z.string().optional().describe('Address of this schema.'),
    version: z.literal(CONTACTS_JSON_VERSION).describe('Shape version; changes only when a field is removed or changes meaning.'),
    generated: z.iso.datetime().describe('When the site was built (UTC).'),
    site: webAddress.describe('Home page of the edition that published this file.'),
    edition: z
      .strictObject({ locality: text, name: text })
      .nullable()
      .describe('The commune or province edition (its file name and name), or null for the national edition.'),
    contacts: z.array(contactJson).describe("Every contact, the edition's own first, then by priority."),
  })
  .meta({ title: 'Đường dây nóng và kênh tố giác (phòng, chống mại dâm và mua bán người)' });

export type ContactsJson = z.infer<typeof contactsJson>;

/** The document: contacts in the order every hotline box uses (the edition's own first, then by priority). */
export function contactsDocument(input: {
  contacts: Array<{ id: string; data: ContactData }>;
  /** Ids of the edition's own contacts (empty for the national edition). */
  localIds: string[];
  edition: { locality: string; name: string } | null;
  site: string;
  schemaUrl: string;
  generated: Date;
}): ContactsJson {
  const local = new Set(input.localIds);
  return {
    $schema: input.schemaUrl,
    version: CONTACTS_JSON_VERSION,
    generated: input.generated.toISOString(),
    site: input.site,
    edition: input.edition,
    contacts: input.contacts.map(({ id, data: c }) => ({
      id,
      name: c.name,
      number: c.number ?? null,
      tel: c.tel ?? null,
      url: c.url ?? null,
      howTo: c.howTo ?? null,
      hours: c.hours,
      cost: c.cost,
      operator: c.operator,
      purpose: c.purpose,
      confidentiality: c.confidentiality ?? null,
      needs: c.needs,
      audiences: c.audiences,
      scope: c.scope,
      locality: c.locality?.id ?? null,
      local: local.has(id),
      priority: c.priority,
      source: c.source,
      moreSources: c.moreSources,
      sourceChecked: isoDate(c.sourceChecked),
      callTest: c.callTest ? { date: isoDate(c.callTest.date), result: c.callTest.result } : null,
    })),
  };
}

/** JSON Schema (draft-07) of /contacts.json, made from `contactsJson`, with a description on every field. */
export function contactsJsonSchema(id: string) {
  const { $schema, title, ...schema } = z.toJSONSchema(contactsJson, { target: 'draft-07' });
  return { $schema, $id: id, title, ...schema };
}

/**
 * What is wrong with a /contacts.json document, one line per problem, in Vietnamese, naming the
 * place in the document ("/contacts/3/sourceChecked") and, where it has one, the contact's id.
 */
export function contactsJsonProblems(data: unknown): string[] {
  const result = contactsJson.safeParse(data, { error: z.locales.vi().localeError });
  if (result.success) return [];
  const contacts = (data as { contacts?: Array<{ id?: unknown }> } | null)?.contacts;
  return result.error.issues.map((issue) => {
    const where = `/${issue.path.join('/')}`;
    const id = issue.path[0] === 'contacts' && typeof issue.path[1] === 'number' ? contacts?.[issue.path[1]]?.id : undefined;
    return `không khớp lược đồ tại ${where}${typeof id === 'string' ? ` (đường dây "${id}")` : ''}: ${issue.message}`;
  });
}
