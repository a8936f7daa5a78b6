/**
 * Large datasets, where the reader feels them: typing in the search box of
 * 100,000 events, and dragging a map of 5,000 places.
 *
 * Search: per run, in a fresh context, the dataset loads, then a query is
 * typed one key every 80 ms (a quick typist). Each keystroke's latency is
 * the time from its keydown to the first animation frame after it (the page
 * cannot paint the letter before its handlers and render are done). Results
 * is the time from the last keydown to the match count showing the final
 * number (the search waits for a pause in typing, then filters).
 *
 * Map drag: the 5,000-place dataset loads, the map is zoomed to the world,
 * and dragged (down, 30 moves of 10 px 16 ms apart, up) while frame times
 * are collected, as in the scale section.
 */
import type { Page } from '@playwright/test';
import type { BenchBrowser } from '../browser';
import { errorMessage, log, sleep, withTimeout } from '../util';
import { APP_READY, describeOutcome, failure, gotoReady, type Outcome } from './load';
import { measureFrames, type FrameOutcome } from './scale';

/** Typed into the search box; matches about one synthetic event in twelve. */
export const SEARCH_QUERY = 'state visit';
const KEY_DELAY_MS = 80;
const DRAG_MOVES = 30;
const DRAG_STEP_PX = 10;
const MOVE_GAP_MS = 16;

export type KeysOutcome =
  { ok: true; latencies: number[]; resultsMs: number | null } | { ok: false; reason: string };

export interface SearchRun {
  ready: Outcome;
  keys: KeysOutcome | null;
}

export interface PlacesRun {
  ready: Outcome;
  drag: FrameOutcome | null;
}

async function typeQuery(page: Page, timeoutMs: number, total: number): Promise<KeysOutcome> {
  try {
    const box = page.getByRole('searchbox');
    await box.click();
    await page.evaluate(() => window.__bench.startKeys());
    await withTimeout(
      box.pressSequentially(SEARCH_QUERY, { delay: KEY_DELAY_MS }),
      timeoutMs,
      'typing',
    );
    // The link carries the query, and the count reads "N of 100,000", once the search has run.
    const shownAt = await withTimeout(
      page.evaluate(([q, all, max]) => window.__bench.searchShownAt(q, all, max), [
        SEARCH_QUERY,
        total.toLocaleString('en-US'),
        timeoutMs,
      ] as const),
      timeoutMs + 1000,
      'waiting for the results',
    );
    const { latencies, lastKeyAt } = await page.evaluate(() => window.__bench.stopKeys());
    return { ok: true, latencies, resultsMs: shownAt < 0 ? null : shownAt - lastKeyAt };
  } catch (error) {
    return { ok: false, reason: errorMessage(error) };
  }
}

export async function measureSearch(
  bench: BenchBrowser,
  origin: string,
  dataPath: string,
  events: number,
  runs: number,
  timeoutMs: number,
): Promise<SearchRun[]> {
  const out: SearchRun[] = [];
  for (let i = 1; i <= runs; i++) {
    const run: SearchRun = { ready: { ok: false, timeout: false, reason: 'not run' }, keys: null };
    try {
      await bench.withPage('app', 2 * timeoutMs + 60_000, async (page) => {
        try {
          run.ready = {
            ok: true,
            ms: await gotoReady(page, `${origin}/?data=${dataPath}`, APP_READY, timeoutMs),
          };
        } catch (error) {
          run.ready = failure(error, timeoutMs);
          return;
        }
        await sleep(1000);
        run.keys = await typeQuery(page, timeoutMs, events);
      });
    } catch (error) {
      if (run.ready.ok) run.keys ??= { ok: false, reason: errorMessage(error) };
      else run.ready = failure(error, timeoutMs);
    }
    const keys = run.keys;
    const summary =
      keys === null
        ? 'skipped'
        : keys.ok
          ? `max keystroke ${Math.max(...keys.latencies).toFixed(0)} ms, results after ${keys.resultsMs === null ? '?' : keys.resultsMs.toFixed(0)} ms`
          : keys.reason;
    log(
      `  search run ${String(i)}/${String(runs)}: ready ${describeOutcome(run.ready)}; ${summary}`,
    );
    out.push(run);
    if (!run.ready.ok && run.ready.timeout) break;
  }
  return out;
}

async function dragMap(page: Page, timeoutMs: number): Promise<FrameOutcome> {
  const box = await page.locator('.leaflet-container').boundingBox();
  if (!box) return { ok: false, reason: 'no map' };
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const startX = x - (DRAG_MOVES * DRAG_STEP_PX) / 2;
  await page.mouse.move(startX, y);
  await sleep(500);
  return measureFrames(page, 'map drag', timeoutMs, async () => {
    await page.mouse.down();
    for (let i = 1; i <= DRAG_MOVES; i++) {
      await page.mouse.move(startX + i * DRAG_STEP_PX, y + (i % 2));
      await sleep(MOVE_GAP_MS);
    }
    await page.mouse.up();
  });
}

export async function measurePlaces(
  bench: BenchBrowser,
  origin: string,
  dataPath: string,
  runs: number,
  timeoutMs: number,
): Promise<PlacesRun[]> {
  const out: PlacesRun[] = [];
  for (let i = 1; i <= runs; i++) {
    const run: PlacesRun = { ready: { ok: false, timeout: false, reason: 'not run' }, drag: null };
    try {
      await bench.withPage('app', 2 * timeoutMs + 60_000, async (page) => {
        try {
          // The whole world in view, so that every place is drawn while dragging.
          const url = `${origin}/?data=${dataPath}&map=2/20.0000/0.0000`;
          run.ready = { ok: true, ms: await gotoReady(page, url, APP_READY, timeoutMs) };
        } catch (error) {
          run.ready = failure(error, timeoutMs);
          return;
        }
        await sleep(1000);
        run.drag = await dragMap(page, timeoutMs);
      });
    } catch (error) {
      if (run.ready.ok) run.drag ??= { ok: false, reason: errorMessage(error) };
      else run.ready = failure(error, timeoutMs);
    }
    const drag = run.drag;
    log(
      `  places run ${String(i)}/${String(runs)}: ready ${describeOutcome(run.ready)}; drag ${drag === null ? 'skipped' : drag.ok ? `p95 ${drag.stats.p95.toFixed(1)} ms` : drag.reason}`,
    );
    out.push(run);
    if (!run.ready.ok && run.ready.timeout) break;
  }
  return out;
}
