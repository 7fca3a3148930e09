/** Text of parsed HTML as a reader meets it: some descendants (hidden, screen-reader-only) left out. */
import { HTMLElement, type Node } from 'node-html-parser';

/** The text of `node`, without the text of any element `skip` returns true for (and its children). */
export function textWithout(node: Node, skip: (el: HTMLElement) => boolean): string {
  if (!(node instanceof HTMLElement)) return node.text;
  return skip(node) ? '' : node.childNodes.map((child) => textWithout(child, skip)).join('');
}
