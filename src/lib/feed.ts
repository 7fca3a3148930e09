/** Channel elements of /rss.xml that @astrojs/rss takes as raw XML (customData). */

/** Escape text for XML element content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Language and the feed's own address (atom:link rel="self", which feed validators ask for). */
export function feedChannelData(selfUrl: string): string {
  return `<language>vi</language><atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`;
}
