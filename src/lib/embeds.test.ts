import { describe, expect, it } from 'vitest';
import type { ContactNeed } from './vocabulary';
import { EMBED_NATIONAL_LIMIT, embedPath, hotlineCardContacts, iframeCode, linkCode } from './embeds';

type Scope = 'national' | 'province' | 'commune';
const c = (id: string, priority: number, needs: ContactNeed[], tel: string | undefined, scope: Scope = 'national') => ({
  id,
  data: { name: id, priority, needs, tel, scope },
});
const police = c('113', 1, ['khan-cap', 'to-giac'], 'tel:113');
const hotline = c('111', 2, ['mua-ban-nguoi'], 'tel:111');
const ambulance = c('115', 3, ['khan-cap', 'suc-khoe'], 'tel:115');
const fire = c('114', 4, ['khan-cap'], 'tel:114');
const legal = c('legal', 15, ['phap-ly'], 'tel:18001233');
const app = c('app', 12, ['to-giac'], undefined);
const scams = c('scams', 5, ['lua-dao-mang'], 'tel:0');
const ward = c('ward', 1, ['to-giac'], 'tel:02343822000', 'commune');
const wardDesk = c('ward-desk', 1, ['to-giac'], undefined, 'commune');
const all = [fire, legal, app, scams, hotline, ambulance, police, ward];

describe('hotlineCardContacts', () => {
  it.each([
    ['national edition: dialable lines for the card needs, by priority', [], ['113', '111', '115', 'legal']],
    ['commune edition: its own lines on top, in its order, dialable or not', [wardDesk, ward], ['ward-desk', 'ward', '113', '111', '115', 'legal']],
  ])('%s', (_, local, expected) => {
    expect(hotlineCardContacts(local, all).map((x) => x.id)).toEqual(expected);
  });
  it('never shows more national lines than the limit', () => {
    const many = Array.from({ length: 9 }, (_, i) => c(`n${i}`, i, ['to-giac'], `tel:11${i}`));
    expect(hotlineCardContacts([], many)).toHaveLength(EMBED_NATIONAL_LIMIT);
  });
});

describe('embed code', () => {
  it('writes an iframe with title, size and lazy loading, escaping what it quotes', () => {
    expect(iframeCode('https://x.vn/nhung/a/', 'Gọi "ngay" & đúng', 400)).toBe(
      '<iframe src="https://x.vn/nhung/a/" title="Gọi &quot;ngay&quot; &amp; đúng" width="360" height="400" loading="lazy" style="border:0;max-width:100%"></iframe>',
    );
    expect(linkCode('https://x.vn/?a=1&b=2', 'A <b>')).toBe('<a href="https://x.vn/?a=1&amp;b=2">A &lt;b&gt;</a>');
    expect(embedPath('cua-vao')).toBe('/nhung/cua-vao/');
  });
});
