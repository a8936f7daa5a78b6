/**
 * Time to ready: from navigation start (the page's time origin) to the first
 * animation frame at which the page's "ready" selectors all match, read with
 * `performance.now()` inside the page while Playwright polls on
 * requestAnimationFrame.
 */
import type { Page } from '@playwright/test';
import type { BenchBrowser } from '../browser';
import { errorMessage, isTimeout, log, withTimeout } from '../util';

export interface ReadyCheck {
  /** Every selector must match. */
  all: string[];
  /** If this matches, the page failed (e.g. the dataset was refused). */
  error: string | null;
}

/**
 * The app is ready when the timeline shows an item (an event or a cluster of
 * events, not an era band) and the map shows a marker.
 */
export const APP_READY: ReadyCheck = {
  all: ['.vis-item:not(.vis-background)', '.leaflet-marker-icon'],
  error: '.data-error',
};

/** TimelineJS is ready when its time navigation has markers and the story slider has slides. */
export const TIMELINEJS_READY: ReadyCheck = {
  all: ['.tl-timemarker', '.tl-slide'],
  error: '.tl-bench-error',
};

/** Paint and layout figures of one load (see bench/page/probe.ts). */
export interface Vitals {
  fcp: number | null;
  lcp: number | null;
  cls: number;
  tbt: number;
}

/** A measurement that either produced a value or failed (timeout or error). */
export type Outcome =
  { ok: true; ms: number; vitals?: Vitals } | { ok: false; timeout: boolean; reason: string };

/** How long after ready layout shifts are still counted. */
const VITALS_SETTLE_MS = 1_000;

/** Time allowed after the load for `after` and closing. */
const AFTER_READY_MS = 30_000;

export class PageError extends Error {
  override name = 'PageError';
}

/** Navigates and waits for ready; returns ms since navigation start. */
export async function gotoReady(
  page: Page,
  url: string,
  check: ReadyCheck,
  timeoutMs: number,
): Promise<number> {
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  const remaining = Math.max(1, timeoutMs - (Date.now() - started));
  // Playwright's own timeout can overshoot a lot while the page's main
  // thread is blocked; ours does not.
  const handle = await withTimeout(
    page.waitForFunction(
      ([all, error]) => window.__bench.readyAt(all, error),
      [check.all, check.error] as const,
      { polling: 'raf', timeout: remaining },
    ),
    remaining + 1_000,
    'waiting for ready',
  );
  const at = (await handle.jsonValue()) as number;
  if (at < 0) {
    const text = check.error ? await page.evaluate((s) => window.__bench.text(s), check.error) : '';
    throw new PageError(`the page shows an error: ${text.slice(0, 200)}`);
  }
  return at;
}

export function failure(error: unknown, timeoutMs: number): Outcome {
  if (isTimeout(error)) {
    return { ok: false, timeout: true, reason: `timeout (> ${(timeoutMs / 1000).toFixed(0)} s)` };
  }
  return { ok: false, timeout: false, reason: errorMessage(error) };
}

/** One cold load in a fresh context; `after` runs on the ready page before it closes. */
export async function coldLoad(
  bench: BenchBrowser,
  label: string,
  url: string,
  check: ReadyCheck,
  timeoutMs: number,
  after?: (page: Page) => Promise<void>,
): Promise<Outcome> {
  try {
    let vitals: Vitals | undefined;
    const ms = await bench.withPage(label, timeoutMs + AFTER_READY_MS, async (page) => {
      const at = await gotoReady(page, url, check, timeoutMs);
      // Layout shifts right after ready (the map's tiles, the basemap) count too.
      await page.waitForTimeout(VITALS_SETTLE_MS);
      vitals = await page.evaluate((ready) => window.__bench.vitals(ready), at);
      await after?.(page);
      return at;
    });
    return vitals ? { ok: true, ms, vitals } : { ok: true, ms };
  } catch (error) {
    return failure(error, timeoutMs);
  }
}

export function describeOutcome(o: Outcome): string {
  return o.ok ? `${o.ms.toFixed(0)} ms` : o.reason;
}

export interface FetchedResource {
  /** Path on the server, e.g. `/assets/index-abc.js`. */
  path: string;
  /** Decoded body size in bytes. */
  bytes: number;
  /** ms since navigation start when the response ended. */
  endMs: number;
}

export interface ColdLoadResult {
  outcomes: Outcome[];
  /** What the first successful run fetched until 2 s after it was ready. */
  fetched: FetchedResource[];
}

/** Cold loads of the app on its bundled dataset, `runs` times. */
export async function measureColdLoad(
  bench: BenchBrowser,
  origin: string,
  runs: number,
  timeoutMs: number,
): Promise<ColdLoadResult> {
  const outcomes: Outcome[] = [];
  let fetched: FetchedResource[] = [];
  for (let run = 1; run <= runs; run++) {
    const o = await coldLoad(bench, 'app', `${origin}/`, APP_READY, timeoutMs, async (page) => {
      if (fetched.length > 0) return;
      await page.waitForTimeout(2_000);
      const entries = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => ({
          name: e.name,
          bytes: (e as PerformanceResourceTiming).decodedBodySize,
          endMs: (e as PerformanceResourceTiming).responseEnd,
        })),
      );
      fetched = entries.map((e) => ({
        path: new URL(e.name).pathname,
        bytes: e.bytes,
        endMs: e.endMs,
      }));
    });
    log(`  cold load run ${String(run)}/${String(runs)}: ${describeOutcome(o)}`);
    outcomes.push(o);
  }
  return { outcomes, fetched };
}
