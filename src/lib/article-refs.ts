/**
 * References to data inside an article's Markdown, written as links with no text:
 *
 *   [](cite:blhs-2015/dieu-327)            inline: "Điều 327 Bộ luật Hình sự", linked to the law library
 *   [](cite:blhs-2015/dieu-327/khoan-2)    inline, one clause: "khoản 2 Điều 327 …"
 *   [](cite:nd-282-2025)                   inline, the instrument as a whole
 *   [](penalties:nd-282-2025/dieu-32)      a paragraph of its own: that provision's penalties
 *   [](hotline:tong-dai-111)               a paragraph of its own: the contact's card
 *
 * Why this split of work: the content layer caches each article's rendered HTML keyed by the
 * file's text alone, so that HTML must not depend on the build's settings (BASE_PATH, the
 * commune edition) or on other files (laws, contacts), which can change while the article does
 * not. The Markdown plugin (articleRefsPlugin) therefore only checks the syntax and leaves a
 * neutral marker; the article page splits the HTML at the markers (splitArticleHtml) and
 * renders each reference from the current data, edition and base on every build.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseHref } from './paths.ts';

/** One reference, parsed. Ids are checked against the data when the page renders. */
export type ArticleRef =
  | { kind: 'cite'; law: string; provision?: string; clause?: string }
  | { kind: 'penalties'; law: string; provision: string }
  | { kind: 'hotline'; id: string };

/** Kinds that make a block of their own (a box), not words inside a sentence. */
const BLOCK_KINDS = new Set(['penalties', 'hotline']);
const ID = '[a-z0-9]+(?:-[a-z0-9]+)*';
const SHAPES: Record<ArticleRef['kind'], { re: RegExp; example: string }> = {
  cite: { re: new RegExp(`^cite:(${ID})(?:/(${ID})(?:/khoan-(\\d+[a-zđ]?))?)?$`), example: 'cite:blhs-2015/dieu-327 hoặc cite:blhs-2015/dieu-327/khoan-2' },
  penalties: { re: new RegExp(`^penalties:(${ID})/(${ID})$`), example: 'penalties:nd-282-2025/dieu-32' },
  hotline: { re: new RegExp(`^hotline:(${ID})$`), example: 'hotline:tong-dai-111' },
};

/** The reference kind a link target names ("cite" for "cite:…"), or undefined for an ordinary link. */
export function referenceKind(url: string): ArticleRef['kind'] | undefined {
  const scheme = /^([a-z]+):/.exec(url)?.[1];
  return scheme && scheme in SHAPES ? (scheme as ArticleRef['kind']) : undefined;
}

/** True for kinds written as a paragraph of their own. */
export function isBlockReference(kind: ArticleRef['kind']): boolean {
  return BLOCK_KINDS.has(kind);
}

/** Parse "cite:blhs-2015/dieu-327/khoan-2" and the like; undefined for ordinary links, an Error message for malformed ones. */
export function parseReference(url: string): ArticleRef | undefined {
  const kind = referenceKind(url);
  if (!kind) return undefined;
  const m = SHAPES[kind].re.exec(url);
  if (!m) throw new Error(`"${url}" viết sai dạng, cần dạng ${SHAPES[kind].example}`);
  if (kind === 'cite') {
    const ref: ArticleRef = { kind, law: m[1]! };
    if (m[2]) ref.provision = m[2];
    if (m[3]) ref.clause = m[3];
    return ref;
  }
  if (kind === 'penalties') return { kind, law: m[1]!, provision: m[2]! };
  return { kind, id: m[1]! };
}

/** The reference as an editor writes it, for error messages: "[](cite:blhs-2015/dieu-327)". */
export function referenceSource(ref: ArticleRef): string {
  if (ref.kind === 'hotline') return `[](hotline:${ref.id})`;
  if (ref.kind === 'penalties') return `[](penalties:${ref.law}/${ref.provision})`;
  const parts = [ref.law, ref.provision, ref.clause && `khoan-${ref.clause}`].filter(Boolean);
  return `[](cite:${parts.join('/')})`;
}

const MARKER = /<site-ref data-ref="([^"]*)"><\/site-ref>/g;

/** The neutral marker a reference leaves in the cached HTML (its target only has [a-z0-9:/-]). */
export function referenceMarker(url: string): string {
  return `<site-ref data-ref="${url}"></site-ref>`;
}

export type ArticlePart = { kind: 'html'; html: string } | { kind: 'ref'; ref: ArticleRef };

/** Cut an article's rendered HTML at the reference markers, in order. */
export function splitArticleHtml(html: string): ArticlePart[] {
  const parts: ArticlePart[] = [];
  let last = 0;
  for (const m of html.matchAll(MARKER)) {
    if (m.index > last) parts.push({ kind: 'html', html: html.slice(last, m.index) });
    parts.push({ kind: 'ref', ref: parseReference(m[1]!)! });
    last = m.index + m[0].length;
  }
  if (last < html.length) parts.push({ kind: 'html', html: html.slice(last) });
  return parts;
}

/** How the links of an article's HTML are finished for this build. */
export interface LinkFinish {
  /** The site base ("/" or "/pcmd/"). */
  base: string;
  /** Attributes and trailing mark of a link that leaves the site (see external-link.ts). */
  external: { rel: string; className: string; markHtml: string };
}

/**
 * Finish the links Markdown produced, at page render time: site paths get the base,
 * links to other sites get the external-link attributes and mark.
 */
export function finishLinks(html: string, finish: LinkFinish): string {
  return html.replace(/<a href="([^"]*)"([^>]*)>([\s\S]*?)<\/a>/g, (whole, href: string, rest: string, text: string) => {
    if (/^https?:\/\//.test(href)) {
      const { rel, className, markHtml } = finish.external;
      return `<a href="${href}"${rest} rel="${rel}" class="${className}">${text}${markHtml}</a>`;
    }
    // baseHref only puts the base in front, so the attribute's HTML escapes stay as they are.
    const based = baseHref(href, finish.base);
    return based === href ? whole : `<a href="${based}"${rest}>${text}</a>`;
  });
}

/** The smallest slice of the mdast/satteri shapes the plugin reads. */
interface LinkNode {
  type: 'link';
  url: string;
  children: unknown[];
}
interface ParagraphNode {
  type: 'paragraph';
  children: Array<{ type: string; url?: string; children?: unknown[] }>;
}
interface VisitContext {
  readonly fileURL: URL | undefined;
  replaceNode(node: never, replacement: { type: 'html'; value: string }): void;
  parent(node: never): { type: string; children: unknown[] } | undefined;
}

/** The file being rendered, relative to the project: "content/articles/vi/a.md". */
function where(ctx: VisitContext): string {
  if (!ctx.fileURL) return 'Markdown';
  const path = fileURLToPath(ctx.fileURL);
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/**
 * The Markdown processor plugin (satteri mdast visitor): checks every reference's syntax
 * and place, naming the file, and leaves markers. It reads no data and no settings, so
 * its output is safe to cache (tests/edition-cache.test.ts). Astro's cache does not see a
 * change to this code: after changing what it emits, delete the cache (node_modules/.astro).
 */
export const articleRefsPlugin = {
  name: 'article-refs',
  paragraph(node: ParagraphNode, ctx: VisitContext) {
    const only = node.children.length === 1 ? node.children[0] : undefined;
    if (only?.type !== 'link' || !only.url) return;
    const kind = referenceKind(only.url);
    if (!kind || !isBlockReference(kind)) return;
    check(only as LinkNode, ctx);
    ctx.replaceNode(node as never, { type: 'html', value: referenceMarker(only.url) });
  },
  link(node: LinkNode, ctx: VisitContext) {
    const kind = referenceKind(node.url);
    if (!kind) return;
    check(node, ctx);
    if (isBlockReference(kind)) {
      // The paragraph visitor (which runs first) has already replaced a paragraph holding only this link.
      const parent = ctx.parent(node as never);
      if (parent?.type === 'paragraph' && parent.children.length === 1) return;
      throw new Error(`${where(ctx)}: [](${node.url}) phải đứng riêng một đoạn (một dòng trống trước và sau), không nằm giữa câu`);
    }
    ctx.replaceNode(node as never, { type: 'html', value: referenceMarker(node.url) });
  },
};

function check(node: LinkNode, ctx: VisitContext): void {
  if (node.children.length > 0) {
    throw new Error(`${where(ctx)}: [...](${node.url}): để trống phần chữ trong ngoặc vuông, trang tự viết tên điều luật hoặc đường dây`);
  }
  try {
    parseReference(node.url);
  } catch (e) {
    throw new Error(`${where(ctx)}: ${(e as Error).message}`);
  }
}
