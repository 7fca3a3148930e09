/** /contacts.schema.json: the JSON Schema of /contacts.json, made from its zod contract in src/lib/open-data.ts. */
import type { APIRoute } from 'astro';
import { contactsJsonSchema } from '../lib/open-data';
import { absoluteUrl } from '../site.config';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(contactsJsonSchema(absoluteUrl('/contacts.schema.json')), null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
