/** Debian's Chromium driven by playwright-core (no browser download works here). */
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Không thấy Chromium ở ${CHROMIUM}: cài bằng "apt-get install -y chromium" (.ci/run tự cài).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    // Root in a sandboxed container; no GPU; no background calls to Google that this network refuses.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
