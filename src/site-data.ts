/**
 * The one place pages read collections from: drafts filtered, citations resolved,
 * stale contacts reported to the build log once.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { resolveCitation, type LawLike } from './lib/citations';
import { byPriority } from './lib/listing';
import { isStale, REVIEW_WINDOW_DAYS } from './lib/staleness';
import { lastChecked } from './lib/contact-checks';
import { formatDate } from './lib/format';
import { siteConfig } from './site.config';

export type Article = CollectionEntry<'articles'>;
export type Law = CollectionEntry<'laws'>;
export type Contact = CollectionEntry<'contacts'>;
export type Locality = CollectionEntry<'localities'>;
export type Checklist = CollectionEntry<'checklists'>;

/** Published articles (drafts are never built). */
export async function getArticles(): Promise<Article[]> {
  return getCollection('articles', (a) => !a.data.draft);
}

/** The article's slug: its file name without folder or extension ("vi/abc" -> "abc"). */
export function articleSlug(article: Article): string {
  return article.id.split('/').pop() ?? article.id;
}

/** The printable business checklists (content/checklists), by file name. */
export function getChecklists(): Promise<Checklist[]> {
  return getCollection('checklists');
}

let searchTerms: Promise<Array<CollectionEntry<'searchTerms'>['data']>> | undefined;

/** The groups of equivalent search terms (content/tu-dong-nghia), read once per build. */
export function getSearchTerms(): Promise<Array<CollectionEntry<'searchTerms'>['data']>> {
  searchTerms ??= getCollection('searchTerms').then((groups) => groups.map((g) => g.data));
  return searchTerms;
}

let lawMap: Promise<Map<string, Law['data'] & LawLike>> | undefined;

/** Every law by id, with its provisions: the one source of citations. */
export function getLawMap(): Promise<Map<string, Law['data'] & LawLike>> {
  lawMap ??= getCollection('laws').then((laws) => new Map(laws.map((l) => [l.id, { ...l.data, id: l.id }])));
  return lawMap;
}

/** Resolve an article's legal basis, stopping the build with file and field named if one does not exist. */
export async function legalBasisOf(article: Article) {
  const laws = await getLawMap();
  const file = article.filePath ?? article.id;
  return article.data.legalBasis.map((basis, i) => {
    const where = `${file}: legalBasis[${i}]`;
    const { law } = resolveCitation(laws, basis.law.id, undefined, where);
    const provisions = basis.provisions.map((p, j) => resolveCitation(laws, basis.law.id, p, `${where}.provisions[${j}]`).provision);
    return { law, provisions };
  });
}

let staleReported = false;

/** Every contact, highest priority first. Contacts past the review window are logged once per build. */
export async function getContacts(): Promise<Contact[]> {
  const contacts = byPriority(await getCollection('contacts'));
  if (!staleReported) {
    staleReported = true;
    for (const c of contacts.filter((c) => isStale(lastChecked(c.data), siteConfig.builtAt))) {
      console.warn(
        `[nội dung] Đường dây "${c.id}" đối chiếu lần cuối ${formatDate(lastChecked(c.data))}, quá ${REVIEW_WINDOW_DAYS} ngày: hãy đọc lại nguồn hoặc gọi thử (${c.filePath}).`,
      );
    }
  }
  return contacts;
}

/** Contacts by id, for components that show one. */
export async function getContact(id: string): Promise<Contact> {
  const contact = (await getContacts()).find((c) => c.id === id);
  if (!contact) throw new Error(`Không có đường dây "${id}" trong content/contacts.`);
  return contact;
}

/** The locality this edition is built for, if any; an unknown slug stops the build. */
export async function getEditionLocality(): Promise<Locality | undefined> {
  if (!siteConfig.locality) return undefined;
  const locality = await getEntry('localities', siteConfig.locality);
  if (!locality) throw new Error(`SITE_LOCALITY="${siteConfig.locality}" không có trong content/localities.`);
  return locality;
}

/** A locality's own contacts, in the order its file lists them. */
export async function localContactsOf(locality: Locality): Promise<Contact[]> {
  const all = await getContacts();
  return locality.data.contacts.map((ref) => {
    const c = all.find((x) => x.id === ref.id);
    if (!c) throw new Error(`${locality.filePath}: contacts có "${ref.id}" không tồn tại`);
    return c;
  });
}
