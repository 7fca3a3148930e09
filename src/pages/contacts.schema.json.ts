/** /contacts.schema.json: the JSON Schema of /contacts.json. */
import type { APIRoute } from 'astro';
import { contactsSchema } from '../lib/open-data';
import { absoluteUrl } from '../site.config';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(contactsSchema(absoluteUrl('/contacts.schema.json')), null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
