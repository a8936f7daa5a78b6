/**
 * Where the start-up time goes (`npm run bench -- --profile`): cold loads of
 * the app on its bundled dataset under a Chromium trace (timeline, V8
 * compile and execute, user timing, and the V8 sampling profiler), turned
 * into a table of phases from navigation start to ready and just after:
 * each script's download, compile and evaluation; the time spent in each
 * library (profiler samples mapped through the build's source maps to their
 * package, or to the app's own folder); the dataset's fetch, parse and
 * validation, the first React render, the timeline's construction and first
 * redraw, the map, the basemap's decode and first draw (the app's
 * performance marks, see src/lib/perf.ts); fonts; style, layout and paint.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from '@playwright/test';
import { SourceMapConsumer } from 'source-map-js';
import type { BenchBrowser } from '../browser';
import { median } from '../stats';
import { errorMessage, log } from '../util';
import { APP_READY, gotoReady } from './load';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    data?: Record<string, unknown> & {
      url?: string;
      scriptId?: number;
      documentLoaderURL?: string;
      requestId?: string;
      cpuProfile?: {
        nodes?: { id: number; parent?: number; callFrame: CallFrame }[];
        samples?: number[];
      };
      timeDeltas?: number[];
      startTime?: number;
      frame?: string;
      isMainFrame?: boolean;
    };
    frame?: string;
  };
}

export interface CallFrame {
  url?: string;
  scriptId?: number;
  functionName: string;
  lineNumber: number;
  columnNumber: number;
}

export interface Phase {
  phase: string;
  /** ms from navigation start, if the phase has a start. */
  start: number | null;
  /** ms spent (main-thread time, or the span of a network transfer). */
  duration: number;
  notes: string;
}

export interface ProfileRun {
  ready: number;
  phases: Phase[];
  /** Main-thread time per library or app folder, before ready and in the 1.5 s after. */
  libraries: Attributed[];
  /** The same per function (self time), the heaviest first. */
  functions: Attributed[];
}

export interface Attributed {
  name: string;
  beforeReady: number;
  afterReady: number;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
  // Script ids to URLs for the profiler's call frames.
  'disabled-by-default-devtools.v8-source-rundown',
];

async function readTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream ?? '')),
  );
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle: stream })) as {
      data: string;
      eof: boolean;
      base64Encoded?: boolean;
    };
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/**
 * Source maps of the served build, by URL path of the chunk
 * ("/assets/index-abc.js"), for a build served at `base` ("/" or "/floor/").
 */
export function loadSourceMaps(distDir: string, base: string, paths: Iterable<string>) {
  const maps = new Map<string, SourceMapConsumer>();
  for (const path of paths) {
    if (!path.startsWith(base)) continue;
    const file = join(distDir, `${path.slice(base.length)}.map`);
    if (existsSync(file))
      maps.set(path, new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8'))));
  }
  return maps;
}

/**
 * The library ("leaflet", "vis-timeline", "app: src/timeline", …) and the
 * function (original name and file:line through the source map) of a
 * position in a built chunk.
 */
export function attribute(
  frame: CallFrame,
  maps: Map<string, SourceMapConsumer>,
  path: string,
): { library: string; fn: string } {
  const fnName = frame.functionName || '(anonymous)';
  if (!frame.url) {
    if (fnName === '(garbage collector)') return { library: '(garbage collection)', fn: fnName };
    if (fnName === '(program)' || fnName === '(root)')
      return { library: '(browser: style, layout, paint, parse)', fn: fnName };
    return { library: '(browser)', fn: fnName };
  }
  const map = maps.get(path);
  if (!map) {
    const library = path.startsWith('/assets/') ? `(no source map) ${path}` : path;
    return { library, fn: `${fnName} ${path}` };
  }
  const original = map.originalPositionFor({
    line: frame.lineNumber + 1,
    column: frame.columnNumber,
  });
  const source = original.source ?? '';
  const where = source
    ? `${source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '')}:${String(original.line)}`
    : path;
  const fn = `${original.name ?? fnName} ${where}`;
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (inModules) return { library: inModules[1]!, fn };
  const inApp = /(?:^|\/)src\/([^/]+)\//.exec(source);
  if (inApp) return { library: `app: src/${inApp[1]!}`, fn };
  if (/(?:^|\/)src\/[^/]+$/.test(source)) return { library: 'app: src/*', fn };
  return { library: source ? `(other) ${source.slice(-40)}` : '(unmapped)', fn };
}

/** One profiled cold load. */
export async function profileLoad(
  bench: BenchBrowser,
  url: string,
  distDir: string,
  timeoutMs: number,
): Promise<ProfileRun> {
  const base = new URL(url).pathname;
  return bench.withPage('profile', timeoutMs + 30_000, async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
      transferMode: 'ReturnAsStream',
    });
    const ready = await gotoReady(page, url, APP_READY, timeoutMs);
    // The work right after ready (the basemap) counts too.
    await page.waitForTimeout(1_500);
    const events = await readTrace(cdp);
    if (process.env.BENCH_TRACE_OUT) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(process.env.BENCH_TRACE_OUT, JSON.stringify(events));
    }
    return analyse(events, ready, distDir, url, base);
  });
}

function analyse(
  events: TraceEvent[],
  ready: number,
  distDir: string,
  url: string,
  base: string,
): ProfileRun {
  const origin = new URL(url).origin;
  // The main frame's navigation start (of the page's own URL, not about:blank
  // nor an iframe) is the origin of every figure.
  const nav = events
    .filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url)
    .sort((a, b) => a.ts - b.ts)[0];
  const t0 = nav?.ts ?? Math.min(...events.map((e) => e.ts));
  const ms = (ts: number) => (ts - t0) / 1000;
  const readyTs = t0 + ready * 1000;
  const mainPid = nav?.pid;
  const mainTid = nav?.tid;
  const onMain = (e: TraceEvent) => e.pid === mainPid && e.tid === mainTid;
  const path = (url: string) => {
    try {
      const u = new URL(url);
      return u.origin === origin ? u.pathname : url;
    } catch {
      return url;
    }
  };
  const phases: Phase[] = [];
  const complete = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number');

  // Network: each script, stylesheet, font and data file.
  const requests = new Map<string, { url: string; start: number; end?: number }>();
  for (const e of events) {
    const data = e.args?.data;
    if (!data?.requestId) continue;
    if (e.name === 'ResourceSendRequest' && typeof data.url === 'string')
      requests.set(data.requestId, { url: data.url, start: e.ts });
    if (e.name === 'ResourceFinish') {
      const r = requests.get(data.requestId);
      if (r) r.end = e.ts;
    }
  }
  const scripts: string[] = [];
  for (const r of [...requests.values()].sort((a, b) => a.start - b.start)) {
    // Only the page's own files (not Chromium's internal pages, nor data: URLs).
    if (!r.url.startsWith(`${origin}/`)) continue;
    const p = path(r.url);
    if (!r.end || r.start > readyTs + 1.5e6) continue;
    const kind = /\.js$/.test(p)
      ? 'script'
      : /\.css$/.test(p)
        ? 'style sheet'
        : /\.woff2?$/.test(p)
          ? 'font'
          : /\.json$/.test(p)
            ? 'data'
            : /\.html?$|\/$/.test(p)
              ? 'page'
              : 'file';
    if (kind === 'script') scripts.push(p);
    phases.push({
      phase: `download ${kind}: ${p}`,
      start: ms(r.start),
      duration: (r.end - r.start) / 1000,
      notes: 'network span',
    });
  }

  // Compile per script (on the main thread, and streamed on a worker while
  // it downloads), and the evaluation of the module graph.
  const scriptUrls = new Map<number, string>();
  for (const e of events) {
    const data = e.args?.data;
    if (typeof data?.scriptId === 'number' && typeof data.url === 'string' && data.url)
      scriptUrls.set(data.scriptId, data.url);
  }
  const compiles = new Map<string, { start: number; main: number; streamed: number }>();
  for (const e of complete) {
    const isMain = ['v8.compile', 'v8.compileModule', 'V8.CompileCode'].includes(e.name);
    const isStream = e.name.includes('ScriptStreamingTask');
    if (!(isMain || isStream) || e.ts > readyTs) continue;
    const u = e.args?.data?.url;
    if (typeof u === 'string' && u && !u.startsWith(`${origin}/`)) continue;
    const key = typeof u === 'string' && u ? path(u) : isStream ? '(streamed, no URL)' : '';
    if (!key || !(key.endsWith('.js') || key.startsWith('('))) continue;
    const c = compiles.get(key) ?? { start: e.ts, main: 0, streamed: 0 };
    if (isMain && onMain(e)) c.main += e.dur!;
    else if (isStream) c.streamed += e.dur!;
    compiles.set(key, c);
  }
  for (const [p, c] of compiles)
    phases.push({
      phase: `compile: ${p}`,
      start: ms(c.start),
      duration: c.main / 1000,
      notes:
        c.streamed > 0
          ? `main thread; ${(c.streamed / 1000).toFixed(1)} ms streamed off it`
          : 'main thread',
    });
  const evaluations = complete.filter(
    (e) => onMain(e) && e.name === 'v8.evaluateModule' && e.ts <= readyTs,
  );
  const firstEval = evaluations[0];
  if (firstEval)
    phases.push({
      phase: 'evaluate: the start-up module graph',
      start: ms(firstEval.ts),
      duration: firstEval.dur! / 1000,
      notes: 'top-level code of every start-up chunk, then the first render it starts',
    });
  const later = evaluations.slice(1);
  if (later.length > 0)
    phases.push({
      phase: 'evaluate: chunks loaded later, before ready',
      start: ms(later[0]!.ts),
      duration: later.reduce((t, e) => t + e.dur!, 0) / 1000,
      notes: `${String(later.length)} evaluation(s)`,
    });

  // The app's own marks and measures (src/lib/perf.ts).
  const marks = events
    .filter(
      (e) =>
        e.cat.includes('blink.user_timing') &&
        /^(app|timeline|map|basemap|dataset|react):/.test(e.name),
    )
    .sort((a, b) => a.ts - b.ts);
  const measures = new Map<string, { start?: number; end?: number }>();
  for (const e of marks) {
    if (e.ph === 'b' || e.ph === 'e') {
      const m = measures.get(e.name) ?? {};
      if (e.ph === 'b') m.start = e.ts;
      else m.end = e.ts;
      measures.set(e.name, m);
    } else if (e.ph === 'R' || e.ph === 'I' || e.ph === 'n') {
      phases.push({
        phase: `mark ${e.name}`,
        start: ms(e.ts),
        duration: 0,
        notes: 'performance.mark',
      });
    }
  }
  for (const [name, m] of measures)
    if (m.start !== undefined && m.end !== undefined)
      phases.push({
        phase: name,
        start: ms(m.start),
        duration: (m.end - m.start) / 1000,
        notes: 'performance.measure',
      });

  // Style, layout, paint and HTML parsing on the main thread before ready.
  const sum = (names: string[], until = readyTs) =>
    complete
      .filter((e) => onMain(e) && names.includes(e.name) && e.ts <= until)
      .reduce((total, e) => total + e.dur!, 0) / 1000;
  phases.push({
    phase: 'parse HTML',
    start: null,
    duration: sum(['ParseHTML']),
    notes: 'before ready',
  });
  phases.push({
    phase: 'style',
    start: null,
    duration: sum(['UpdateLayoutTree', 'RecalculateStyles']),
    notes: 'before ready',
  });
  phases.push({ phase: 'layout', start: null, duration: sum(['Layout']), notes: 'before ready' });
  phases.push({
    phase: 'paint and composite',
    start: null,
    duration: sum(['Paint', 'PaintImage', 'CompositeLayers', 'Commit']),
    notes: 'before ready',
  });
  phases.push({
    phase: 'garbage collection',
    start: null,
    duration: sum(['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase']),
    notes: 'before ready',
  });

  // The sampling profiler: time per library, before ready and just after.
  const maps = loadSourceMaps(distDir, base, scripts);
  const nodes = new Map<number, CallFrame>();
  const libraries = new Map<string, { beforeReady: number; afterReady: number }>();
  const functions = new Map<string, { beforeReady: number; afterReady: number }>();
  const profiles = new Map<string, { time: number }>();
  for (const e of events) {
    if (e.name === 'Profile' && e.id) profiles.set(e.id, { time: e.args?.data?.startTime ?? e.ts });
    if (e.name !== 'ProfileChunk' || !e.id) continue;
    const profile = profiles.get(e.id);
    if (!profile || e.pid !== mainPid) continue;
    const data = e.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node.callFrame);
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      profile.time += deltas[i] ?? 0;
      const next = deltas[i + 1] ?? 0;
      const frame = nodes.get(samples[i]!);
      if (!frame || profile.time < t0 || profile.time > readyTs + 1.5e6) continue;
      if (frame.functionName === '(idle)') continue;
      const frameUrl = frame.url || (frame.scriptId ? scriptUrls.get(frame.scriptId) : '') || '';
      const { library, fn } = attribute({ ...frame, url: frameUrl }, maps, path(frameUrl));
      for (const [table, key] of [
        [libraries, library],
        [functions, `${library} · ${fn}`],
      ] as const) {
        const entry = table.get(key) ?? { beforeReady: 0, afterReady: 0 };
        if (profile.time <= readyTs) entry.beforeReady += next / 1000;
        else entry.afterReady += next / 1000;
        table.set(key, entry);
      }
    }
  }

  return {
    ready,
    phases,
    libraries: byTime(libraries),
    functions: byTime(functions),
  };
}

function byTime(table: Map<string, { beforeReady: number; afterReady: number }>): Attributed[] {
  return [...table.entries()]
    .map(([name, t]) => ({ name, ...t }))
    .sort((a, b) => b.beforeReady + b.afterReady - (a.beforeReady + a.afterReady));
}

export interface ProfileSummary {
  runs: ProfileRun[];
  phases: Phase[];
  libraries: Attributed[];
  functions: Attributed[];
}

/** Several profiled loads, summarized: medians per phase and per library. */
export async function measureProfile(
  bench: BenchBrowser,
  url: string,
  distDir: string,
  runs: number,
  timeoutMs: number,
): Promise<ProfileSummary> {
  const all: ProfileRun[] = [];
  for (let run = 1; run <= runs; run++) {
    try {
      const result = await profileLoad(bench, url, distDir, timeoutMs);
      log(
        `  profile ${url} run ${String(run)}/${String(runs)}: ready at ${result.ready.toFixed(0)} ms`,
      );
      all.push(result);
    } catch (error) {
      log(`  profile ${url} run ${String(run)}/${String(runs)} failed: ${errorMessage(error)}`);
    }
  }
  if (all.length === 0) throw new Error(`every profiled load of ${url} failed`);
  const phaseNames = [...new Set(all.flatMap((r) => r.phases.map((p) => p.phase)))];
  const phases = phaseNames.map((name) => {
    const found = all.flatMap((r) => r.phases.filter((p) => p.phase === name));
    const starts = found.flatMap((p) => (p.start === null ? [] : [p.start]));
    return {
      phase: name,
      start: starts.length ? median(starts) : null,
      duration: median(found.map((p) => p.duration)),
      notes: `${found[0]?.notes ?? ''}${found.length < all.length ? ` (in ${String(found.length)} of ${String(all.length)} runs)` : ''}`,
    };
  });
  phases.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity));
  const summarize = (pick: (r: ProfileRun) => Attributed[], limit: number): Attributed[] => {
    const names = [...new Set(all.flatMap((r) => pick(r).map((l) => l.name)))];
    return names
      .map((name) => {
        const rows = all.map(
          (r) => pick(r).find((l) => l.name === name) ?? { name, beforeReady: 0, afterReady: 0 },
        );
        return {
          name,
          beforeReady: median(rows.map((l) => l.beforeReady)),
          afterReady: median(rows.map((l) => l.afterReady)),
        };
      })
      .sort((a, b) => b.beforeReady + b.afterReady - (a.beforeReady + a.afterReady))
      .slice(0, limit);
  };
  return {
    runs: all,
    phases,
    libraries: summarize((r) => r.libraries, 40),
    functions: summarize((r) => r.functions, 40),
  };
}
