/**
 * The embeddable cards at /nhung/<card>/: which exist, which paths may be framed by
 * other sites, and which contacts the hotline card shows.
 */
import { byPriority, localFirst, type ContactLike } from './listing.ts';
import type { ContactNeed } from './vocabulary.ts';
import { escapeXml } from './xml.ts';

/** The framable cards, by slug under /nhung/. Only these paths get `frame-ancestors *`. */
export const EMBED_CARDS = ['duong-day-nong', 'cua-vao'] as const;
export type EmbedCard = (typeof EMBED_CARDS)[number];

/** The site-absolute path of a card ("/nhung/duong-day-nong/"). */
export function embedPath(card: EmbedCard): string {
  return `/nhung/${card}/`;
}

/** Needs a portal's hotline card answers: danger, trafficking, reporting, children, health, legal aid. */
export const EMBED_NEEDS: readonly ContactNeed[] = ['mua-ban-nguoi', 'to-giac', 'tre-em', 'suc-khoe', 'phap-ly'];

/** How many national lines the card shows; a commune's own lines come on top. */
export const EMBED_NATIONAL_LIMIT = 4;
/** How many of a commune's own lines the card shows. */
export const EMBED_LOCAL_LIMIT = 2;

interface DialableContact extends ContactLike {
  data: ContactLike['data'] & { tel?: string; scope: 'national' | 'province' | 'commune' };
}

/**
 * The hotline card's lines: the edition's own lines first (as its file orders them; one
 * without a number links to the full local section), then the national lines with a number
 * for EMBED_NEEDS, by priority: a card in a portal is for calling, the directory has the rest.
 */
export function hotlineCardContacts<T extends DialableContact>(local: T[], all: T[]): T[] {
  const national = byPriority(all.filter((c) => c.data.scope === 'national' && c.data.tel && c.data.needs.some((n) => EMBED_NEEDS.includes(n))));
  return localFirst(local.slice(0, EMBED_LOCAL_LIMIT), national.slice(0, EMBED_NATIONAL_LIMIT));
}

/** Copy-paste HTML for a portal: an iframe with a title, a size and lazy loading. */
export function iframeCode(src: string, title: string, height: number): string {
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="360" height="${height}" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}

/** Copy-paste HTML for a portal that cannot or will not frame: a plain link. */
export function linkCode(href: string, text: string): string {
  return `<a href="${escapeXml(href)}">${escapeXml(text)}</a>`;
}
