/**
 * The contract every editor must meet, one schema per collection in src/schemas/. A file
 * that breaks it stops the build with the file and the field named. This file only wires
 * each collection's loader to its schema and hands the schemas Astro's `reference()`, so
 * that a reference to a missing entry stops the build too. Content lives in `content/` (or
 * CONTENT_DIR, which tests and the benchmark point at a temporary copy).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir';
import { articleSchema } from './schemas/articles.ts';
import { contactSchema } from './schemas/contacts.ts';
import { lawSchema } from './schemas/laws.ts';
import { localitySchema } from './schemas/localities.ts';
import { searchTermsSchema } from './schemas/search-terms.ts';
import { checklistSchema } from './schemas/checklists.ts';

const dir = contentDir(process.env.CONTENT_DIR);

const articles = defineCollection({
  // The raw Markdown is not kept once rendered: no page reads it, and at thousands of
  // articles it doubles what the build carries in its data store.
  loader: glob({ pattern: '**/*.md', base: `${dir}/articles`, retainBody: false }),
  schema: articleSchema(reference),
});

const laws = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${dir}/laws` }),
  schema: lawSchema(reference),
});

const contacts = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${dir}/contacts` }),
  schema: contactSchema(reference),
});

const localities = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${dir}/localities` }),
  schema: localitySchema(reference),
});

/** Words people use: equivalent search terms and readers' words (content/tu-dong-nghia/README.md). */
const searchTerms = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${dir}/tu-dong-nghia` }),
  schema: searchTermsSchema,
});

/** Printable compliance checklists for businesses, one per business type (docs/editing.md). */
const checklists = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${dir}/checklists` }),
  schema: checklistSchema,
});

export const collections = { articles, laws, contacts, localities, searchTerms, checklists };
