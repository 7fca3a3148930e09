/** /rss.xml: articles, most recently reviewed first, so portals can show what changed. */
import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { t } from '../i18n';
import { byReviewedDesc } from '../lib/listing';
import { feedChannelData } from '../lib/feed';
import { absoluteUrl } from '../site.config';
import { articlePathOf, getArticles } from '../site-data';

export const GET: APIRoute = async () =>
  rss({
    title: `${t('site.name')}: ${t('feed.title')}`,
    description: t('feed.description'),
    // With the base: @astrojs/rss makes the channel link from it; item links are already absolute.
    site: absoluteUrl('/'),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: feedChannelData(absoluteUrl('/rss.xml')),
    items: byReviewedDesc(await getArticles()).map((a) => ({
      title: a.data.title,
      description: a.data.description,
      link: absoluteUrl(articlePathOf(a)),
      pubDate: a.data.reviewed,
      categories: [t(`kind.${a.data.kind}`)],
    })),
  });
