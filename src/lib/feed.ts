/** Channel elements of /rss.xml that @astrojs/rss takes as raw XML (customData). */
import { escapeXml } from './xml.ts';

/** Language and the feed's own address (atom:link rel="self", which feed validators ask for). */
export function feedChannelData(selfUrl: string): string {
  return `<language>vi</language><atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`;
}
