import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { contactsDocument, contactsSchema, type ContactEntryLike } from './open-data';

const base: ContactEntryLike['data'] = {
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
const ward: ContactEntryLike = {
  id: 'cong-an-phuong',
  data: { ...base, name: 'Công an phường', number: undefined, tel: undefined, howTo: 'Đến trụ sở phường.', scope: 'commune', locality: { id: 'phuong-a' } },
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
const validate = new Ajv({ strict: true }).addFormat('date-time', /Z$/).compile(contactsSchema('https://x.vn/pcmd/contacts.schema.json'));

describe('contacts.json', () => {
  it('writes every field, null where a contact has none, and marks the local line', () => {
    expect(doc.contacts[0]).toMatchObject({ id: 'cong-an-phuong', number: null, tel: null, url: null, local: true, locality: 'phuong-a', sourceChecked: '2026-11-22', callTest: null });
    expect(doc.contacts[1]).toMatchObject({ id: 'tong-dai-111', local: false, locality: null, howTo: null });
    expect(validate(doc)).toBe(true);
  });
  it('writes a call test only when one was made, with its date and result', () => {
    const callTest = { date: new Date('2026-12-01'), result: 'Có người trả lời ngay.' };
    const withCall = contactsDocument({ ...input, contacts: [{ id: 'tong-dai-111', data: { ...base, callTest } }] });
    expect(withCall.contacts[0]).toMatchObject({ sourceChecked: '2026-11-22', callTest: { date: '2026-12-01', result: 'Có người trả lời ngay.' } });
    expect(validate(withCall)).toBe(true);
  });
  it.each([
    ['a date written the Vietnamese way', { sourceChecked: '22/11/2026' }],
    ['the old field name', { verified: '2026-11-22' }],
    ['a call test without its date', { callTest: { result: 'Có người trả lời.' } }],
    ['a missing field', { tel: undefined }],
    ['an unknown need', { needs: ['khac'] }],
    ['an extra field', { extra: 1 }],
  ])('rejects %s', (_, change) => {
    const bad = { ...doc, contacts: [{ ...doc.contacts[1], ...change }] };
    expect(validate(JSON.parse(JSON.stringify(bad)))).toBe(false);
  });
});
