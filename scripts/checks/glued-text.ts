/**
 * Whitespace lost between inline elements glues Vietnamese syllables ("Đườngdây").
 * Rendered text is rebuilt the way a browser joins inline elements, then searched
 * for a lower-case letter run straight into an upper-case one, which Vietnamese
 * prose never does outside a few known names.
 */
import type { HTMLElement, Node } from 'node-html-parser';
import type { BuiltPage, Problem } from '../../tools/dist.ts';

const BLOCK = new Set([
  'P',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'DIV',
  'SECTION',
  'ARTICLE',
  'ASIDE',
  'NAV',
  'HEADER',
  'FOOTER',
  'MAIN',
  'DT',
  'DD',
  'DL',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'FORM',
  'BR',
  'BLOCKQUOTE',
  'OPTION',
  'TEMPLATE',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'HEAD']);
/** Words that really do mix cases. */
const ALLOWED = [
  'JavaScript',
  'GitHub',
  'ScamVN',
  'LawNet',
  'ChongLuaDao',
  'VnEconomy',
  'VnExpress',
  'VietnamPlus',
  'CafeF',
  'PrEP',
  'VNeID',
  'TikTok',
  'YouTube',
  'iPhone',
  'WhatsApp',
  'PrEP',
  'LinkedIn',
  'PhD',
  'McDonald',
  'VietnamNet',
  'LuatVietnam',
  'StopNCII',
  'OnlyFans',
  'SWGfL',
];

const LOWER = 'a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
const UPPER = 'A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ';
const GLUED = new RegExp(`[${LOWER}][${UPPER}]`, 'u');

/** Text as rendered: block elements on their own lines, inline elements joined as written. */
export function renderedText(node: Node): string {
  if (node.nodeType === 3) return node.rawText.replace(/&nbsp;/g, ' ');
  const el = node as HTMLElement;
  if (el.tagName && SKIP.has(el.tagName)) return '';
  const inner = el.childNodes.map(renderedText).join('');
  return el.tagName && BLOCK.has(el.tagName) ? `\n${inner}\n` : inner;
}

/** Words in `text` where a lower-case letter runs into an upper-case one. */
export function gluedWords(text: string): string[] {
  return text.split(/[\s.,;:!?()"“”'‘’/«»–—-]+/u).filter((w) => GLUED.test(w) && !ALLOWED.some((ok) => w.includes(ok)));
}

export function checkGluedText(pages: BuiltPage[]): Problem[] {
  return pages.flatMap((page) => {
    const body = page.root.querySelector('body');
    return body ? gluedWords(renderedText(body)).map((w) => ({ page: page.path, message: `chữ bị dính liền: "${w}"` })) : [];
  });
}
