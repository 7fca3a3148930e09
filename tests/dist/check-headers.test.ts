/**
 * `npm run check:headers -- URL` against a real HTTP server on this machine: the built site
 * served with the headers _headers gives it (Netlify, Cloudflare Pages) and served with none
 * (GitHub Pages, stock Apache, plain S3).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDeployedHeaders, compareHeaders } from '../../scripts/lib/deployed-headers.ts';
import { serveDist, type StaticServer } from '../../tools/static-server.ts';
import { headersForPath, parseHeadersFile } from '../../tools/headers-file.ts';
import { securityHeaders } from '../../src/lib/host-headers.ts';
import { ROOT } from '../helpers/astro-run.ts';

const dist = join(ROOT, 'dist');
let withHeaders: StaticServer;
let bare: StaticServer;

beforeAll(async () => {
  const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  withHeaders = await serveDist(dist, '/', { headersFor: (path) => headersForPath(rules, path) });
  bare = await serveDist(dist);
});
afterAll(async () => {
  await withHeaders?.close();
  await bare?.close();
});

describe('check:headers', () => {
  it('finds nothing missing on a host that applies _headers', async () => {
    const reports = await checkDeployedHeaders(`${withHeaders.origin}/`);
    expect(reports.map((r) => r.status)).toEqual([200, 200, 200, 404]);
    expect(reports.flatMap((r) => r.problems.map((p) => `${r.url}: ${p}`))).toEqual([]);
  });

  it('names every missing header on a host that sends none, page by page', async () => {
    const reports = await checkDeployedHeaders(`${bare.origin}/`);
    for (const r of reports) {
      expect(r.problems).toContain('thiếu Content-Security-Policy');
      expect(r.problems).toContain('thiếu Cross-Origin-Opener-Policy');
    }
    // frame-ancestors is what forbids framing; X-Frame-Options is only a legacy extra (Apache, nginx).
    expect(reports[0]!.problems.join('\n')).not.toMatch(/X-Frame-Options/);
  });

  it('reports a wrong value and an embed card that cannot be framed', () => {
    const strict = new Headers(securityHeaders(false));
    expect(compareHeaders(strict, false, true).problems).toEqual([]);
    const card = compareHeaders(new Headers([...securityHeaders(false), ['X-Frame-Options', 'DENY']]), true, true).problems.join('\n');
    expect(card).toMatch(/Content-Security-Policy khác bản dựng/);
    expect(card).toMatch(/không được có X-Frame-Options/);
    // The style hashes the deployed page's own <meta> names must be the ones in its header too.
    const hashes = ["'sha256-AAA='"];
    const hashed = new Headers(securityHeaders(false, { hsts: true, styleHashes: hashes }));
    expect(compareHeaders(hashed, false, true, hashes).problems).toEqual([]);
    expect(compareHeaders(hashed, false, true, ["'sha256-BBB='"]).problems.join('\n')).toMatch(/Content-Security-Policy khác bản dựng/);
    expect(compareHeaders(new Headers(securityHeaders(false, { hsts: false, styleHashes: [] })), false, true).notes).toEqual([
      expect.stringMatching(/Strict-Transport-Security/),
    ]);
  });

  it('exits non-zero from the command line when headers are missing, zero when they are there', async () => {
    // Asynchronously: the servers live in this process and must keep answering.
    const cli = (url: string) =>
      new Promise<{ code: number; out: string; err: string }>((resolve) => {
        execFile(process.execPath, [join(ROOT, 'scripts/check-headers.ts'), url], { encoding: 'utf8', timeout: 60_000 }, (error, out, err) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, out, err }),
        );
      });
    const missing = await cli(`${bare.origin}/`);
    expect(missing.code, missing.out + missing.err).toBe(1);
    expect(missing.err).toMatch(/thiếu tiêu đề bảo mật/);
    const ok = await cli(`${withHeaders.origin}/`);
    expect(ok.code, ok.out + ok.err).toBe(0);
  });
});
