/**
 * Side by side with TimelineJS 3: cold loads of the app and of the
 * TimelineJS page (bench/timelinejs/) on the same dataset, alternating
 * within each run (and alternating which goes first), so that both see the
 * same machine conditions.
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
  timelinejs: Outcome[];
}

export const TIMELINEJS_PAGE = '/timelinejs-page/';

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
    timelinejs: [] as Outcome[],
  }));
  for (let run = 1; run <= runs; run++) {
    for (const result of results) {
      const { dataset } = result;
      const appUrl = dataset.bundled ? `${origin}/` : `${origin}/?data=${dataset.path}`;
      const tlUrl = `${origin}${TIMELINEJS_PAGE}?data=${dataset.path}`;
      const loadApp = () => coldLoad(bench, 'app', appUrl, APP_READY, timeoutMs);
      const loadTl = () => coldLoad(bench, 'timelinejs', tlUrl, TIMELINEJS_READY, timeoutMs);
      let app: Outcome;
      let tl: Outcome;
      if (run % 2 === 1) {
        app = await loadApp();
        tl = await loadTl();
      } else {
        tl = await loadTl();
        app = await loadApp();
      }
      result.app.push(app);
      result.timelinejs.push(tl);
      log(
        `  compare ${dataset.label} run ${String(run)}/${String(runs)}: app ${describeOutcome(app)}, TimelineJS ${describeOutcome(tl)}`,
      );
    }
  }
  return results;
}
