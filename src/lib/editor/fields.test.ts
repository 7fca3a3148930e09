import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { editorField, editorReference, MissingWordsError, objectFields } from './fields';
import { editorCollections, editorConfig } from './config';
import { FIELD_WORDS } from './labels';
import { schemaPaths } from '../../../tests/helpers/schema-paths';

describe('the editor fields generated from the content schemas', () => {
  it('name every schema field, and only those, in Vietnamese (labels.ts)', () => {
    const paths = Object.entries(editorCollections()).flatMap(([name, place]) => schemaPaths(name, place.schema));
    expect(paths.filter((p) => !FIELD_WORDS[p])).toEqual([]);
    // Articles' Markdown text is the one field that is not in the frontmatter schema.
    expect(Object.keys(FIELD_WORDS).filter((k) => !paths.includes(k) && k !== 'articles.body')).toEqual([]);
  });

  it('keep the schema limits: lengths, required, choices, integers, dates, references', () => {
    const contacts = objectFields('contacts', editorCollections().contacts.schema);
    const byName = Object.fromEntries(contacts.map((f) => [f.name, f]));
    expect(byName.name).toMatchObject({ widget: 'string', required: true, minlength: 3, maxlength: 120, label: 'Tên đường dây' });
    expect(byName.purpose).toMatchObject({ widget: 'text', maxlength: 500 });
    expect(byName.number).toMatchObject({ required: false });
    expect(byName.needs).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(byName.priority).toMatchObject({ widget: 'number', value_type: 'int', min: 0, max: 99, default: 50, required: false });
    expect(byName.sourceChecked).toMatchObject({ widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false, required: true });
    expect(byName.locality).toMatchObject({ widget: 'relation', collection: 'localities', required: false });
    expect(byName.callTest).toMatchObject({ widget: 'object', required: false });
    expect(byName.source?.fields?.map((f) => f.name)).toEqual(['title', 'url']);
  });

  it('name choices as readers see them on the site', () => {
    const contacts = editorConfig(undefined, []).collections.find((c) => c.name === 'contacts');
    const needs = contacts?.fields.find((f) => f.name === 'needs');
    expect(needs?.options?.[0]).toEqual({ label: 'Nguy hiểm ngay lúc này', value: 'khan-cap' });
    expect(contacts?.fields.find((f) => f.name === 'scope')?.options?.map((o) => o.label)).toEqual(['Toàn quốc', 'Tỉnh, thành phố', 'Xã, phường, đặc khu']);
  });

  it('turn a regex check into a pattern with the schema’s own message', () => {
    const laws = objectFields('laws', editorCollections().laws.schema);
    const provisions = laws.find((f) => f.name === 'provisions');
    expect(provisions?.widget).toBe('list');
    const id = provisions?.fields?.find((f) => f.name === 'id');
    expect(id?.pattern?.[0]).toBe('^dieu-\\d+[a-z]?(-khoan-\\d+)?$');
    expect(id?.pattern?.[1]).toMatch(/mã điều luật viết như "dieu-327"/);
  });

  it('refuses a schema field that has no Vietnamese label, naming it', () => {
    const withNewField = z.strictObject({ name: z.string(), moiThem: z.string() });
    expect(() => objectFields('contacts', withNewField)).toThrow(MissingWordsError);
    expect(() => objectFields('contacts', withNewField)).toThrow(/"contacts\.moiThem" có trong schema nhưng chưa có nhãn tiếng Việt/);
  });

  it('refuses a kind of field it cannot show, instead of guessing', () => {
    expect(() => editorField('contacts.name', 'name', z.union([z.string(), z.number()]))).toThrow(/kiểu "union" chưa có cách hiện/);
  });

  it('shows a reference as a choice among the other collection’s entries', () => {
    expect(editorField('localities.parent', 'parent', editorReference('localities').optional())).toMatchObject({
      widget: 'relation',
      collection: 'localities',
      value_field: '{{slug}}',
    });
  });
});
