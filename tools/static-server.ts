/** A tiny static server for dist/, on 127.0.0.1 and a free port, for browser tests, the benchmark and Lighthouse. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Response headers by URL path, e.g. those dist/_headers gives it (framing tests). */
  headersFor?: (path: string) => Map<string, string>;
  /** gzip text responses for clients that accept it, as a real host does (Lighthouse measures transfer sizes). */
  gzip?: boolean;
}

/** Serve `root` under `base` ("/" or "/pcmd/"), with 404.html for what is missing. */
export async function serveDist(root: string, base = '/', options: ServeOptions = {}): Promise<StaticServer> {
  const send = (req: IncomingMessage, res: ServerResponse, status: number, type: string, body: Buffer | string) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const headers: Record<string, string> = { ...Object.fromEntries(options.headersFor?.(path) ?? []), 'content-type': type };
    if (options.gzip && /gzip/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('application/wasm')) {
      res.writeHead(status, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      res.end(gzipSync(body));
    } else {
      res.writeHead(status, headers);
      res.end(body);
    }
  };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let rel = decodeURIComponent(url.pathname);
    if (!rel.startsWith(base)) rel = '/__outside__';
    rel = normalize(rel.slice(base.length - 1)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, rel);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      send(req, res, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      send(req, res, 404, TYPES['.html'] as string, await readFile(join(root, '404.html')).catch(() => 'not found'));
    }
  });
  // Node closes idle keep-alive sockets after 5 s; a client that reuses one just as it closes gets
  // ECONNRESET (seen in the search suite on a loaded 2-core machine). Keep them open longer than
  // any pause between requests; close() below still ends them.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeIdleConnections();
      }),
  };
}
