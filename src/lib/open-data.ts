/**
 * /contacts.json: every contact as open data for portals and other tools, in a documented,
 * versioned shape (CONTACTS_SCHEMA, served at /contacts.schema.json). Bump the version
 * when a field is removed or changes meaning; adding a field keeps it.
 */
import { isoDate } from './format';
import { AUDIENCES, CONTACT_NEEDS, type Audience, type ContactNeed } from './content-rules';

// 2 (04/12/2026): "verified" (which readers took for a call) became "sourceChecked" (the day the
// source was re-read), and "callTest" records a real call, or null.
export const CONTACTS_JSON_VERSION = 2;

export interface ContactEntryLike {
  id: string;
  data: {
    name: string;
    number?: string;
    tel?: string;
    url?: string;
    howTo?: string;
    hours: string;
    cost: string;
    operator: string;
    purpose: string;
    confidentiality?: string;
    needs: ContactNeed[];
    audiences: Audience[];
    scope: 'national' | 'province' | 'commune';
    locality?: { id: string };
    priority: number;
    source: { title: string; url: string };
    moreSources: Array<{ title: string; url: string }>;
    sourceChecked: Date;
    callTest?: { date: Date; result: string } | undefined;
  };
}

/** The document: contacts in the order every hotline box uses (the edition's own first, then by priority). */
export function contactsDocument(input: {
  contacts: ContactEntryLike[];
  /** Ids of the edition's own contacts (empty for the national edition). */
  localIds: string[];
  edition: { locality: string; name: string } | null;
  site: string;
  schemaUrl: string;
  generated: Date;
}) {
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

const text = { type: 'string', minLength: 1 } as const;
const isoDay = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const orNull = (schema: object, description: string) => ({ description, anyOf: [schema, { type: 'null' }] });
const source = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'url'],
  properties: { title: text, url: { type: 'string', pattern: '^https?://' } },
} as const;

/** JSON Schema (draft-07) of /contacts.json, with a description on every field. */
export function contactsSchema(id: string) {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: id,
    title: 'Đường dây nóng và kênh tố giác (phòng, chống mại dâm và mua bán người)',
    type: 'object',
    additionalProperties: false,
    required: ['version', 'generated', 'site', 'edition', 'contacts'],
    properties: {
      $schema: { type: 'string', description: 'Address of this schema.' },
      version: { const: CONTACTS_JSON_VERSION, description: 'Shape version; changes only when a field is removed or changes meaning.' },
      generated: { type: 'string', format: 'date-time', description: 'When the site was built (UTC).' },
      site: { type: 'string', pattern: '^https?://', description: 'Home page of the edition that published this file.' },
      edition: orNull(
        {
          type: 'object',
          additionalProperties: false,
          required: ['locality', 'name'],
          properties: { locality: text, name: text },
        },
        'The commune or province edition (its file name and name), or null for the national edition.',
      ),
      contacts: {
        type: 'array',
        description: "Every contact, the edition's own first, then by priority.",
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name', 'number', 'tel', 'url', 'howTo', 'hours', 'cost', 'operator', 'purpose', 'confidentiality', 'needs', 'audiences', 'scope', 'locality', 'local', 'priority', 'source', 'moreSources', 'sourceChecked', 'callTest'],
          properties: {
            id: { type: 'string', pattern: '^[a-z0-9-]+$', description: 'Stable identifier (file name in content/contacts).' },
            name: { ...text, description: 'Name people know it by.' },
            number: orNull({ type: 'string', pattern: '^\\+?[0-9 ]+$' }, 'Number as dialled, in groups ("1800 1233").'),
            tel: orNull({ type: 'string', pattern: '^tel:\\+?[0-9]+$' }, 'tel: link made from the number.'),
            url: orNull({ type: 'string', pattern: '^https?://' }, 'Web address, for channels that are not a phone line.'),
            howTo: orNull(text, 'How to use it when it is neither a number nor a link.'),
            hours: { ...text, description: 'When it answers.' },
            cost: { ...text, description: 'What it costs the caller.' },
            operator: { ...text, description: 'Who runs it.' },
            purpose: { ...text, description: 'What it is for.' },
            confidentiality: orNull(text, 'What the caller can expect about privacy, as the source states it.'),
            needs: { type: 'array', minItems: 1, items: { enum: [...CONTACT_NEEDS] }, description: 'Needs it answers.' },
            audiences: { type: 'array', minItems: 1, items: { enum: [...AUDIENCES] }, description: 'Who it is for.' },
            scope: { enum: ['national', 'province', 'commune'], description: 'Reach of the line.' },
            locality: orNull(text, 'The locality (file name) of a province or commune line.'),
            local: { type: 'boolean', description: "True for the edition's own lines, shown first in every hotline box." },
            priority: { type: 'integer', minimum: 0, maximum: 99, description: 'Order within a group: lower first.' },
            source: { ...source, description: 'Where the number and details were read.' },
            moreSources: { type: 'array', items: source, description: 'Further sources that confirm it.' },
            sourceChecked: { ...isoDay, description: 'Date an editor last re-read the source and found the details unchanged. Not a call to the number.' },
            callTest: orNull(
              {
                type: 'object',
                additionalProperties: false,
                required: ['date', 'result'],
                properties: { date: { ...isoDay, description: 'Day the number was dialled.' }, result: { ...text, description: 'What happened on the call.' } },
              },
              'A real call to the number, or null when nobody has dialled it.',
            ),
          },
        },
      },
    },
  } as const;
}
