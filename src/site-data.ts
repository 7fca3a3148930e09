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
import { articlePath } from './lib/paths';
import { href, siteConfig } from './site.config';

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

/** The article's path on the site ("/bai-viet/abc/"), without the base. */
export function articlePathOf(article: Article): string {
  return articlePath(articleSlug(article));
}

/** The article's link, under the base: what every list of articles writes in `href`. */
export function articleHref(article: Article): string {
  return href(articlePathOf(article));
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

/**
 * This edition's own contacts, in the order its locality file lists them; none in the national
 * edition. Every hotline box, card, sheet and data file puts these first: the commune's own
 * lines before the national ones is the promise an edition makes to its readers.
 */
export async function getEditionContacts(): Promise<Contact[]> {
  const locality = await getEditionLocality();
  return locality ? localContactsOf(locality) : [];
}

/**
 * The two lines every page offers, in this order: police 113 (danger now) and 111 (trafficking,
 * a child at risk). The check `emergency-lines` (scripts/checks/safety.ts) holds every page to it.
 */
export const EMERGENCY_CONTACT_IDS = { police: 'canh-sat-113', trafficking: 'tong-dai-111' } as const;

/** A contact that can be dialled: its number and tel: link, or a build error naming its file. */
export type DialableContact = Contact & { data: { number: string; tel: string } };

export async function getDialableContact(id: string): Promise<DialableContact> {
  const contact = await getContact(id);
  const { number, tel } = contact.data;
  if (!number || !tel) throw new Error(`${contact.filePath}: đường dây "${id}" phải có number (số gọi được) vì trang nào cũng cho gọi số này.`);
  return { ...contact, data: { ...contact.data, number, tel } };
}

/** 113 and 111, dialable (EMERGENCY_CONTACT_IDS). */
export async function getEmergencyContacts(): Promise<{ police: DialableContact; trafficking: DialableContact }> {
  return {
    police: await getDialableContact(EMERGENCY_CONTACT_IDS.police),
    trafficking: await getDialableContact(EMERGENCY_CONTACT_IDS.trafficking),
  };
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
