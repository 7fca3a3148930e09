/**
 * The references a page resolves while it renders, over mocked collections (no build): a law,
 * provision or contact that does not exist stops the build naming the file and the field.
 * One end-to-end build per kind of error stays in tests/builds/content-schema.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SITE_URL } from './lib/site-env';

const collections: Record<string, unknown[]> = {
  laws: [{ id: 'blhs-2015', data: { title: 'Bộ luật Hình sự', provisions: [{ id: 'dieu-327' }] } }],
  contacts: [
    // 111 here has no number on purpose: every page dials it, so that must stop the build.
    {
      id: 'tong-dai-111',
      filePath: 'content/contacts/tong-dai-111.yaml',
      data: { name: 'Tổng đài 111', priority: 1, sourceChecked: new Date(), needs: ['can-giup-ngay'] },
    },
    {
      id: 'canh-sat-113',
      filePath: 'content/contacts/canh-sat-113.yaml',
      data: { name: 'Cảnh sát 113', number: '113', tel: '113', priority: 1, sourceChecked: new Date(), needs: ['khan-cap'] },
    },
  ],
  articles: [],
  localities: [],
  checklists: [],
};
vi.mock('astro:content', () => ({
  getCollection: async (name: string, filter?: (entry: unknown) => boolean) => (collections[name] ?? []).filter(filter ?? (() => true)),
  getEntry: async () => undefined,
}));

// Astro sets import.meta.env.SITE from astro.config.mjs; src/site.config.ts reads it on import.
vi.stubEnv('SITE', DEFAULT_SITE_URL);
const { getContact, getDialableContact, getEmergencyContacts, legalBasisOf } = await import('./site-data');
const { checklistSheet } = await import('./materials-data');
type Article = Parameters<typeof legalBasisOf>[0];
type Checklist = Parameters<typeof checklistSheet>[0];

const article = (law: string, provision: string) =>
  ({
    id: 'vi/bai-thu',
    filePath: 'content/articles/vi/bai-thu.md',
    data: { legalBasis: [{ law: { id: law }, provisions: [provision] }] },
  }) as unknown as Article;

describe('references resolved while pages render', () => {
  it('an article citing a law that does not exist names the file and legalBasis[0]', async () => {
    await expect(legalBasisOf(article('luat-khong-co-2099', 'dieu-1'))).rejects.toThrow(
      /^content\/articles\/vi\/bai-thu\.md: legalBasis\[0\]: không có văn bản "luat-khong-co-2099".*blhs-2015/,
    );
  });

  it('an article citing a provision that does not exist names legalBasis[0].provisions[0]', async () => {
    await expect(legalBasisOf(article('blhs-2015', 'dieu-999'))).rejects.toThrow(
      /^content\/articles\/vi\/bai-thu\.md: legalBasis\[0\]\.provisions\[0\]: văn bản "blhs-2015" không có điều "dieu-999".*dieu-327/,
    );
  });

  it('resolves a citation that exists', async () => {
    const [basis] = await legalBasisOf(article('blhs-2015', 'dieu-327'));
    expect(basis?.provisions.map((p) => p.id)).toEqual(['dieu-327']);
  });

  it('a hotline that does not exist names the id; one that does is found', async () => {
    await expect(getContact('duong-day-khong-co')).rejects.toThrow('Không có đường dây "duong-day-khong-co" trong content/contacts.');
    expect((await getContact('tong-dai-111')).id).toBe('tong-dai-111');
  });

  it('an emergency line without a number stops the build naming its file; one with a number is dialable', async () => {
    await expect(getEmergencyContacts()).rejects.toThrow(
      'content/contacts/tong-dai-111.yaml: đường dây "tong-dai-111" phải có number (số gọi được) vì trang nào cũng cho gọi số này.',
    );
    const police = await getDialableContact('canh-sat-113');
    expect([police.data.number, police.data.tel]).toEqual(['113', '113']);
  });

  it('a checklist item citing a provision that does not exist names the file and groups[g].items[i].cite', async () => {
    const checklist = {
      id: 'thu',
      filePath: 'content/checklists/thu.yaml',
      data: { groups: [{ heading: 'Giấy tờ', items: [{ text: 'Không dẫn gì' }, { text: 'Dẫn sai', cite: 'blhs-2015/dieu-999' }] }] },
    } as unknown as Checklist;
    await expect(checklistSheet(checklist)).rejects.toThrow(
      /^content\/checklists\/thu\.yaml: groups\[0\]\.items\[1\]\.cite: văn bản "blhs-2015" không có điều "dieu-999"/,
    );
  });
});
