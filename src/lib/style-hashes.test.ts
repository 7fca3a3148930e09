import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspMeta } from './csp.ts';
import { inlineStyleBlocks, RENDERED_CSP_META, siteStyleHashes, styleHashesOf, withStyleHashes } from './style-hashes.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (styles: string[]) =>
  `<!doctype html><html><head>${RENDERED_CSP_META}${styles.map((s) => `<style>${s}</style>`).join('')}</head><body></body></html>`;

describe('style hashes', () => {
  it('reads the text of every <style> block as the browser hashes it, attributes and case aside', () => {
    expect(inlineStyleBlocks('<style>a{color:red}</style><p>x</p><STYLE media="print">\n.b{}\n</STYLE>')).toEqual(['a{color:red}', '\n.b{}\n']);
    expect(inlineStyleBlocks('<p>no style</p>')).toEqual([]);
  });

  it('hashes each distinct block once, whatever page it is on, in a stable order', () => {
    const hashes = siteStyleHashes([page(['a{}', 'b{}']), page(['a{}']), page([])]);
    expect(hashes).toEqual([sha('a{}'), sha('b{}')].sort());
    // Vietnamese text in CSS (content: "…") is hashed as UTF-8, as browsers do.
    expect(siteStyleHashes([page(['q::before{content:"Thoát"}'])])).toEqual([sha('q::before{content:"Thoát"}')]);
  });

  it('writes the list into the CSP <meta> of a page, and style-src then names each hash', () => {
    const hashes = siteStyleHashes([page(['a{}'])]);
    const out = withStyleHashes(page(['a{}']), hashes, 'index.html');
    expect(out).toContain(`content="${cspMeta(hashes)}"`);
    expect(cspMeta(hashes)).toContain(`style-src 'self' ${sha('a{}')};`);
    expect(cspMeta(hashes)).not.toContain('unsafe-inline');
    expect(out).not.toContain(RENDERED_CSP_META);
  });

  it('stops with the file named when a page has no rendered CSP <meta>, or two', () => {
    expect(() => withStyleHashes('<html><head></head></html>', [], 'bai-viet/x/index.html')).toThrow(
      /^bai-viet\/x\/index.html: cần đúng một thẻ <meta> CSP .* đang có 0/,
    );
    expect(() => withStyleHashes(`${RENDERED_CSP_META}${RENDERED_CSP_META}`, [], '404.html')).toThrow(/^404.html: .* đang có 2/);
  });

  it('reads the hashes back from a policy, and only those of style-src', () => {
    const hashes = [sha('a{}'), sha('b{}')];
    expect(styleHashesOf(`${cspMeta(hashes)}; frame-ancestors 'none'`)).toEqual(hashes);
    expect(styleHashesOf("script-src 'sha256-AAA='; style-src 'self'")).toEqual([]);
  });
});
