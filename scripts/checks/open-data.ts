/** Open data for portals: /contacts.json against its schema, /rss.xml parsed and linked to built pages. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { XMLParser } from 'fast-xml-parser';
import { isMovedPage, type BuiltPage, type Problem } from '../../tools/dist.ts';
import { contactsJsonProblems, type ContactsJson } from '../../src/lib/open-data.ts';

/**
 * /contacts.json parses with its zod contract (`contactsJson`), the JSON Schema served beside it
 * is valid JSON Schema that accepts it (what a portal validating with the served schema sees),
 * and it lists exactly the contacts of `contentDir`.
 */
export function checkContactsJson(distDir: string, contentDir: string): Problem[] {
  const page = '/contacts.json';
  const contactIds = readdirSync(join(contentDir, 'contacts'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''));
  const data: ContactsJson = JSON.parse(readFileSync(join(distDir, 'contacts.json'), 'utf8'));
  const broken = contactsJsonProblems(data);
  if (broken.length > 0) return broken.map((message) => ({ page, message }));
  const served = servedSchemaProblems(JSON.parse(readFileSync(join(distDir, 'contacts.schema.json'), 'utf8')), data);
  if (served.length > 0) return served.map((message) => ({ page: '/contacts.schema.json', message }));
  const listed = data.contacts.map((c) => c.id);
  const problems: Problem[] = [];
  for (const id of contactIds) if (!listed.includes(id)) problems.push({ page, message: `thiếu đường dây "${id}" có trong content/contacts` });
  for (const id of listed) if (!contactIds.includes(id)) problems.push({ page, message: `có đường dây "${id}" không có trong content/contacts` });
  return problems;
}

/** Why `schema` is not valid JSON Schema (draft-07, ajv strict mode), or does not accept `data`. */
export function servedSchemaProblems(schema: object, data: unknown): string[] {
  let validate: ValidateFunction;
  try {
    validate = new Ajv({ allErrors: true, strict: true })
      .addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/)
      .addFormat('date', /^\d{4}-\d{2}-\d{2}$/)
      .compile(schema);
  } catch (error) {
    return [`không phải JSON Schema hợp lệ: ${(error as Error).message}`];
  }
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `lược đồ từ chối /contacts.json tại ${e.instancePath || '/'}: ${e.message}`);
}

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

interface RssItem {
  title?: string;
  link?: string;
  pubDate?: string;
  description?: string;
}

/**
 * /rss.xml: RSS 2.0 in Vietnamese; one item per article, newest review first; each link is
 * an absolute URL (SITE_URL + BASE_PATH) of a built article whose review date is the item's date.
 */
export function checkRss(pages: BuiltPage[], distDir: string, site: string, base: string): Problem[] {
  const page = '/rss.xml';
  const problems: Problem[] = [];
  const say = (message: string) => problems.push({ page, message });
  const xml = readFileSync(join(distDir, 'rss.xml'), 'utf8');
  const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml);
  const channel = feed?.rss?.channel;
  if (feed?.rss?.['@_version'] !== '2.0' || !channel) return [{ page, message: 'không phải RSS 2.0 (thiếu <rss version="2.0"><channel>)' }];
  if (channel.language !== 'vi') say('<language> phải là vi');
  if (!channel.title || !channel.description) say('thiếu <title> hoặc <description> của kênh');
  if (channel.link !== `${site}${base}`) say(`<link> của kênh phải là ${site}${base}, đang là ${channel.link}`);
  const items: RssItem[] = channel.item ?? [];
  const articles = pages.filter((p) => p.path.startsWith('/bai-viet/') && !isMovedPage(p));
  if (items.length !== articles.length) say(`có ${items.length} mục nhưng ${articles.length} bài viết`);
  let previous = Infinity;
  for (const item of items) {
    const link = item.link ?? '';
    const prefix = `${site}${base}`;
    const article = link.startsWith(prefix) ? pages.find((p) => p.path === `/${link.slice(prefix.length)}`) : undefined;
    if (!item.title || !item.description) say(`mục "${link}" thiếu tiêu đề hoặc mô tả`);
    if (!article) {
      say(`liên kết "${link}" không trỏ tới một trang đã dựng dưới ${prefix}`);
      continue;
    }
    if (!RFC_822.test(item.pubDate ?? '')) {
      say(`mục ${article.path}: pubDate "${item.pubDate}" không theo RFC 822`);
      continue;
    }
    const date = new Date(item.pubDate ?? '');
    const reviewed = article.root
      .querySelectorAll('p')
      .find((p) => p.text.startsWith('Rà soát lần cuối'))
      ?.querySelector('time')
      ?.getAttribute('datetime');
    if (date.toISOString().slice(0, 10) !== reviewed) say(`mục ${article.path}: pubDate ${item.pubDate} khác ngày rà soát ${reviewed} trên trang`);
    if (date.getTime() > previous) say(`mục ${article.path} không theo thứ tự ngày rà soát mới trước`);
    previous = date.getTime();
  }
  return problems;
}
