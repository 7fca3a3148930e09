/** Sharing over the built site: link-preview tags, share images, share rows. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isMovedPage, type BuiltPage } from '../../tools/dist.ts';
import { OG_IMAGE_KEYS, ogImagePath } from '../../src/lib/og-image.ts';
import { builtPages, DIST } from '../helpers/site-pages.ts';

const dist = DIST;
let pages: BuiltPage[] = [];

beforeAll(() => {
  pages = builtPages(dist);
});

describe('sharing', () => {
  it('builds one share image per audience and one for the site', () => {
    const missing = OG_IMAGE_KEYS.map(ogImagePath).filter((p) => !existsSync(join(dist, p)));
    expect(missing).toEqual([]);
  });

  it('uses the audience image on hubs and on articles for that audience', () => {
    const image = (path: string) =>
      pages
        .find((p) => p.path === path)
        ?.root.querySelector('meta[property="og:image"]')
        ?.getAttribute('content');
    expect(image('/nguoi-lao-dong/')).toBe('https://example.invalid/og/nguoi-lao-dong.png');
    expect(image('/bai-viet/sugar-baby-hen-ho-va-loi-moi-bao-nuoi/')).toBe('https://example.invalid/og/hoc-sinh-sinh-vien.png');
    expect(image('/')).toBe('https://example.invalid/og/chung.png');
  });

  it('puts a share row on every article and hub', () => {
    const lacking = pages
      .filter(
        (p) => (p.path.startsWith('/bai-viet/') && !isMovedPage(p)) || ['/hoc-sinh-sinh-vien/', '/nguoi-lao-dong/', '/co-so-kinh-doanh/'].includes(p.path),
      )
      .filter((p) => !p.root.querySelector('a[href^="https://www.facebook.com/sharer/"]') || !p.root.querySelector('[data-copy-source]'));
    expect(lacking.map((p) => p.path)).toEqual([]);
  });
});
