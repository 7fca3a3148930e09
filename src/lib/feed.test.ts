import { describe, expect, it } from 'vitest';
import { feedChannelData } from './feed';

describe('feed', () => {
  it('declares Vietnamese and its own address', () => {
    expect(feedChannelData('https://x.vn/a?b=1&c=2')).toBe(
      '<language>vi</language><atom:link href="https://x.vn/a?b=1&amp;c=2" rel="self" type="application/rss+xml"/>',
    );
  });
});
