/**
 * Lighthouse, the way people's tools measure a page: its default mobile
 * profile (a mid-range phone: simulated slow 4G, 150 ms round trips and
 * 1.6 Mbit/s, a 4× slower CPU, a 412×823 screen) on the production build
 * served like a real host (compressed, with caching headers: server.ts with
 * `compress`), for the index page, an event page and TimelineJS showing the
 * same dataset (bench/timelinejs/). Runs alternate between the three
 * (rotating which goes first); each run gets a Chromium of its own (a fresh
 * profile: no cache, no service worker), the project's Chromium and flags.
 * Then one run of each with devtools throttling (the same network and CPU
 * applied for real while the page loads, instead of simulated afterwards).
 */
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Config, type Flags, type RunnerResult } from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/browser.mjs';
import { errorMessage, log, withTimeout } from '../util';
import {
  CONTENDERS,
  externalRequests,
  metricsOf,
  runOrder,
  type Contender,
  type LighthouseOutcome,
  type LighthouseResults,
  type Throttling,
} from './lighthouse-metrics';

/**
 * Chromium's flags for Lighthouse: the project's (no background networking,
 * no component updates…), headless, and every host name but the loopback
 * made unresolvable, so that nothing can leave the machine even by mistake.
 * chrome-launcher adds its own defaults (the same kind: no extensions, no
 * sync, no phishing checks, no translate). No --enable-features.
 */
export const LIGHTHOUSE_CHROME_FLAGS = [
  ...CHROMIUM_ARGS,
  '--headless=new',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/** Lighthouse's flags: only the performance category, in its default (mobile) configuration. */
export function lighthouseFlags(port: number, throttling: Throttling): Flags {
  return {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    throttlingMethod: throttling,
  };
}

/**
 * One Lighthouse run on a Chromium of its own, closed afterwards whatever
 * happens; gives up after `timeoutMs` (Lighthouse's own page-load limit is 45 s).
 */
export async function runLighthouse(
  url: string,
  throttling: Throttling,
  timeoutMs: number,
  config?: Config,
): Promise<RunnerResult> {
  const found = await findChromium();
  if (!found) throw new Error('No Chromium found: set CHROMIUM_PATH or install chromium');
  const chrome = await chromeLauncher.launch({
    chromePath: found.path ?? chromium.executablePath(),
    chromeFlags: LIGHTHOUSE_CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await withTimeout(
      lighthouse(url, lighthouseFlags(chrome.port, throttling), config),
      timeoutMs,
      `Lighthouse on ${url}`,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result;
  } finally {
    chrome.kill();
  }
}

function describe(o: LighthouseOutcome): string {
  if (!o.ok) return `failed (${o.reason})`;
  const m = o.metrics;
  return `score ${String(m.score)}, FCP ${m.fcp.toFixed(0)}, LCP ${m.lcp.toFixed(0)}, TBT ${m.tbt.toFixed(0)}, TTI ${m.tti.toFixed(0)} ms`;
}

export interface LighthouseOptions {
  origin: string;
  paths: Record<Contender, string>;
  runs: number;
  timeoutMs: number;
  /** Loads a page once, unmeasured: the server compresses and caches what it has no .br/.gz for. */
  warmUp: (url: string) => Promise<void>;
}

export async function measureLighthouse(o: LighthouseOptions): Promise<LighthouseResults> {
  const runs: Record<Contender, LighthouseOutcome[]> = { index: [], event: [], timelinejs: [] };
  const external: Record<Contender, string[]> = { index: [], event: [], timelinejs: [] };
  let version = '?';
  let chromiumVersion = '?';
  const once = async (c: Contender, throttling: Throttling): Promise<LighthouseOutcome> => {
    const url = `${o.origin}${o.paths[c]}`;
    try {
      const { lhr } = await runLighthouse(url, throttling, o.timeoutMs);
      version = lhr.lighthouseVersion;
      chromiumVersion =
        /Chrome\/([\d.]+)/.exec(lhr.environment.hostUserAgent)?.[1] ?? chromiumVersion;
      external[c].push(...externalRequests(lhr));
      return metricsOf(lhr);
    } catch (error) {
      return { ok: false, reason: errorMessage(error) };
    }
  };
  for (const c of CONTENDERS) await o.warmUp(`${o.origin}${o.paths[c]}`);
  for (let run = 1; run <= o.runs; run++) {
    for (const c of runOrder(run)) {
      const outcome = await once(c, 'simulate');
      runs[c].push(outcome);
      log(`  lighthouse ${c} run ${String(run)}/${String(o.runs)}: ${describe(outcome)}`);
    }
  }
  const devtools = {} as Record<Contender, LighthouseOutcome>;
  for (const c of CONTENDERS) {
    devtools[c] = await once(c, 'devtools');
    log(`  lighthouse ${c}, devtools throttling: ${describe(devtools[c])}`);
  }
  return { version, chromium: chromiumVersion, paths: o.paths, runs, devtools, external };
}
