/**
 * Vitest global set-up: find (and, the first time, unpack) the browser once, before test files
 * run in parallel. A problem is left for the browser tests to report, so the rest still run.
 */
import { findBrowser } from '../../tools/browser.ts';

export default async function setup(): Promise<void> {
  await findBrowser().catch(() => undefined);
}
