/**
 * Side by side with the stack's floor and TimelineJS 3: cold loads of the
 * app, of the floor app (bench/floor/: the same libraries, each used once)
 * and of the TimelineJS page (bench/timelinejs/) on the same dataset,
 * alternating within each run (and rotating which goes first), so that all
 * three see the same machine conditions.
 */
import type { BenchBrowser } from '../browser';
import { log } from '../util';
import { APP_READY, coldLoad, describeOutcome, TIMELINEJS_READY, type Outcome } from './load';

export interface CompareDataset {
  label: string;
  /** Same-origin path of the dataset, e.g. `/data/cuba-syria.json`. */
  path: string;
  /** Use the app's own default (no `data=`) instead of `path`. */
  bundled: boolean;
}

export interface CompareResult {
  dataset: CompareDataset;
  app: Outcome[];
  /** Cold loads of the floor app; only for the bundled dataset (it has none of its own). */
  floor: Outcome[];
  timelinejs: Outcome[];
}

export const TIMELINEJS_PAGE = '/timelinejs-page/';
export const FLOOR_PAGE = '/floor/';

export async function measureCompare(
  bench: BenchBrowser,
  origin: string,
  datasets: readonly CompareDataset[],
  runs: number,
  timeoutMs: number,
): Promise<CompareResult[]> {
  const results = datasets.map((dataset) => ({
    dataset,
    app: [] as Outcome[],
    floor: [] as Outcome[],
    timelinejs: [] as Outcome[],
  }));
  for (let run = 1; run <= runs; run++) {
    for (const result of results) {
      const { dataset } = result;
      const appUrl = dataset.bundled ? `${origin}/` : `${origin}/?data=${dataset.path}`;
      const tlUrl = `${origin}${TIMELINEJS_PAGE}?data=${dataset.path}`;
      type Contender = 'app' | 'floor' | 'timelinejs';
      const loads: Record<Contender, () => Promise<Outcome>> = {
        app: () => coldLoad(bench, 'app', appUrl, APP_READY, timeoutMs),
        floor: () => coldLoad(bench, 'floor', `${origin}${FLOOR_PAGE}`, APP_READY, timeoutMs),
        timelinejs: () => coldLoad(bench, 'timelinejs', tlUrl, TIMELINEJS_READY, timeoutMs),
      };
      const contenders: Contender[] = dataset.bundled
        ? ['app', 'floor', 'timelinejs']
        : ['app', 'timelinejs'];
      // Rotate the order so that each goes first, second and last equally often.
      const shift = (run - 1) % contenders.length;
      const order = [...contenders.slice(shift), ...contenders.slice(0, shift)];
      const got: Partial<Record<Contender, Outcome>> = {};
      for (const c of order) got[c] = await loads[c]();
      for (const c of contenders) result[c].push(got[c]!);
      const describe = (c: Contender, label: string) =>
        got[c] ? `, ${label} ${describeOutcome(got[c])}` : '';
      log(
        `  compare ${dataset.label} run ${String(run)}/${String(runs)}: app ${describeOutcome(got.app!)}${describe('floor', 'floor')}${describe('timelinejs', 'TimelineJS')}`,
      );
    }
  }
  return results;
}
