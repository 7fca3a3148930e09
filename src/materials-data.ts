/**
 * What each printable sheet shows, read from the collections through site-data: the same
 * articles, contacts and citations as the site, the edition's local contacts first.
 */
import { compactBasis, oldestDate, printContacts, sheetArticles } from './lib/materials';
import type { Audience } from './lib/content-rules';
import { getArticles, getContacts, getEditionLocality, legalBasisOf, localContactsOf, type Article, type Contact } from './site-data';

export interface Sheet {
  warnings: Article[];
  actions: Article[];
  contacts: Contact[];
  /** One line per legal instrument the sheet's articles cite. */
  basis: string[];
  /** The oldest review date among the sheet's articles. */
  reviewed: Date;
}

/** How much fits on one A4 page, by sheet. */
const LIMITS = {
  poster: { warnings: 5, actions: 0, contacts: 3 },
  handout: { warnings: 5, actions: 4, contacts: 4 },
  cards: { contacts: 3 },
} as const;

async function localContacts(): Promise<Contact[]> {
  const locality = await getEditionLocality();
  return locality ? localContactsOf(locality) : [];
}

async function basisAndReview(articles: Article[]) {
  const basis = compactBasis((await Promise.all(articles.map(legalBasisOf))).flat());
  return { basis, reviewed: oldestDate(articles.map((a) => a.data.reviewed)) };
}

/** An audience's poster or handout. */
export async function audienceSheet(kind: 'poster' | 'handout', audience: Audience): Promise<Sheet> {
  const limits = LIMITS[kind];
  const { warnings, actions } = sheetArticles(await getArticles(), audience, limits);
  const contacts = printContacts(await localContacts(), await getContacts(), audience, limits.contacts);
  return { warnings, actions, contacts, ...(await basisAndReview([...warnings, ...actions])) };
}

/** The pocket cards: the numbers, and the law and review date of the site's "how to report" articles. */
export async function cardSheet(): Promise<Pick<Sheet, 'contacts' | 'basis' | 'reviewed'>> {
  const reporting = (await getArticles()).filter((a) => a.data.kind === 'report');
  const contacts = printContacts(await localContacts(), await getContacts(), 'moi-nguoi', LIMITS.cards.contacts);
  return { contacts, ...(await basisAndReview(reporting)) };
}
