/**
 * What a deployed copy of the site really sends: fetches its home page, the hotline page, an
 * embed card and a missing page, and compares each response's headers with the ones the build
 * writes into _headers and .htaccess (src/lib/host-headers.ts). Used by `npm run check:headers`.
 */
import { securityHeaders } from '../../src/lib/host-headers.ts';
import { embedPath } from '../../src/lib/embeds.ts';
import { styleHashesOf } from '../../src/lib/style-hashes.ts';

export interface PageReport {
  url: string;
  status: number;
  /** Headers missing or different, one line each; empty when all is as the build intends. */
  problems: string[];
  /** What is worth knowing but not wrong (HSTS not sent). */
  notes: string[];
}

/**
 * Problems and notes for one response, against what the build writes for this kind of page.
 * `styleHashes`: the inline-style hashes of that build, as its pages' own CSP <meta> names them.
 */
export function compareHeaders(
  headers: Headers,
  framable: boolean,
  https: boolean,
  styleHashes: readonly string[] = [],
): Pick<PageReport, 'problems' | 'notes'> {
  const problems: string[] = [];
  const notes: string[] = [];
  for (const [name, want] of securityHeaders(framable, { hsts: true, styleHashes })) {
    const got = headers.get(name);
    if (name === 'Strict-Transport-Security') {
      if (https && !got) notes.push(`không có ${name}: bật (HSTS=on) khi mọi tên miền của trang đã chạy HTTPS`);
      continue;
    }
    if (got === null) problems.push(`thiếu ${name}`);
    else if (got !== want) problems.push(`${name} khác bản dựng: nhận "${got}", cần "${want}"`);
  }
  if (framable && headers.get('X-Frame-Options')) problems.push('thẻ nhúng không được có X-Frame-Options: cổng thông tin xã sẽ không nhúng được');
  return { problems, notes };
}

/** The pages to probe under a site address ("https://xa-vidu.gov.vn/pcmd/"), and whether each may be framed. */
export function probePaths(siteUrl: string): Array<{ url: string; framable: boolean; expectStatus: number }> {
  const root = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return [
    { url: root, framable: false, expectStatus: 200 },
    { url: `${root}duong-day-nong/`, framable: false, expectStatus: 200 },
    { url: `${root}${embedPath('duong-day-nong').slice(1)}`, framable: true, expectStatus: 200 },
    { url: `${root}khong-co-trang-nay-${Date.now().toString(36)}/`, framable: false, expectStatus: 404 },
  ];
}

/** Fetch every probe and report what each one lacks. */
export async function checkDeployedHeaders(siteUrl: string): Promise<PageReport[]> {
  const reports: PageReport[] = [];
  for (const probe of probePaths(siteUrl)) {
    const response = await fetch(probe.url, { redirect: 'manual' });
    // The build writes the same style hashes into each page's <meta> and into the host files.
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(await response.text())?.[1] ?? '';
    const { problems, notes } = compareHeaders(response.headers, probe.framable, probe.url.startsWith('https:'), styleHashesOf(meta));
    if (response.status !== probe.expectStatus) problems.unshift(`trả về ${response.status}, cần ${probe.expectStatus}`);
    reports.push({ url: probe.url, status: response.status, problems, notes });
  }
  return reports;
}
