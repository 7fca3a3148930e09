/**
 * Share images (Open Graph, 1200×630): one per audience hub and one for the whole site,
 * drawn as SVG from the same strings the pages use, rendered to PNG at build time.
 */
import { HUB_AUDIENCES, type Audience } from './vocabulary';
import { t } from '../i18n';
import { escapeXml } from './xml';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The images that exist: "chung" (general) and one per hub audience. */
export const OG_IMAGE_KEYS = ['chung', ...HUB_AUDIENCES] as const;
export type OgImageKey = (typeof OG_IMAGE_KEYS)[number];

/** Site-absolute path of a share image. */
export function ogImagePath(key: OgImageKey): string {
  return `/og/${key}.png`;
}

/** An article's image: its first audience with a hub; articles for everyone get the general one. */
export function ogImageKeyFor(audiences: readonly Audience[]): OgImageKey {
  return audiences.find((a): a is (typeof HUB_AUDIENCES)[number] => (HUB_AUDIENCES as readonly string[]).includes(a)) ?? 'chung';
}

/** Break text into lines of at most `maxChars`, at spaces; past `maxLines` the last line ends in "…". */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/[\s,.:;]*$/, '')}…`;
  return kept;
}

export interface OgCard {
  /** Small line at the top: the site name. */
  kicker: string;
  /** Big text: the audience or the site's purpose. */
  heading: string;
  /** One or two lines under it. */
  lead: string;
  /** The band at the bottom: the emergency numbers. */
  footer: string;
}

/** What an image says: the audience (or the site's promise), its lead, and the emergency numbers given. */
export function ogCardFor(key: OgImageKey, emergencyNumbers: string[]): OgCard {
  return {
    kicker: t('site.name'),
    heading: key === 'chung' ? t('site.tagline') : t(`audience.${key}`),
    lead: key === 'chung' ? t('share.image.lead') : t(`audience.${key}.lead`),
    footer: `${t('help.title')} ${t('contact.call')} ${emergencyNumbers.join(' · ')}`,
  };
}

/** The image's text as one sentence, for og:image:alt. */
export function ogCardAlt(card: OgCard): string {
  return `${card.heading}. ${card.lead} ${card.footer}`;
}

// Be Vietnam Pro Bold averages about 0.58 em per character in Vietnamese text; a little margin on top.
const charsFor = (width: number, fontSize: number) => Math.floor(width / (fontSize * 0.6));

/** The image as SVG markup (text as <text>, rendered with the bundled font). */
export function ogImageSvg(card: OgCard): string {
  const left = 72;
  const width = OG_WIDTH - 2 * left;
  const heading = wrapText(card.heading, charsFor(width, 68), 3);
  const lead = wrapText(card.lead, charsFor(width, 36), 3);
  const text = (lines: string[], y: number, size: number, lineHeight: number, fill: string) =>
    lines.map((l, i) => `<text x="${left}" y="${y + i * lineHeight}" font-size="${size}" fill="${fill}">${escapeXml(l)}</text>`).join('');
  const headingTop = 200;
  const leadTop = headingTop + heading.length * 82 + 20;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="Be Vietnam Pro" font-weight="700">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#0b5394"/>`,
    `<rect x="${left}" y="72" width="96" height="8" fill="#ffbf47"/>`,
    text([card.kicker], 130, 32, 40, '#dbe8f6'),
    text(heading, headingTop, 68, 82, '#ffffff'),
    text(lead, leadTop, 36, 48, '#dbe8f6'),
    `<rect y="${OG_HEIGHT - 110}" width="${OG_WIDTH}" height="110" fill="#b42318"/>`,
    text([card.footer], OG_HEIGHT - 42, 44, 50, '#ffffff'),
    '</svg>',
  ].join('');
}
