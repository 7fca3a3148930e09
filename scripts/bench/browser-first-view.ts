/**
 * One page's first view as headless Chromium loads it from a local server: every response
 * until the network is idle, with its body gzipped here (the test server sends it plain).
 */
import type { Response } from 'playwright-core';
import { gzipSize } from '../lib/first-view.ts';
import type { AssetKind } from '../../tools/references.ts';
import { launchBrowser } from '../../tools/browser.ts';
import { serveDist } from '../../tools/static-server.ts';

export interface LoadedFile {
  url: string;
  kind: AssetKind;
  gzipBytes: number;
}

/** The kind of a response, by what the browser asked for. */
export function kindOf(resourceType: string): AssetKind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  return 'other';
}

export async function browserFirstView(distDir: string, path: string): Promise<LoadedFile[]> {
  const server = await serveDist(distDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const responses: Response[] = [];
    page.on('response', (r) => responses.push(r));
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
    const files: LoadedFile[] = [];
    for (const r of responses) {
      const body = await r.body().catch(() => Buffer.alloc(0));
      files.push({ url: new URL(r.url()).pathname, kind: kindOf(r.request().resourceType()), gzipBytes: gzipSize(body) });
    }
    return files;
  } finally {
    await browser.close();
    await server.close();
  }
}
