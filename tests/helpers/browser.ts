/** Debian's Chromium driven by playwright-core (no browser download works here). */
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Root in a sandboxed container; no GPU; no background calls to Google that this network refuses. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** The executable and arguments every test launches Chromium with (also for persistent profiles). */
export function chromiumLaunchOptions(): { executablePath: string; args: string[] } {
  if (!existsSync(CHROMIUM)) throw new Error(`Không thấy Chromium ở ${CHROMIUM}: cài bằng "apt-get install -y chromium" (.ci/run tự cài).`);
  return { executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}
