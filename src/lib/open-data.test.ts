import { describe, expect, it } from 'vitest';
import { contactsDocument, contactsJson, contactsJsonProblems, contactsJsonSchema } from './open-data';
import type { ContactData } from '../schemas/contacts';
import { servedSchemaProblems } from '../../scripts/checks/open-data.ts';

const base: ContactData = {
  name: 'Tổng đài 111',
  number: '111',
  tel: 'tel:111',
  hours: '24/7',
  cost: 'Miễn phí',
  operator: 'Bộ',
  purpose: 'Báo tin về mua bán người.',
  needs: ['mua-ban-nguoi'],
  audiences: ['moi-nguoi'],
  scope: 'national',
  priority: 2,
  source: { title: 'Nguồn', url: 'https://example.org/a' },
  moreSources: [],
  sourceChecked: new Date('2026-11-22'),
};
const ward = {
  id: 'cong-an-phuong',
  data: {
    ...base,
    name: 'Công an phường',
    number: undefined,
    tel: undefined,
    howTo: 'Đến trụ sở phường.',
    scope: 'commune',
    locality: { collection: 'localities', id: 'phuong-a' },
  } satisfies ContactData,
};
const input = {
  contacts: [ward, { id: 'tong-dai-111', data: base }],
  localIds: ['cong-an-phuong'],
  edition: { locality: 'phuong-a', name: 'Phường A' },
  site: 'https://x.vn/pcmd/',
  schemaUrl: 'https://x.vn/pcmd/contacts.schema.json',
  generated: new Date('2026-11-23T10:00:00Z'),
};
const doc = contactsDocument(input);
const served = contactsJsonSchema('https://x.vn/pcmd/contacts.schema.json');
/** The document as a portal receives it: JSON text, parsed. */
const asServed = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('contacts.json', () => {
  it('writes every field, null where a contact has none, and marks the local line', () => {
    expect(doc.contacts[0]).toMatchObject({
      id: 'cong-an-phuong',
      number: null,
      tel: null,
      url: null,
      local: true,
      locality: 'phuong-a',
      sourceChecked: '2026-11-22',
      callTest: null,
    });
    expect(doc.contacts[1]).toMatchObject({ id: 'tong-dai-111', local: false, locality: null, howTo: null });
    expect(contactsJsonProblems(asServed(doc))).toEqual([]);
    expect(servedSchemaProblems(served, asServed(doc))).toEqual([]);
  });
  it('writes a call test only when one was made, with its date and result', () => {
    const callTest = { date: new Date('2026-12-01'), result: 'Có người trả lời ngay.' };
    const withCall = contactsDocument({ ...input, contacts: [{ id: 'tong-dai-111', data: { ...base, callTest } }] });
    expect(withCall.contacts[0]).toMatchObject({ sourceChecked: '2026-11-22', callTest: { date: '2026-12-01', result: 'Có người trả lời ngay.' } });
    expect(contactsJsonProblems(asServed(withCall))).toEqual([]);
    expect(servedSchemaProblems(served, asServed(withCall))).toEqual([]);
  });
  it.each([
    [
      'a date written the Vietnamese way',
      { sourceChecked: '22/11/2026' },
      /^không khớp lược đồ tại \/contacts\/0\/sourceChecked \(đường dây "tong-dai-111"\): /,
    ],
    ['the old field name', { verified: '2026-11-22' }, /^không khớp lược đồ tại \/contacts\/0 \(đường dây "tong-dai-111"\): .*"verified"/],
    ['a call test without its date', { callTest: { result: 'Có người trả lời.' } }, /tại \/contacts\/0\/callTest\/date \(đường dây "tong-dai-111"\)/],
    ['a missing field', { tel: undefined }, /tại \/contacts\/0\/tel \(đường dây "tong-dai-111"\)/],
    ['an unknown need', { needs: ['khac'] }, /tại \/contacts\/0\/needs\/0 \(đường dây "tong-dai-111"\)/],
    ['an extra field', { extra: 1 }, /tại \/contacts\/0 \(đường dây "tong-dai-111"\): .*"extra"/],
  ])('rejects %s, naming the place and the contact, and so does the served schema', (_, change, message) => {
    const bad = asServed({ ...doc, contacts: [{ ...doc.contacts[1], ...change }] });
    const problems = contactsJsonProblems(bad);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
    expect(servedSchemaProblems(served, bad)).not.toEqual([]);
  });
  it('rejects a document of another version at the top level', () => {
    expect(contactsJsonProblems(asServed({ ...doc, version: 1 }))).toEqual([expect.stringMatching(/^không khớp lược đồ tại \/version: /)]);
  });
});

describe('contacts.schema.json', () => {
  it('is made from the zod contract: draft-07, with its address, and a description on every field', () => {
    expect(served).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: 'https://x.vn/pcmd/contacts.schema.json',
      additionalProperties: false,
    });
    const contact: { properties: Record<string, { description?: string }>; required: string[] } = asServed(served).properties.contacts.items;
    expect(contact.required.toSorted()).toEqual(Object.keys(contactsJson.shape.contacts.element.shape).toSorted());
    for (const [field, schema] of Object.entries(contact.properties)) expect(schema.description, field).toMatch(/\w/);
  });
  it('is valid JSON Schema for a strict validator, which a broken schema is not', () => {
    expect(servedSchemaProblems(served, asServed(doc))).toEqual([]);
    expect(servedSchemaProblems({ ...served, required: 'version' }, asServed(doc))).toEqual([expect.stringMatching(/^không phải JSON Schema hợp lệ: /)]);
  });
});
