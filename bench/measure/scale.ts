/**
 * Scale: the app on synthetic datasets (loaded with `?data=`). Per run, in a
 * fresh context: time to ready, then frame times while wheel-zooming the
 * timeline and while dragging it. Frame times are the deltas between
 * successive requestAnimationFrame callbacks during the interaction (plus a
 * short tail, so that work queued by the last event is counted).
 *
 * Each interaction has a deadline: input that the page cannot take (a
 * blocked main thread) ends the measurement as a timeout instead of hanging.
 */
import type { Page } from '@playwright/test';
import type { BenchBrowser } from '../browser';
import { quantile } from '../stats';
import { errorMessage, log, sleep, TimeoutError, withTimeout } from '../util';
import { APP_READY, describeOutcome, failure, gotoReady, type Outcome } from './load';

export interface FrameStats {
  p95: number;
  max: number;
  frames: number;
}

export type FrameOutcome = { ok: true; stats: FrameStats } | { ok: false; reason: string };

export interface ScaleRun {
  ready: Outcome;
  wheel: FrameOutcome | null;
  drag: FrameOutcome | null;
}

export interface ScaleOptions {
  runs: number;
  /** Per load, and per interaction. */
  timeoutMs: number;
}

const CANVAS = '[data-testid="timeline-canvas"]';
const WHEEL_EVENTS = 20;
/** Wheel delta per event; negative zooms in. Five in, five out, five in, five out. */
const WHEEL_DELTA = 100;
const WHEEL_GAP_MS = 30;
const DRAG_MOVES = 30;
const DRAG_STEP_PX = 10;
const MOVE_GAP_MS = 16;
const TAIL_MS = 300;

function frameStats(deltas: number[]): FrameStats {
  return {
    p95: quantile(deltas, 0.95),
    max: deltas.length ? Math.max(...deltas) : NaN,
    frames: deltas.length,
  };
}

async function canvasCenter(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator(CANVAS).boundingBox();
  if (!box) throw new Error(`${CANVAS} is not visible`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export async function measureFrames(
  page: Page,
  what: string,
  timeoutMs: number,
  interaction: () => Promise<void>,
): Promise<FrameOutcome> {
  try {
    await page.evaluate(() => window.__bench.startFrames());
    // One deadline for the whole interaction: a step the page cannot take ends it.
    await withTimeout(interaction(), timeoutMs, what);
    await sleep(TAIL_MS);
    const deltas = await withTimeout(
      page.evaluate(() => window.__bench.stopFrames()),
      timeoutMs,
      `${what} (reading frames)`,
    );
    return { ok: true, stats: frameStats(deltas) };
  } catch (error) {
    return {
      ok: false,
      reason:
        error instanceof TimeoutError
          ? `timeout (> ${(timeoutMs / 1000).toFixed(0)} s)`
          : errorMessage(error),
    };
  }
}

async function wheelZoom(page: Page, timeoutMs: number): Promise<FrameOutcome> {
  const { x, y } = await canvasCenter(page);
  await page.mouse.move(x, y);
  await sleep(500);
  return measureFrames(page, 'wheel zoom', timeoutMs, async () => {
    for (let i = 0; i < WHEEL_EVENTS; i++) {
      const zoomIn = Math.floor(i / 5) % 2 === 0;
      await page.mouse.wheel(0, zoomIn ? -WHEEL_DELTA : WHEEL_DELTA);
      await sleep(WHEEL_GAP_MS);
    }
  });
}

async function drag(page: Page, timeoutMs: number): Promise<FrameOutcome> {
  const { x, y } = await canvasCenter(page);
  // Zoom in first (not measured): at the full extent there is nowhere to pan.
  await withTimeout(
    (async () => {
      await page.mouse.move(x, y);
      for (let i = 0; i < 4; i++) {
        await page.mouse.wheel(0, -WHEEL_DELTA);
        await sleep(WHEEL_GAP_MS);
      }
    })(),
    timeoutMs,
    'zooming in before the drag',
  );
  await sleep(500);
  const startX = x - (DRAG_MOVES * DRAG_STEP_PX) / 2;
  await page.mouse.move(startX, y);
  return measureFrames(page, 'drag', timeoutMs, async () => {
    await page.mouse.down();
    for (let i = 1; i <= DRAG_MOVES; i++) {
      await page.mouse.move(startX + i * DRAG_STEP_PX, y);
      await sleep(MOVE_GAP_MS);
    }
    await page.mouse.up();
  });
}

function describeFrames(o: FrameOutcome | null): string {
  if (o === null) return 'skipped';
  return o.ok ? `p95 ${o.stats.p95.toFixed(1)} ms (${String(o.stats.frames)} frames)` : o.reason;
}

async function oneRun(bench: BenchBrowser, url: string, timeoutMs: number): Promise<ScaleRun> {
  const run: ScaleRun = {
    ready: { ok: false, timeout: false, reason: 'not run' },
    wheel: null,
    drag: null,
  };
  try {
    // Load, two interactions, and some slack for settling between them.
    await bench.withPage('app', 3 * timeoutMs + 60_000, async (page) => {
      try {
        run.ready = { ok: true, ms: await gotoReady(page, url, APP_READY, timeoutMs) };
      } catch (error) {
        run.ready = failure(error, timeoutMs);
        return;
      }
      run.wheel = await wheelZoom(page, timeoutMs);
      if (!run.wheel.ok && run.wheel.reason.startsWith('timeout')) return;
      run.drag = await drag(page, timeoutMs);
    });
  } catch (error) {
    if (run.ready.ok) {
      const reason = errorMessage(error);
      run.wheel ??= { ok: false, reason };
      run.drag ??= { ok: false, reason };
    } else {
      run.ready = failure(error, timeoutMs);
    }
  }
  return run;
}

/**
 * Measures one dataset `runs` times. After a run whose load timed out, the
 * remaining runs are skipped (they would only time out again).
 */
export async function measureScale(
  bench: BenchBrowser,
  origin: string,
  dataPath: string,
  label: string,
  options: ScaleOptions,
): Promise<ScaleRun[]> {
  const url = `${origin}/?data=${dataPath}`;
  const runs: ScaleRun[] = [];
  for (let i = 1; i <= options.runs; i++) {
    const run = await oneRun(bench, url, options.timeoutMs);
    log(
      `  ${label} run ${String(i)}/${String(options.runs)}: ready ${describeOutcome(run.ready)}; wheel ${describeFrames(run.wheel)}; drag ${describeFrames(run.drag)}`,
    );
    runs.push(run);
    if (!run.ready.ok && run.ready.timeout) {
      log(`  ${label}: load timed out; skipping the remaining runs`);
      break;
    }
  }
  return runs;
}
