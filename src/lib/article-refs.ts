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
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseHref } from './paths.ts';
import type { Link, Node } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';

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

/** Cut an article's rendered HTML at the reference markers, in order; `file` names the article in errors. */
export function splitArticleHtml(html: string, file = 'bài viết'): ArticlePart[] {
  const parts: ArticlePart[] = [];
  let last = 0;
  for (const m of html.matchAll(MARKER)) {
    if (m.index > last) parts.push({ kind: 'html', html: html.slice(last, m.index) });
    // The plugin refuses raw HTML, so a marker is always its own; this guards an old cached render.
    const ref = parseReference(m[1]!);
    if (!ref) throw new Error(`${file}: "${m[1]}" không phải tham chiếu; viết dạng [](cite:…), [](penalties:…) hoặc [](hotline:…)`);
    parts.push({ kind: 'ref', ref });
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

/** The file being rendered, relative to the project: "content/articles/vi/a.md". */
function where(ctx: MdastVisitorContext): string {
  if (!ctx.fileURL) return 'Markdown';
  const path = fileURLToPath(ctx.fileURL);
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/** Lines of front matter (both "---" lines included) before the body the processor sees. */
function frontMatterLines(ctx: MdastVisitorContext): number {
  try {
    const text = ctx.fileURL ? readFileSync(ctx.fileURL, 'utf8') : '';
    const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
    return m ? m[0].split('\n').length - 1 : 0;
  } catch {
    return 0;
  }
}

/** "content/articles/vi/a.md:12" for a node, so an editor can open the file at the line. */
function whereLine(ctx: MdastVisitorContext, node: Readonly<Node>): string {
  const line = node.position?.start.line;
  return line === undefined ? where(ctx) : `${where(ctx)}:${frontMatterLines(ctx) + line}`;
}

/**
 * Where an ordinary link in an article may point: another site over https or http, an e-mail,
 * a phone number, a page of this site written from its root, or a place on the same page.
 * "//host", "javascript:", "data:" and relative paths are refused.
 */
const LINK_TARGET = /^(https?:\/\/[^/]|mailto:|tel:|\/(?!\/)|#)/;

/**
 * The Markdown processor plugin (satteri mdast visitor): checks every reference's syntax
 * and place, naming the file, and leaves markers. It reads no data and no settings, so
 * its output is safe to cache (tests/builds/locality-edition.test.ts). Astro's cache does not see a
 * change to this code: after changing what it emits, delete the cache (node_modules/.astro).
 *
 * It also refuses what an article must never carry: raw HTML (a <meta refresh> sends readers
 * to another site and no CSP stops it; comments, forms and hidden search metadata would be
 * published as written), images (no photo can identify a victim), and links to anywhere but
 * the targets above. Articles need none of these today, so there is no allow-list.
 */
export const articleRefsPlugin = {
  name: 'article-refs',
  // Line numbers for the errors below (satteri only tracks positions when a plugin asks).
  options: { position: true },
  html(node, ctx) {
    const snippet = node.value.trim().split('\n')[0]!.slice(0, 60);
    throw new Error(`${whereLine(ctx, node)}: bài viết không được chứa HTML (${snippet}); hãy viết bằng Markdown thường, liên kết viết dạng [chữ](địa chỉ)`);
  },
  image(node, ctx) {
    throw new Error(
      `${whereLine(ctx, node)}: bài viết không được có ảnh (![…](${node.url})): ảnh người có thể làm lộ danh tính nạn nhân; hãy bỏ ảnh và tả bằng lời`,
    );
  },
  paragraph(node, ctx) {
    const only = node.children.length === 1 ? node.children[0] : undefined;
    if (only?.type !== 'link' || !only.url) return;
    const kind = referenceKind(only.url);
    if (!kind || !isBlockReference(kind)) return;
    check(only, ctx);
    ctx.replaceNode(node, { type: 'html', value: referenceMarker(only.url) });
  },
  link(node, ctx) {
    const kind = referenceKind(node.url);
    if (!kind) {
      if (!LINK_TARGET.test(node.url)) {
        throw new Error(
          `${whereLine(ctx, node)}: liên kết "${node.url}" không được phép: chỉ dùng https://…, mailto:, tel:, đường dẫn trong trang bắt đầu bằng / (ví dụ /bai-viet/…/) hoặc #mục`,
        );
      }
      return;
    }
    check(node, ctx);
    if (isBlockReference(kind)) {
      // The paragraph visitor (which runs first) has already replaced a paragraph holding only this link.
      const parent = ctx.parent(node);
      if (parent?.type === 'paragraph' && parent.children.length === 1) return;
      throw new Error(`${whereLine(ctx, node)}: [](${node.url}) phải đứng riêng một đoạn (một dòng trống trước và sau), không nằm giữa câu`);
    }
    ctx.replaceNode(node, { type: 'html', value: referenceMarker(node.url) });
  },
} satisfies MdastPluginDefinition;

function check(node: Readonly<Link>, ctx: MdastVisitorContext): void {
  if (node.children.length > 0) {
    throw new Error(`${whereLine(ctx, node)}: [...](${node.url}): để trống phần chữ trong ngoặc vuông, trang tự viết tên điều luật hoặc đường dây`);
  }
  try {
    parseReference(node.url);
  } catch (e) {
    throw new Error(`${whereLine(ctx, node)}: ${(e as Error).message}`);
  }
}
