/**
 * The browser editor's configuration (Sveltia CMS, Decap-compatible config.yml), generated from
 * the content schemas in src/schemas/: one editor collection per content collection, one form
 * field per schema field. Nothing here is written by hand but the Vietnamese words (labels.ts)
 * and where each collection's files live.
 */
import { articleSchema } from '../../schemas/articles.ts';
import { contactSchema } from '../../schemas/contacts.ts';
import { lawSchema } from '../../schemas/laws.ts';
import { localitySchema } from '../../schemas/localities.ts';
import type { CollectionName } from '../../schemas/parts.ts';
import { searchTermsSchema } from '../../schemas/search-terms.ts';
import { checklistSchema } from '../../schemas/checklists.ts';
import { vi } from '../../i18n/vi.ts';
import { COLLECTION_WORDS, CHOICE_WORDS, FIELD_WORDS } from './labels.ts';
import { editorReference, objectFields, type ChoiceNamer, type EditorField } from './fields.ts';
import { articleBodyPattern, BODY_PATTERN_MESSAGE } from './body-pattern.ts';
import type { z } from 'astro/zod';

/** Where each collection's files live in the repository, and how an entry is named. */
interface CollectionPlace {
  folder: string;
  extension: 'md' | 'yaml';
  /** The field new files are named after (slugified), and entries are listed by. */
  identifier: string;
  schema: z.ZodType;
}

/** The collections the editor edits: every collection in src/content.config.ts (tests/dist/editor-built.test.ts holds them equal). */
type EditorCollection = CollectionName | 'checklists';

/** The content collections, each with its schema built for the editor (references as plain ids). */
export function editorCollections(): Record<EditorCollection, CollectionPlace> {
  return {
    articles: { folder: 'content/articles/vi', extension: 'md', identifier: 'title', schema: articleSchema(editorReference) },
    contacts: { folder: 'content/contacts', extension: 'yaml', identifier: 'name', schema: contactSchema(editorReference) },
    localities: { folder: 'content/localities', extension: 'yaml', identifier: 'name', schema: localitySchema(editorReference) },
    laws: { folder: 'content/laws', extension: 'yaml', identifier: 'shortName', schema: lawSchema(editorReference) },
    searchTerms: { folder: 'content/tu-dong-nghia', extension: 'yaml', identifier: 'terms', schema: searchTermsSchema },
    checklists: { folder: 'content/checklists', extension: 'yaml', identifier: 'title', schema: checklistSchema },
  };
}

/** Choices are named as readers see them on the site (audiences, kinds, needs, statuses), else by labels.ts. */
const nameChoice: ChoiceNamer = (value) => {
  for (const prefix of ['audience', 'kind', 'need', 'law.status']) {
    const key = `${prefix}.${value}`;
    if (key in vi) return vi[key as keyof typeof vi];
  }
  return CHOICE_WORDS[value] ?? value;
};

/** Where the editor saves when someone signs in to GitHub (the local-folder way needs none of it). */
export interface EditorBackend {
  /** "owner/name" of the GitHub repository holding this edition's content. */
  repo: string;
  branch: string;
}

/**
 * The repository named when the build knows none. The editor insists on an "owner/name"; the
 * local-folder way never uses it, and signing in to GitHub with it fails with this name in the
 * error, which says what to set.
 */
export const NO_REPO = 'chua-dat-EDITOR-REPO/phong-chong-mai-dam';

/**
 * The whole configuration the editor reads from /quan-tri/config.yml. `contactNumbers` are the
 * numbers of this edition's contacts: the only ones an article may write.
 */
export function editorConfig(backend: EditorBackend | undefined, contactNumbers: readonly string[]) {
  const collections = Object.entries(editorCollections()).map(([name, place]) => {
    const words = COLLECTION_WORDS[name];
    if (!words) throw new Error(`bộ sưu tập "${name}" chưa có tên tiếng Việt trong src/lib/editor/labels.ts`);
    const fields: EditorField[] = objectFields(name, place.schema, nameChoice);
    // The text is edited as Markdown source, as the guide teaches it: the references to laws and
    // contacts ("[](cite:…)", "[](hotline:…)") are empty links, which a rich-text view has no words to show.
    if (place.extension === 'md')
      fields.push({
        name: 'body',
        ...FIELD_WORDS[`${name}.body`]!,
        widget: 'markdown',
        required: true,
        editor_components: [],
        modes: ['raw'],
        pattern: [articleBodyPattern(contactNumbers), BODY_PATTERN_MESSAGE],
      });
    return {
      name,
      label: words.label,
      label_singular: words.singular,
      description: words.description,
      folder: place.folder,
      extension: place.extension,
      format: place.extension === 'md' ? 'frontmatter' : 'yaml',
      create: true,
      identifier_field: place.identifier,
      slug: `{{${place.identifier}}}`,
      fields,
    };
  });
  return {
    backend: { name: 'github', repo: backend?.repo ?? NO_REPO, branch: backend?.branch ?? 'main' },
    // File names without accents or "đ", like every file the site has: "Đường dây" → duong-day.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    // Leave out optional fields left empty: an empty "clause: ''" would fail the build's format check.
    output: { omit_empty_optional_fields: true },
    // The editor requires a media folder. Articles have no image fields and their Markdown editor
    // offers no image button (see the body field), so nothing is put here unless someone uploads
    // through the file library on purpose; the folder is published like the rest of public/.
    media_folder: 'public/tep',
    public_folder: '/tep',
    collections,
  };
}
