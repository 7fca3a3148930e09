/**
 * How a link that leaves the site is marked: a visible ↗ and, for screen readers, the words
 * "trang ngoài"; it sends no referrer or opener. ExternalLink.astro and article Markdown
 * (article-refs.ts finishLinks) both use this, and scripts/checks/links.ts holds every external link to it.
 */
import { t } from '../i18n';

export const EXTERNAL_REL = 'external noopener noreferrer';
export const EXTERNAL_CLASS = 'break-words';

/** The mark after the link text, as HTML. */
export function externalMarkHtml(): string {
  return `<span class="sr-only"> (${t('link.external')})</span><span aria-hidden="true"> ↗</span>`;
}
