/**
 * Selection latency: for every event that has a timeline item (not eras),
 * click the item and measure inside the page, from the pointerdown's
 * timestamp, until (a) the details heading shows the event's title and
 * (b) the map starts moving (a Leaflet transform changes, or the container
 * gets a zoom/pan animation class). Between clicks the map is left to come to
 * rest, so that each click starts from a still map.
 */
import type { BenchBrowser } from '../browser';
import { errorMessage, log } from '../util';
import { APP_READY, gotoReady } from './load';

export interface SelectableEvent {
  id: string;
  title: string;
}

export interface ClickSample {
  id: string;
  /** pointerdown → details heading, ms (null: the heading never showed the title). */
  heading: number | null;
  /** pointerdown → map starts moving, ms (null: the map did not move within the wait). */
  map: number | null;
}

export interface SelectionRun {
  clicks: ClickSample[];
  /** Per click problems (missed clicks, timeouts), and a failed run's reason. */
  problems: string[];
}

const CLICK_TIMEOUT_MS = 5_000;
const HEADING_TIMEOUT_MS = 5_000;
/** How long after the heading to keep waiting for the map to start moving. */
const MAP_GRACE_MS = 1_500;
/** Click, heading, map and settling: the most one click may take. */
const PER_CLICK_DEADLINE_MS = 20_000;

/** Time for the timeline's "Show all" animation (300 ms) and its redraw. */
const SHOW_ALL_SETTLE_MS = 600;

function itemSelector(id: string): string {
  return `.vis-item:not(.vis-background) [data-event-id="${id.replace(/["\\]/g, '\\$&')}"]`;
}

async function oneRun(
  bench: BenchBrowser,
  url: string,
  events: readonly SelectableEvent[],
  timeoutMs: number,
): Promise<SelectionRun> {
  const deadline = timeoutMs + events.length * PER_CLICK_DEADLINE_MS;
  return bench.withPage('app', deadline, async (page) => {
    const clicks: ClickSample[] = [];
    const problems: string[] = [];
    await gotoReady(page, url, APP_READY, timeoutMs);
    await page.evaluate(() => window.__bench.mapQuiet(300, 5_000));
    for (const event of events) {
      try {
        // Rows that do not fit the timeline scroll: bring the item's row into view first.
        const selector = itemSelector(event.id);
        const reveal = () => page.evaluate((s) => window.__bench.revealItem(s), selector);
        let where = await reveal();
        if (where === 'outside the window') {
          // The last selection moved the time window away: show the whole story again.
          await page.getByRole('button', { name: 'Show all' }).click();
          await page.waitForTimeout(SHOW_ALL_SETTLE_MS);
          where = await reveal();
        }
        if (where !== 'in view') throw new Error(`the item is ${where}`);
        await page.evaluate((title) => window.__bench.armSelection(title), event.title);
        await page.locator(selector).click({ timeout: CLICK_TIMEOUT_MS });
      } catch (error) {
        problems.push(`${event.id}: click failed (${errorMessage(error)})`);
        continue;
      }
      let headingShown = true;
      try {
        await page.waitForFunction(() => window.__bench.selection().heading !== null, undefined, {
          polling: 'raf',
          timeout: HEADING_TIMEOUT_MS,
        });
      } catch {
        headingShown = false;
        problems.push(`${event.id}: the heading did not show the title`);
      }
      await page
        .waitForFunction(() => window.__bench.selection().map !== null, undefined, {
          polling: 'raf',
          timeout: headingShown ? MAP_GRACE_MS : 1,
        })
        .catch(() => undefined);
      const s = await page.evaluate(() => window.__bench.selection());
      if (s.down === null) {
        problems.push(`${event.id}: no pointerdown seen`);
        continue;
      }
      clicks.push({
        id: event.id,
        heading: s.heading === null ? null : s.heading - s.down,
        map: s.map === null ? null : s.map - s.down,
      });
      await page.evaluate(() => window.__bench.mapQuiet(300, 5_000));
    }
    return { clicks, problems };
  });
}

export async function measureSelection(
  bench: BenchBrowser,
  origin: string,
  events: readonly SelectableEvent[],
  runs: number,
  timeoutMs: number,
): Promise<SelectionRun[]> {
  const results: SelectionRun[] = [];
  for (let run = 1; run <= runs; run++) {
    let result: SelectionRun;
    try {
      result = await oneRun(bench, `${origin}/`, events, timeoutMs);
    } catch (error) {
      result = { clicks: [], problems: [`run failed: ${errorMessage(error)}`] };
    }
    const headings = result.clicks.map((c) => c.heading).filter((v): v is number => v !== null);
    const worst = headings.length ? Math.max(...headings).toFixed(0) : '–';
    log(
      `  selection run ${String(run)}/${String(runs)}: ${String(result.clicks.length)} clicks, slowest heading ${worst} ms${result.problems.length ? `, ${String(result.problems.length)} problem(s): ${result.problems[0] ?? ''}` : ''}`,
    );
    results.push(result);
  }
  return results;
}
