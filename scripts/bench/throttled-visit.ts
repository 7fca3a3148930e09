/**
 * A reader's first visit on a cheap phone over slow 3G, in headless Chromium through the DevTools
 * protocol: network throttling (latency added to every response, a slow download) and CPU
 * throttling. For each page of a visit it measures first contentful paint, when the quick-exit
 * bar's script is ready (Shift×3 and the instant exit; the bar's plain link works from the
 * moment it is drawn), and what went over the network (requests and bytes, gzip as a host sends
 * them). Times are reported by `npm run bench:first-view`, never asserted: they depend on the
 * machine and its load.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { median } from './stats.ts';
import { renderTable } from './table.ts';

/** Network and CPU throttling, as Network.emulateNetworkConditions and Emulation.setCPUThrottlingRate take them. */
export interface Throttling {
  name: string;
  /** Added to every response, in ms (Chromium models the round trip this way). */
  latencyMs: number;
  /** Download and upload speed, in bits per second. */
  downBitsPerSecond: number;
  upBitsPerSecond: number;
  /** CPU slowdown factor (4 = a phone about four times slower than this machine). */
  cpuRate: number;
}

/** A cheap phone on slow 3G: 400 ms round trip, 400 kbit/s both ways, CPU four times slower. */
export const SLOW_3G_PHONE: Throttling = { name: 'slow 3G, CPU ×4', latencyMs: 400, downBitsPerSecond: 400_000, upBitsPerSecond: 400_000, cpuRate: 4 };

/** No throttling: for a quick check that the measurement works. */
export const UNTHROTTLED: Throttling = { name: 'no throttling', latencyMs: 0, downBitsPerSecond: -1, upBitsPerSecond: -1, cpuRate: 1 };

/** One page of a visit, as measured. */
export interface PageMeasure {
  path: string;
  /** First contentful paint, ms after navigation start. */
  fcpMs: number;
  /** When the quick-exit element's script was ready, ms after navigation start. */
  quickExitMs: number;
  /** Requests answered by the network (not the browser's cache). */
  requests: number;
  /** Bytes received over the network for them (compressed bodies and headers). */
  transferBytes: number;
  /** The URL paths of those requests, to see what was fetched. */
  fetched: string[];
}

/** Network traffic of one page load, collected from the DevTools protocol's events. */
class NetworkLog {
  #requests = new Map<string, { url: string; cached: boolean; bytes: number; done: boolean }>();

  constructor(session: CDPSession) {
    session.on('Network.requestWillBeSent', (e) => this.#requests.set(e.requestId, { url: e.request.url, cached: false, bytes: 0, done: false }));
    session.on('Network.requestServedFromCache', (e) => {
      const r = this.#requests.get(e.requestId);
      if (r) r.cached = true;
    });
    session.on('Network.responseReceived', (e) => {
      const r = this.#requests.get(e.requestId);
      if (r && (e.response.fromDiskCache || e.response.fromPrefetchCache)) r.cached = true;
    });
    session.on('Network.loadingFinished', (e) => {
      const r = this.#requests.get(e.requestId);
      if (r) Object.assign(r, { bytes: e.encodedDataLength, done: true });
    });
  }

  /** Start counting a new page. */
  reset() {
    this.#requests.clear();
  }

  /** What the network answered since the last reset (data: URIs are not requests). */
  fromNetwork(): { requests: number; transferBytes: number; fetched: string[] } {
    const live = [...this.#requests.values()].filter((r) => !r.cached && r.bytes > 0 && !r.url.startsWith('data:'));
    return { requests: live.length, transferBytes: live.reduce((s, r) => s + r.bytes, 0), fetched: live.map((r) => new URL(r.url).pathname) };
  }
}

/** Records, inside the page, when the quick-exit element is defined (run before any page script). */
const QUICK_EXIT_PROBE = `customElements.whenDefined('quick-exit').then(() => { window.__quickExitReadyAt = performance.now(); });`;

async function paintAndQuickExit(page: Page): Promise<{ fcpMs: number; quickExitMs: number }> {
  const handle = await page.waitForFunction(
    () => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      const ready = (window as unknown as { __quickExitReadyAt?: number }).__quickExitReadyAt;
      return fcp !== undefined && ready !== undefined ? { fcpMs: fcp, quickExitMs: ready } : false;
    },
    undefined,
    { polling: 100, timeout: 120_000 },
  );
  return (await handle.jsonValue()) as { fcpMs: number; quickExitMs: number };
}

/**
 * Visit `paths` one after another in a fresh browser context (empty cache: a first visit), the
 * way a reader follows links, with `throttling` applied throughout.
 */
export async function measureVisit(browser: Browser, origin: string, paths: readonly string[], throttling: Throttling): Promise<PageMeasure[]> {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true });
  try {
    const page = await context.newPage();
    await page.addInitScript(QUICK_EXIT_PROBE);
    const session = await context.newCDPSession(page);
    const log = new NetworkLog(session);
    await session.send('Network.enable');
    await session.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: throttling.latencyMs,
      downloadThroughput: throttling.downBitsPerSecond < 0 ? -1 : throttling.downBitsPerSecond / 8,
      uploadThroughput: throttling.upBitsPerSecond < 0 ? -1 : throttling.upBitsPerSecond / 8,
    });
    await session.send('Emulation.setCPUThrottlingRate', { rate: throttling.cpuRate });
    const measures: PageMeasure[] = [];
    for (const path of paths) {
      log.reset();
      const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle', timeout: 180_000 });
      if (!response?.ok()) throw new Error(`${path}: máy chủ trả về ${response?.status()}`);
      measures.push({ path, ...(await paintAndQuickExit(page)), ...log.fromNetwork() });
    }
    return measures;
  } finally {
    await context.close();
  }
}

/** The median of each measure over several runs of the same visit (runs[i][j] = run i, page j). */
export function medianVisit(runs: readonly (readonly PageMeasure[])[]): PageMeasure[] {
  const first = runs[0];
  if (!first) throw new Error('medianVisit: không có lần đo nào');
  return first.map((page, j) => {
    const same = runs.map((run) => {
      const m = run[j];
      if (!m || m.path !== page.path) throw new Error(`medianVisit: lần đo thiếu trang ${page.path} ở vị trí ${j + 1}`);
      return m;
    });
    const mid = (pick: (m: PageMeasure) => number) => median(same.map(pick));
    return {
      path: page.path,
      fcpMs: mid((m) => m.fcpMs),
      quickExitMs: mid((m) => m.quickExitMs),
      requests: mid((m) => m.requests),
      transferBytes: mid((m) => m.transferBytes),
      fetched: page.fetched,
    };
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** One row per page; for a visit of several pages, a last row with the requests and bytes of the whole visit. */
export function visitTable(label: string, pages: readonly PageMeasure[]): string {
  const rows = pages.map((p) => [label, p.path, seconds(p.fcpMs), seconds(p.quickExitMs), String(p.requests), kb(p.transferBytes)]);
  if (pages.length > 1) {
    rows.push([label, 'whole visit', '', '', String(pages.reduce((s, p) => s + p.requests, 0)), kb(pages.reduce((s, p) => s + p.transferBytes, 0))]);
  }
  return renderTable(['visit', 'page', 'first paint', 'quick exit ready', 'requests', 'transferred'], rows);
}
