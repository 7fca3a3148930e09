/**
 * What each printable sheet shows, read from the collections through site-data: the same
 * articles, contacts and citations as the site, the edition's local contacts first.
 */
import { compactBasis, oldestDate, printContacts, sheetArticles } from './lib/materials';
import { parseChecklistCite } from './lib/checklists';
import { citationLabel, resolveCitation, type LawLike, type ProvisionLike } from './lib/citations';
import type { Audience } from './lib/vocabulary';
import { articleSlug, getArticles, getContacts, getEditionContacts, getLawMap, legalBasisOf, type Article, type Checklist, type Contact } from './site-data';

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
  checklist: { contacts: 3 },
} as const;

async function basisAndReview(articles: Article[]) {
  const basis = compactBasis((await Promise.all(articles.map(legalBasisOf))).flat());
  return { basis, reviewed: oldestDate(articles.map((a) => a.data.reviewed)) };
}

/** An audience's poster or handout. */
export async function audienceSheet(kind: 'poster' | 'handout', audience: Audience): Promise<Sheet> {
  const limits = LIMITS[kind];
  const { warnings, actions } = sheetArticles(await getArticles(), audience, limits);
  const contacts = printContacts(await getEditionContacts(), await getContacts(), audience, limits.contacts);
  return { warnings, actions, contacts, ...(await basisAndReview([...warnings, ...actions])) };
}

/** The pocket cards: the numbers, and the law and review date of the site's "how to report" articles. */
export async function cardSheet(): Promise<Pick<Sheet, 'contacts' | 'basis' | 'reviewed'>> {
  const reporting = (await getArticles()).filter((a) => a.data.kind === 'report');
  const contacts = printContacts(await getEditionContacts(), await getContacts(), 'moi-nguoi', LIMITS.cards.contacts);
  return { contacts, ...(await basisAndReview(reporting)) };
}

/**
 * A business checklist: each item with the label of the provision it rests on ("Điều 3 Nghị định
 * 96/2016/NĐ-CP"), the business lines to call, the laws cited, and the older of the sheet's and
 * its article's review dates. A reference to a law, provision or article that does not exist stops
 * the build with the file and item named.
 */
export async function checklistSheet(checklist: Checklist) {
  const laws = await getLawMap();
  const file = checklist.filePath ?? checklist.id;
  const cited: Array<{ law: LawLike; provisions: ProvisionLike[] }> = [];
  const groups = checklist.data.groups.map((group, g) => ({
    heading: group.heading,
    items: group.items.map((item, i) => {
      if (!item.cite) return { text: item.text, label: undefined };
      const ref = parseChecklistCite(item.cite);
      const { law, provision } = resolveCitation(laws, ref.law, ref.provision, `${file}: groups[${g}].items[${i}].cite`);
      cited.push({ law, provisions: [provision] });
      return { text: item.text, label: citationLabel(law, provision) };
    }),
  }));
  const article = (await getArticles()).find((a) => articleSlug(a) === checklist.data.article);
  if (!article) throw new Error(`${file}: article: không có bài "${checklist.data.article}" trong content/articles`);
  const contacts = printContacts(await getEditionContacts(), await getContacts(), 'co-so-kinh-doanh', LIMITS.checklist.contacts);
  return {
    groups,
    article,
    contacts,
    basis: compactBasis(cited),
    reviewed: oldestDate([checklist.data.reviewed, article.data.reviewed]),
  };
}
