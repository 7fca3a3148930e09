import { describe, expect, it } from 'vitest';
import { escapeXml, feedChannelData } from './feed';

describe('feed', () => {
  it.each([
    ['Tố giác & hỗ trợ', 'Tố giác &amp; hỗ trợ'],
    ['<b>"x"</b>', '&lt;b&gt;&quot;x&quot;&lt;/b&gt;'],
    ["it's", 'it&apos;s'],
  ])('escapes %s', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
  it('declares Vietnamese and its own address', () => {
    expect(feedChannelData('https://x.vn/a?b=1&c=2')).toBe(
      '<language>vi</language><atom:link href="https://x.vn/a?b=1&amp;c=2" rel="self" type="application/rss+xml"/>',
    );
  });
});
