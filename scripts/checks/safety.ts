/**
 * Publishing safety over what is really served: no do-not-publish number anywhere in the
 * output, no phone number that is not a contact's, 113 and 111 dialable on every page, every
 * article with its legal basis, sources and review date, nothing executable or loaded that the
 * site does not write itself, the CSP in every page, and no placeholder address in a deploy.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { deniedIn } from '../../src/lib/denylist.ts';
import { telHref } from '../../src/lib/phone.ts';
import { PHONE_IN_TEXT } from '../../src/lib/publishing-rules.ts';
import { cspMeta, styleHash } from '../../src/lib/csp.ts';
import { inlineStyleBlocks, siteStyleHashes, styleHashesOf } from '../../src/lib/style-hashes.ts';
import { DEFAULT_SITE_URL } from '../../src/lib/site-env.ts';
import { EMBED_CARDS, embedPath } from '../../src/lib/embeds.ts';
import { renderedText } from './glued-text.ts';
import { isMovedPage, type BuiltPage, type Problem } from '../../tools/dist.ts';

/** Text files a reader or a portal receives: pages, feeds, open data, host files. Pagefind's index is compressed. */
function textFiles(distDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [full];
    });
  return walk(distDir)
    .map((f) => relative(distDir, f).split(sep).join('/'))
    .filter((f) => /\.(html|json|xml|txt|js|css)$|^_headers$|^\.htaccess$/.test(f.split('/').pop() ?? '') && !/^pagefind\/.*\.(pf_|wasm)/.test(f));
}

/** No number or address the facts mark "do not publish", in any text file of the build. */
export function checkDoNotPublish(distDir: string): Problem[] {
  return textFiles(distDir).flatMap((file) =>
    deniedIn(readFileSync(join(distDir, file), 'utf8')).map((re) => ({
      page: `/${file}`,
      message: `có số hoặc địa chỉ không được đăng (${re.source}, src/lib/denylist.ts): tìm và xoá trong content/`,
    })),
  );
}

/** The dialled form ("tel:18001233") of every contact with a number in `contentDir`. */
export function contactTels(contentDir: string): Set<string> {
  const dir = join(contentDir, 'contacts');
  return new Set(
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => {
        const number = (parseYaml(readFileSync(join(dir, f), 'utf8')) as { number?: string } | null)?.number;
        return number ? [telHref(String(number))] : [];
      }),
  );
}

/** Every tel: link and every phone number in the text of a page is one of the contacts' numbers. */
export function checkPhonesFromContacts(pages: BuiltPage[], contentDir: string): Problem[] {
  const known = contactTels(contentDir);
  const problems: Problem[] = [];
  for (const page of pages) {
    const say = (message: string) => problems.push({ page: page.path, message });
    for (const a of page.root.querySelectorAll('a[href^="tel:"]')) {
      const href = a.getAttribute('href') ?? '';
      if (!known.has(href)) say(`liên kết gọi "${href}" không phải số của đường dây nào trong content/contacts`);
    }
    const body = page.root.querySelector('body');
    for (const m of (body ? renderedText(body) : '').matchAll(PHONE_IN_TEXT)) {
      const tel = `tel:${m[1]!.replace(/ /g, '')}`;
      if (!known.has(tel)) say(`số "${m[1]}" trên trang không phải số của đường dây nào trong content/contacts`);
    }
  }
  return problems;
}

/** 113 (police) and 111 (child protection, anti-trafficking) can be dialled from every page. */
export function checkEmergencyLines(pages: BuiltPage[]): Problem[] {
  return pages.flatMap((page) =>
    ['113', '111']
      .filter((n) => !page.root.querySelector(`a[href="tel:${n}"]`))
      .map((n) => ({ page: page.path, message: `thiếu liên kết gọi tel:${n}: mọi trang phải gọi được 113 và 111` })),
  );
}

/** Every article shows its legal basis, its sources and the date it was last reviewed. */
export function checkArticleFacts(pages: BuiltPage[]): Problem[] {
  return pages
    .filter((p) => /^\/bai-viet\/[^/]+\/$/.test(p.path) && !isMovedPage(p))
    .flatMap((page) => {
      const text = page.root.querySelector('main')?.text ?? '';
      return ['Căn cứ pháp lý', 'Nguồn tham khảo', 'Rà soát lần cuối']
        .filter((heading) => !text.includes(heading))
        .map((heading) => ({ page: page.path, message: `bài viết thiếu "${heading}"` }));
    });
}

/**
 * Nothing runs or loads that the site did not write as a file: no inline script or handler,
 * no javascript: or data: link (but the icon, an SVG image), no style attribute, no <style>
 * but the site's stylesheet in <head> with its hash in the page's CSP, no frame, plugin or
 * redirect (except a moved article's old address, which refreshes to its new page on the same
 * site), and no image inside an article's text.
 */
export function checkNoInlineCode(pages: BuiltPage[]): Problem[] {
  const problems: Problem[] = [];
  for (const page of pages) {
    const say = (message: string) => problems.push({ page: page.path, message });
    for (const s of page.root.querySelectorAll('script'))
      if (!s.getAttribute('src')) say('có <script> viết thẳng trong trang: CSP chặn nó; đưa mã vào một tệp trong src/scripts/');
    for (const el of page.root.querySelectorAll('*')) {
      const attributes = Object.keys(el.attributes);
      const handler = attributes.find((a) => /^on/i.test(a));
      if (handler) say(`<${el.tagName.toLowerCase()}> có thuộc tính ${handler}: không dùng mã trong thuộc tính`);
      if (attributes.includes('style')) say(`<${el.tagName.toLowerCase()}> có thuộc tính style: CSP chặn nó; dùng lớp CSS`);
      for (const name of ['href', 'src', 'action', 'formaction']) {
        const value = el.getAttribute(name) ?? '';
        const icon = name === 'href' && el.tagName === 'LINK' && el.getAttribute('rel') === 'icon' && value.startsWith('data:image/svg+xml,');
        if (/^\s*(javascript|data|vbscript):/i.test(value) && !icon) say(`<${el.tagName.toLowerCase()} ${name}="${value.slice(0, 40)}"> không được phép`);
      }
    }
    // The stylesheet in the page: only in <head>, and only blocks the page's own CSP allows by hash.
    const allowed = new Set(styleHashesOf(page.root.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content') ?? ''));
    if (page.root.querySelectorAll('body style').length > 0) say('có <style> trong <body>: CSS chỉ được nằm trong <head> (Astro viết nó vào đó)');
    for (const css of inlineStyleBlocks(page.html)) {
      if (!allowed.has(styleHash(css)))
        say(
          `có <style> mà CSP của trang không cho phép (mã băm ${styleHash(css)} không có trong style-src): dựng lại bằng npm run build, đừng sửa CSS trong dist/`,
        );
    }
    for (const tag of ['iframe', 'object', 'embed', 'base']) {
      if (page.root.querySelector(tag)) say(`có <${tag}> trong trang: không được phép`);
    }
    // The one redirect allowed: a moved article's old address (src/lib/moved.ts) sending the reader on within the site.
    for (const refresh of page.root.querySelectorAll('meta[http-equiv="refresh" i]')) {
      const sameSite = /^0; url=\/[a-z0-9/-]*\/$/.test(refresh.getAttribute('content') ?? '');
      if (!isMovedPage(page) || !sameSite)
        say('có <meta http-equiv="refresh"> trong trang: chỉ trang ở địa chỉ cũ của một bài đã chuyển (src/lib/moved.ts) được chuyển tiếp, và chỉ trong site');
    }
    if (page.root.querySelector('.prose img, .prose svg')) say('bài viết có ảnh trong phần nội dung: không đăng ảnh trong bài');
  }
  return problems;
}

/**
 * Every page carries the site's CSP in a <meta http-equiv> near the top of <head> (before
 * anything it governs is loaded), so the policy holds on hosts that send no headers: the policy
 * of src/lib/csp.ts with the hashes of every inline stylesheet of the site, the same list on
 * every page (and in the host files, checked by framing-headers).
 */
export function checkMetaCsp(pages: BuiltPage[]): Problem[] {
  const policy = cspMeta(siteStyleHashes(pages.map((p) => p.html)));
  return pages.flatMap((page) => {
    const metas = page.root.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]');
    if (metas.length !== 1)
      return [
        { page: page.path, message: `cần đúng một <meta http-equiv="Content-Security-Policy">, đang có ${metas.length} (xem src/components/HeadBasics.astro)` },
      ];
    const meta = metas[0]!;
    const problems: Problem[] = [];
    if (meta.getAttribute('content') !== policy)
      problems.push({ page: page.path, message: `CSP trong <meta> khác chính sách của src/lib/csp.ts với mã băm CSS của cả trang (cần "${policy}")` });
    const head = page.root.querySelector('head');
    const before = head ? head.childNodes.filter((n) => n.nodeType === 1).indexOf(meta) : -1;
    if (before < 0 || before > 2) problems.push({ page: page.path, message: 'thẻ <meta> CSP phải nằm ngay sau charset và viewport, trước mọi tệp được tải' });
    return problems;
  });
}

/** The pages that must not be framed carry the frame guard script; the embed cards do not. */
export function checkFrameGuard(pages: BuiltPage[]): Problem[] {
  const cards = new Set<string>(EMBED_CARDS.map(embedPath));
  return pages.flatMap((page) => {
    const guarded = page.root.querySelector('html')?.hasAttribute('data-frame-guard') ?? false;
    if (cards.has(page.path))
      return guarded ? [{ page: page.path, message: 'thẻ nhúng không được có data-frame-guard: cổng thông tin xã phải nhúng được' }] : [];
    if (!guarded || !page.root.querySelector('script[src]'))
      return [{ page: page.path, message: 'thiếu chặn khung (data-frame-guard và script của trang): trang có thể bị trang khác lồng vào và che số giả' }];
    return [];
  });
}

/** A deployable build has a real address: the placeholder would be in canonical links, the sitemap and QR codes. */
export function checkDeployableAddress(distDir: string): Problem[] {
  const host = new URL(DEFAULT_SITE_URL).host;
  const files = textFiles(distDir).filter((f) => readFileSync(join(distDir, f), 'utf8').includes(host));
  if (files.length === 0) return [];
  return [
    {
      page: `/${files[0]}`,
      message: `bản dựng xem thử: ${files.length} tệp mang địa chỉ tạm ${DEFAULT_SITE_URL}; dựng lại với SITE_URL=https://tên-miền-của-bạn rồi kiểm tra lại trước khi đưa lên mạng`,
    },
  ];
}
