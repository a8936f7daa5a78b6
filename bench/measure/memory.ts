/**
 * Memory: JS heap (after garbage collection) and DOM counters after 10, 500
 * and 1,000 selections made with the keyboard (Home, then → until the last
 * event, then Home again, …), each checkpoint taken with the first event
 * selected and the map at rest. Growth from 10 to 500 shows what the first
 * selections retain; growth from 500 to 1,000 whether it keeps rising.
 */
import type { CDPSession, Page } from '@playwright/test';
import type { BenchBrowser } from '../browser';
import { errorMessage, log } from '../util';
import { APP_READY, gotoReady } from './load';

export interface MemorySample {
  selections: number;
  /** `usedJSHeapSize` after gc, bytes. */
  heap: number | null;
  nodes: number;
  listeners: number;
  documents: number;
}

export type MemoryRun = { ok: true; samples: MemorySample[] } | { ok: false; reason: string };

export const CHECKPOINTS = [10, 500, 1000];
/** A memory run that takes longer than this is abandoned. */
const RUN_DEADLINE_MS = 300_000;

/** Where the keyboard walk is: the selected event, the first event, and the count so far. */
interface Cursor {
  id: string | null;
  first: string | null;
  made: number;
  /** → did nothing (the last event is selected): press Home next. */
  wrap: boolean;
}

/**
 * Presses a key, waits for a frame, returns the selected event's id from the
 * address: its page (`…/events/<id>/`) or, for links of another view, `?event=`.
 */
async function press(page: Page, key: 'Home' | 'ArrowRight'): Promise<string | null> {
  await page.keyboard.press(key);
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) =>
        requestAnimationFrame(() => {
          const path = /\/events\/([^/]+)\/?$/.exec(location.pathname);
          resolve(
            path ? decodeURIComponent(path[1]!) : new URLSearchParams(location.search).get('event'),
          );
        }),
      ),
  );
}

/**
 * Selects events with the keyboard (Home, → … →, Home, …) until `target`
 * selections have been made. The last one is always Home from another event,
 * so that every sample is taken in the same state: the first event selected,
 * the map on its places. (When that needs one more step, `made` ends at
 * `target + 1`.)
 */
async function selectUntil(page: Page, cur: Cursor, target: number): Promise<void> {
  let misses = 0;
  while (cur.made < target) {
    const finalStep = cur.made === target - 1;
    const atFirst = cur.id !== null && cur.id === cur.first;
    const key = cur.id === null || cur.wrap || (finalStep && !atFirst) ? 'Home' : 'ArrowRight';
    const id = await press(page, key);
    if (id !== null && id !== cur.id) {
      cur.made++;
      cur.id = id;
      cur.wrap = false;
      if (key === 'Home') cur.first = id;
      misses = 0;
    } else {
      if (++misses > 3)
        throw new Error('the keyboard does not select events (is focus on the page?)');
      cur.wrap = true;
    }
  }
  if (cur.id !== cur.first) {
    cur.id = await press(page, 'Home');
    cur.made++;
  }
}

async function sample(page: Page, cdp: CDPSession, selections: number): Promise<MemorySample> {
  await page.evaluate(() => window.__bench.mapQuiet(300, 5_000));
  await page.waitForTimeout(500);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await page.evaluate(() => window.__bench.heapAfterGc());
  const counters = await cdp.send('Memory.getDOMCounters');
  return {
    selections,
    heap,
    nodes: counters.nodes,
    listeners: counters.jsEventListeners,
    documents: counters.documents,
  };
}

async function oneRun(
  bench: BenchBrowser,
  url: string,
  timeoutMs: number,
): Promise<MemorySample[]> {
  return bench.withPage('app', Math.max(timeoutMs, RUN_DEADLINE_MS), async (page) => {
    await gotoReady(page, url, APP_READY, timeoutMs);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const samples: MemorySample[] = [];
    const cursor: Cursor = { id: null, first: null, made: 0, wrap: false };
    for (const checkpoint of CHECKPOINTS) {
      await selectUntil(page, cursor, checkpoint);
      samples.push(await sample(page, cdp, cursor.made));
    }
    await cdp.detach();
    return samples;
  });
}

export async function measureMemory(
  bench: BenchBrowser,
  origin: string,
  runs: number,
  timeoutMs: number,
): Promise<MemoryRun[]> {
  const results: MemoryRun[] = [];
  for (let run = 1; run <= runs; run++) {
    let result: MemoryRun;
    try {
      result = { ok: true, samples: await oneRun(bench, `${origin}/`, timeoutMs) };
    } catch (error) {
      result = { ok: false, reason: errorMessage(error) };
    }
    const text = result.ok
      ? result.samples
          .map(
            (s) =>
              `${String(s.selections)}: ${s.heap === null ? '?' : (s.heap / 1048576).toFixed(2)} MiB, ${String(s.nodes)} nodes`,
          )
          .join('; ')
      : result.reason;
    log(`  memory run ${String(run)}/${String(runs)}: ${text}`);
    results.push(result);
  }
  return results;
}
