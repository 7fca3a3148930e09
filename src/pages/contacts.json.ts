/** /contacts.json: every contact as open data (shape: src/lib/open-data.ts, /contacts.schema.json). */
import type { APIRoute } from 'astro';
import { contactsDocument } from '../lib/open-data';
import { localFirst } from '../lib/listing';
import { absoluteUrl, siteConfig } from '../site.config';
import { getContacts, getEditionContacts, getEditionLocality } from '../site-data';

export const GET: APIRoute = async () => {
  const locality = await getEditionLocality();
  const local = await getEditionContacts();
  const document = contactsDocument({
    contacts: localFirst(local, await getContacts()),
    localIds: local.map((c) => c.id),
    edition: locality ? { locality: locality.id, name: locality.data.name } : null,
    site: absoluteUrl('/'),
    schemaUrl: absoluteUrl('/contacts.schema.json'),
    generated: siteConfig.builtAt,
  });
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
