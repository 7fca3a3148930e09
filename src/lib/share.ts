/**
 * Share links as plain URLs: no share widgets, no third-party script, nothing loaded
 * from another site until the reader chooses to follow a link.
 */

/** Facebook's sharer: the reader's own Facebook opens with the page to post. */
export function facebookShareUrl(pageUrl: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(absolute(pageUrl))}`;
}

/**
 * Zalo has no documented share address for a plain link (its share button needs Zalo's
 * script), so Zalo users get "copy link" and paste it into a chat.
 */
export interface ShareLink {
  /** Which network, for the label and tests. */
  network: 'facebook';
  href: string;
}

/** Every share link for a page, in the order the row shows them. */
export function shareLinks(pageUrl: string): ShareLink[] {
  return [{ network: 'facebook', href: facebookShareUrl(pageUrl) }];
}

function absolute(url: string): string {
  if (!/^https?:\/\//.test(url)) throw new Error(`Liên kết chia sẻ cần địa chỉ đầy đủ (https://…): "${url}"`);
  return url;
}
