/**
 * What blocks, task by task (`npm run bench -- --only lighthouse --tasks`):
 * one Lighthouse run of the event page in the mobile profile, on the app
 * built with hidden source maps (bench/out/app-profile: the same code as
 * dist/), with the V8 sampling profiler added to Lighthouse's trace. Each
 * long task (over 50 ms at 4× CPU, as Lighthouse simulates it) from
 * navigation to interactive, with Lighthouse's attribution (the script),
 * its time by kind of work and the functions and libraries that the
 * profiler's samples inside the observed task fall in (mapped through the
 * source maps). Plus the run's "bootup-time" (per script) and
 * "mainthread-work-breakdown" (per kind of work) audits. The profiler costs
 * some time of its own: the figures of this run are a little slower than
 * those of the plain runs.
 */
import { writeFileSync } from 'node:fs';
import type { Config, Result } from 'lighthouse';
import { BENCH_LONG_TASKS, BenchLongTasksAudit, type LongTaskItem } from './lighthouse-audit';
import { runLighthouse } from './lighthouse';
import { metricsOf, type Metrics } from './lighthouse-metrics';
import { cpuSamples, pathOf, taskRows, type Share, type TaskRow } from './lighthouse-trace';
import { attribute, loadSourceMaps, type CallFrame, type TraceEvent } from './profile';

export interface TasksReport {
  path: string;
  metrics: Metrics | null;
  /** Lighthouse's interactive (TTI), simulated: the end of the table. */
  interactive: number | null;
  tasks: TaskRow[];
  /** Long tasks that start after interactive. */
  after: { count: number; total: number };
  /** Profiler samples seen on the main thread (0: no function attribution). */
  samples: number;
  bootup: { script: string; total: number; scripting: number; parseCompile: number }[];
  mainThread: Share[];
}

interface TableItems {
  items?: unknown[];
}

function itemsOf(lhr: Result, id: string): Record<string, unknown>[] {
  const details = lhr.audits[id]?.details as TableItems | undefined;
  return Array.isArray(details?.items) ? (details.items as Record<string, unknown>[]) : [];
}

const num = (v: unknown) => (typeof v === 'number' ? v : 0);

/** One profiled Lighthouse run of `path` on `origin`, serving the build in `distDir`. */
export async function measureTasks(
  origin: string,
  path: string,
  distDir: string,
  timeoutMs: number,
): Promise<TasksReport> {
  const config: Config = {
    extends: 'lighthouse:default',
    settings: {
      onlyAudits: [BENCH_LONG_TASKS],
      additionalTraceCategories: 'disabled-by-default-v8.cpu_profiler',
    },
    audits: [{ implementation: BenchLongTasksAudit }],
  };
  const { lhr, artifacts } = await runLighthouse(`${origin}${path}`, 'simulate', timeoutMs, config);
  const events = artifacts.Trace.traceEvents as unknown as TraceEvent[];
  if (process.env.BENCH_LH_TRACE_OUT)
    writeFileSync(process.env.BENCH_LH_TRACE_OUT, JSON.stringify({ traceEvents: events }));
  const outcome = metricsOf(lhr);
  const items = itemsOf(lhr, BENCH_LONG_TASKS) as unknown as LongTaskItem[];
  const interactive = lhr.audits.interactive?.numericValue ?? null;
  const main = items[0];
  // The profiler's samples of the thread the long tasks ran on (the page's main thread).
  const pid = main?.pid ?? 0;
  const tid = main?.tid ?? 0;
  const samples = main ? cpuSamples(events, pid, tid) : [];
  const scriptUrls = new Map<number, string>();
  for (const e of events) {
    const data = e.args?.data;
    if (typeof data?.scriptId === 'number' && typeof data.url === 'string' && data.url)
      scriptUrls.set(data.scriptId, data.url);
  }
  const urlOf = (f: CallFrame) => f.url || (f.scriptId ? scriptUrls.get(f.scriptId) : '') || '';
  const paths = new Set(samples.map((s) => pathOf(urlOf(s.frame), origin)));
  const maps = loadSourceMaps(distDir, '/', paths);
  const { rows, after } = taskRows(
    items,
    interactive ?? Infinity,
    samples,
    (frame) => {
      const url = urlOf(frame);
      return attribute({ ...frame, url }, maps, pathOf(url, origin));
    },
    origin,
    events,
  );
  return {
    path,
    metrics: outcome.ok ? outcome.metrics : null,
    interactive,
    tasks: rows,
    after,
    samples: samples.length,
    bootup: itemsOf(lhr, 'bootup-time').map((i) => ({
      script: pathOf(String(i.url), origin),
      total: num(i.total),
      scripting: num(i.scripting),
      parseCompile: num(i.scriptParseCompile),
    })),
    mainThread: itemsOf(lhr, 'mainthread-work-breakdown').map((i) => ({
      name: String(i.groupLabel ?? i.group),
      ms: num(i.duration),
    })),
  };
}
