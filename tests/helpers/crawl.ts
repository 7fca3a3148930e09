/**
 * Crawls a site over HTTP the way a browser would fetch it: pages, their stylesheets,
 * scripts (and the modules they import), images, CSS url()s, and the URLs listed in XML
 * (sitemap, RSS) and in the search bundle's entry file. Everything must answer 200 and stay
 * under `base`; anything else is reported with the page that referred to it. References are
 * read by tools/references.ts, as the link check and the first-view budgets read them.
 */
import { parse } from 'node-html-parser';
import { cssReferences, jsImports, jsLazyImports, pageReferences } from '../../tools/references.ts';

export interface CrawlResult {
  /** Every URL path fetched, with its status. */
  fetched: Map<string, number>;
  /** "referrer: problem" lines. */
  problems: string[];
}

/** Same-origin references in a response body, by its content type. */
function references(body: string, type: string, url: URL, siteUrl: string, origin: string): string[] {
  const found: string[] = [];
  if (type.includes('html')) {
    found.push(...pageReferences(parse(body)).map((r) => r.ref));
  } else if (type.includes('css')) {
    found.push(...cssReferences(body).map((r) => r.url));
  } else if (type.includes('javascript')) {
    // Module imports between bundled chunks ("./x.js", "/pcmd/_astro/x.js"), static or loaded later.
    found.push(...[...jsImports(body), ...jsLazyImports(body)].filter((i) => /^[./][^"']+\.js$/.test(i)));
  } else if (type.includes('xml')) {
    // Absolute addresses written with SITE_URL: fetch them from this server instead.
    for (const m of body.matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>/g)) found.push((m[1] ?? '').replace(siteUrl, origin));
  }
  return found
    .filter((r) => r && !/^(tel:|mailto:|data:|#)/.test(r))
    .map((r) => new URL(r, url))
    .filter((u) => u.origin === origin)
    .map((u) => u.pathname);
}

/** Fetch everything reachable from `start` (paths under `base`) on `origin`. */
export async function crawl(origin: string, base: string, start: string[], siteUrl: string): Promise<CrawlResult> {
  const fetched = new Map<string, number>();
  const problems: string[] = [];
  const queue: Array<[string, string]> = start.map((p) => [p, '(điểm bắt đầu)']);
  const queued = new Set(start);
  while (queue.length) {
    const [path, from] = queue.shift() as [string, string];
    if (!path.startsWith(base)) {
      problems.push(`${from}: "${path}" nằm ngoài thư mục ${base}`);
      continue;
    }
    const url = new URL(path, origin);
    const res = await fetch(url);
    fetched.set(path, res.status);
    if (res.status !== 200) {
      problems.push(`${from}: "${path}" trả về ${res.status}`);
      continue;
    }
    const type = res.headers.get('content-type') ?? '';
    if (!/html|css|javascript|xml/.test(type)) {
      await res.arrayBuffer();
      continue;
    }
    for (const next of references(await res.text(), type, url, siteUrl, origin)) {
      if (queued.has(next)) continue;
      queued.add(next);
      queue.push([next, path]);
    }
  }
  return { fetched, problems };
}
