/**
 * Turns the measurements into one markdown table plus a Targets section.
 * Medians are over runs; "min" and "max" are the extreme runs. For
 * per-click and per-frame figures the pooled percentile is the median
 * column and the spread of the per-run percentiles is min/max.
 */
import { formatKiB, type AssetSize } from '../scripts/bundleSize';
import type { BuildRun } from './measure/build';
import type { CompareResult } from './measure/compare';
import type { ExportFigures } from './measure/exports';
import type { LighthouseResults } from './measure/lighthouse-metrics';
import type { TasksReport } from './measure/lighthouse-tasks';
import type { ProfileSummary } from './measure/profile';
import type { PlacesRun, SearchRun } from './measure/large';
import type { FetchedResource, Outcome } from './measure/load';
import { CHECKPOINTS, type MemoryRun, type MemorySample } from './measure/memory';
import type { FrameOutcome, ScaleRun } from './measure/scale';
import type { SelectionRun } from './measure/selection';
import { lighthouseSection, lighthouseTargets, tasksSection } from './report-lighthouse';
import { quantile, summarize, type Summary } from './stats';

export interface BenchMeta {
  date: string;
  commit: string;
  node: string;
  chromium: string;
  cpus: number;
  cpuModel: string;
  runs: number;
  quick: boolean;
  timeoutMs: number;
  elapsedMs: number;
  /** 1-minute load average at the start and at the end. */
  load: [number, number];
}

export interface BundleFigures {
  assets: AssetSize[];
  totalGzip: number;
  floorGzip: number;
  budgetGzip: number | null;
  /** Other files fetched at start-up (data, basemap), gzipped size where known. */
  otherFetches: { path: string; bytes: number; gzipBytes: number | null; beforeReady: boolean }[];
}

export interface ScaleFigures {
  events: number;
  runs: ScaleRun[];
}

export interface LargeFigures {
  events: number;
  places: number;
  search: SearchRun[];
  map: PlacesRun[];
}

export interface BenchResults {
  meta: BenchMeta;
  bundle: BundleFigures | null;
  cold: { outcomes: Outcome[]; fetched: FetchedResource[] } | null;
  selection: SelectionRun[] | null;
  scale: ScaleFigures[] | null;
  large: LargeFigures | null;
  /** The export encoders in Node (see measure/exports.ts). */
  exports: ExportFigures | null;
  memory: MemoryRun[] | null;
  compare: CompareResult[] | null;
  /** Where the start-up time goes: the app's trace, and the floor's for comparison. */
  profile: { app: ProfileSummary; floor: ProfileSummary | null } | null;
  /** `vite build` with synthetic bundled datasets. */
  build: BuildRun[] | null;
  /** Lighthouse's mobile profile: the index page, an event page and TimelineJS. */
  lighthouse: LighthouseResults | null;
  /** The event page's long tasks, one by one (--tasks). */
  tasks: TasksReport | null;
  blocked: Map<string, string[]>;
  datasets: { events: number; places?: number; bytes: number }[];
  notes: string[];
}

// ---------------------------------------------------------------------------
// Formatting

export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (Math.abs(ms) >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return `${ms.toFixed(Math.abs(ms) < 100 ? 1 : 0)} ms`;
}

function fmtMiB(bytes: number, signed = false): string {
  const text = `${(bytes / 1048576).toFixed(2)} MiB`;
  return signed && bytes >= 0 ? `+${text}` : text;
}

function fmtCount(n: number, signed = false): string {
  const text = Math.round(n).toLocaleString('en-US');
  return signed && n >= 0 ? `+${text}` : text;
}

function plural(n: number, word: string): string {
  return `${String(n)} ${word}${n === 1 ? '' : 's'}`;
}

interface Row {
  measure: string;
  median: string;
  min: string;
  max: string;
  n: string;
  notes: string;
}

function group(title: string): Row {
  return { measure: `**${title}**`, median: '', min: '', max: '', n: '', notes: '' };
}

function summaryRow(
  measure: string,
  s: Summary | null,
  fmt: (v: number) => string,
  n: string,
  notes = '',
): Row {
  if (!s) return { measure, median: '–', min: '–', max: '–', n, notes };
  return { measure, median: fmt(s.median), min: fmt(s.min), max: fmt(s.max), n, notes };
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(rows: Row[]): string {
  const header = '| Measure | Median | Min | Max | n | Notes |\n|---|--:|--:|--:|--:|---|';
  const body = rows.map(
    (r) => `| ${[r.measure, r.median, r.min, r.max, r.n, r.notes].map(escapeCell).join(' | ')} |`,
  );
  return [header, ...body].join('\n');
}

// ---------------------------------------------------------------------------
// Outcomes

function okValues(outcomes: readonly Outcome[]): number[] {
  return outcomes.flatMap((o) => (o.ok ? [o.ms] : []));
}

function failureNote(outcomes: readonly Outcome[]): string {
  const failed = outcomes.filter((o): o is Extract<Outcome, { ok: false }> => !o.ok);
  if (failed.length === 0) return '';
  const reasons = [...new Set(failed.map((o) => o.reason))];
  return `${String(failed.length)} failed: ${reasons.join('; ')}`;
}

/** "3/5" when some runs failed, else "5". */
function countCell(ok: number, total: number): string {
  return ok === total ? String(total) : `${String(ok)}/${String(total)}`;
}

function outcomeRow(measure: string, outcomes: readonly Outcome[], notes = ''): Row {
  const values = okValues(outcomes);
  const fail = failureNote(outcomes);
  const row = summaryRow(
    measure,
    summarize(values),
    fmtMs,
    countCell(values.length, outcomes.length),
    [notes, fail].filter(Boolean).join('; '),
  );
  if (values.length === 0 && outcomes.some((o) => !o.ok && o.timeout)) row.median = fail;
  return row;
}

function frameRow(measure: string, outcomes: readonly (FrameOutcome | null)[]): Row {
  const ran = outcomes.filter((o): o is FrameOutcome => o !== null);
  const ok = ran.flatMap((o) => (o.ok ? [o.stats] : []));
  const failed = ran.flatMap((o) => (o.ok ? [] : [o.reason]));
  const notes: string[] = [];
  if (ok.length) {
    notes.push(
      `worst frame ${fmtMs(Math.max(...ok.map((s) => s.max)))}; ${String(Math.round(summarize(ok.map((s) => s.frames))?.median ?? 0))} frames/run`,
    );
  }
  if (failed.length)
    notes.push(`${String(failed.length)} failed: ${[...new Set(failed)].join('; ')}`);
  if (ran.length < outcomes.length) notes.push(`${String(outcomes.length - ran.length)} not run`);
  return summaryRow(
    measure,
    summarize(ok.map((s) => s.p95)),
    fmtMs,
    countCell(ok.length, outcomes.length),
    notes.join('; '),
  );
}

// ---------------------------------------------------------------------------
// Sections

function bundleRows(b: BundleFigures): Row[] {
  const ratio = b.totalGzip / b.floorGzip;
  const budget =
    b.budgetGzip === null
      ? 'no budget file'
      : `budget ${formatKiB(b.budgetGzip)}: ${b.totalGzip <= b.budgetGzip ? 'within' : `OVER by ${formatKiB(b.totalGzip - b.budgetGzip)}`}`;
  const rows: Row[] = [
    group('Start-up download (gzip -9 of the files in dist/, measured once)'),
    {
      measure: 'JS + CSS on the start-up path, total',
      median: formatKiB(b.totalGzip),
      min: '',
      max: '',
      n: '',
      notes: `${plural(b.assets.length, 'file')}, ${formatKiB(b.assets.reduce((s, a) => s + a.bytes, 0))} raw; ${ratio.toFixed(3)} × library floor (${formatKiB(b.floorGzip)}); ${budget}`,
    },
  ];
  for (const a of b.assets) {
    rows.push({
      measure: `↳ ${a.file}`,
      median: formatKiB(a.gzipBytes),
      min: '',
      max: '',
      n: '',
      notes: `${formatKiB(a.bytes)} raw`,
    });
  }
  // One row per file, however often it was requested (Chromium asks for the
  // favicon again after history.replaceState/pushState).
  const seen = new Map<string, number>();
  for (const f of b.otherFetches) seen.set(f.path, (seen.get(f.path) ?? 0) + 1);
  for (const f of b.otherFetches) {
    const times = seen.get(f.path) ?? 0;
    if (times === 0) continue;
    seen.set(f.path, 0);
    rows.push({
      measure: `also fetched ${f.beforeReady ? 'before' : 'just after'} ready: ${f.path}`,
      median: f.gzipBytes === null ? '?' : formatKiB(f.gzipBytes),
      min: '',
      max: '',
      n: times > 1 ? `${String(times)}×` : '',
      notes: `${formatKiB(f.bytes)} raw; not JS/CSS, not in the total`,
    });
  }
  return rows;
}

function pooled(
  values: number[],
  perRun: number[][],
  q: number,
  measure: string,
  unit: string,
): Row {
  const perRunQ = perRun.filter((v) => v.length > 0).map((v) => quantile(v, q));
  const s = summarize(perRunQ);
  return {
    measure,
    median: values.length ? fmtMs(quantile(values, q)) : '–',
    min: s ? fmtMs(s.min) : '–',
    max: s ? fmtMs(s.max) : '–',
    n: String(values.length),
    notes: unit,
  };
}

interface SelectionFigures {
  heading: number[];
  map: number[];
  headingPerRun: number[][];
  mapPerRun: number[][];
  noMap: number;
  problems: string[];
}

function selectionFigures(runs: readonly SelectionRun[]): SelectionFigures {
  const headingPerRun = runs.map((r) =>
    r.clicks.flatMap((c) => (c.heading === null ? [] : [c.heading])),
  );
  const mapPerRun = runs.map((r) => r.clicks.flatMap((c) => (c.map === null ? [] : [c.map])));
  return {
    heading: headingPerRun.flat(),
    map: mapPerRun.flat(),
    headingPerRun,
    mapPerRun,
    noMap: runs.reduce((n, r) => n + r.clicks.filter((c) => c.map === null).length, 0),
    problems: runs.flatMap((r) => r.problems),
  };
}

function selectionRows(runs: readonly SelectionRun[]): Row[] {
  const f = selectionFigures(runs);
  const unit = 'pooled over all clicks; min/max: per-run percentile';
  const rows = [
    group(`Selection latency (click on a timeline item, ${plural(runs.length, 'run')})`),
    pooled(f.heading, f.headingPerRun, 0.5, 'pointerdown → details heading, p50', unit),
    pooled(f.heading, f.headingPerRun, 0.95, 'pointerdown → details heading, p95', unit),
    pooled(f.map, f.mapPerRun, 0.5, 'pointerdown → map starts moving, p50', unit),
    pooled(f.map, f.mapPerRun, 0.95, 'pointerdown → map starts moving, p95', unit),
  ];
  const extra: string[] = [];
  if (f.noMap) extra.push(`${plural(f.noMap, 'click')} did not move the map (already in view)`);
  if (f.problems.length)
    extra.push(
      `${plural(f.problems.length, 'problem')}: ${[...new Set(f.problems)].slice(0, 3).join('; ')}`,
    );
  if (extra.length) {
    const last = rows[rows.length - 1];
    if (last) last.notes = `${last.notes}; ${extra.join('; ')}`;
  }
  return rows;
}

function scaleRows(scale: readonly ScaleFigures[]): Row[] {
  const rows: Row[] = [group('Scale (synthetic datasets via data=)')];
  for (const { events, runs } of scale) {
    const n = events.toLocaleString('en-US');
    rows.push(
      outcomeRow(
        `${n} events: ready`,
        runs.map((r) => r.ready),
      ),
    );
    rows.push(
      frameRow(
        `${n} events: wheel-zoom frame time p95`,
        runs.map((r) => r.wheel),
      ),
    );
    rows.push(
      frameRow(
        `${n} events: drag frame time p95`,
        runs.map((r) => r.drag),
      ),
    );
  }
  return rows;
}

function keystrokeFigures(large: LargeFigures) {
  const perRun = large.search.map((r) => (r.keys?.ok ? r.keys.latencies : []));
  const results = large.search.flatMap((r) =>
    r.keys?.ok && r.keys.resultsMs !== null ? [r.keys.resultsMs] : [],
  );
  const failed = large.search.flatMap((r) => (r.keys && !r.keys.ok ? [r.keys.reason] : []));
  return { all: perRun.flat(), perRun, results, failed };
}

function largeRows(large: LargeFigures): Row[] {
  const n = large.events.toLocaleString('en-US');
  const p = large.places.toLocaleString('en-US');
  const k = keystrokeFigures(large);
  const unit = 'pooled over all keystrokes; min/max: per-run percentile';
  const rows: Row[] = [
    group(`Large datasets (search at ${n} events; map at ${p} places)`),
    outcomeRow(
      `${n} events: ready`,
      large.search.map((r) => r.ready),
    ),
    pooled(k.all, k.perRun, 0.5, `${n} events: search keystroke → next frame, p50`, unit),
    pooled(k.all, k.perRun, 0.95, `${n} events: search keystroke → next frame, p95`, unit),
    summaryRow(
      `${n} events: last keystroke → match count shown`,
      summarize(k.results),
      fmtMs,
      countCell(k.results.length, large.search.length),
      [
        'includes the pause the search waits for (250 ms)',
        k.failed.length
          ? `${String(k.failed.length)} failed: ${[...new Set(k.failed)].join('; ')}`
          : '',
      ]
        .filter(Boolean)
        .join('; '),
    ),
    outcomeRow(
      `${p} places: ready`,
      large.map.map((r) => r.ready),
    ),
    frameRow(
      `${p} places: map-drag frame time p95`,
      large.map.map((r) => r.drag),
    ),
  ];
  return rows;
}

function exportRows(x: ExportFigures): Row[] {
  const n = x.events.toLocaleString('en-US');
  const p = x.places.toLocaleString('en-US');
  const runs = String(x.index.length);
  return [
    group(`Exports (${n} events at ${p} places, whole files, in Node)`),
    summaryRow('index: places and sources by id, events by place', summarize(x.index), fmtMs, runs),
    ...Object.entries(x.formats).map(([format, ms]) =>
      summaryRow(
        `${format}: write the file`,
        summarize(ms),
        fmtMs,
        runs,
        `${((x.bytes[format] ?? 0) / 1e6).toFixed(1)} MB`,
      ),
    ),
  ];
}

function memoryRows(runs: readonly MemoryRun[]): Row[] {
  const ok = runs.flatMap((r) => (r.ok ? [r.samples] : []));
  const failed = runs.flatMap((r) => (r.ok ? [] : [r.reason]));
  const rows: Row[] = [
    group(`Memory (keyboard selections on the bundled dataset, ${plural(runs.length, 'run')})`),
  ];
  // Samples are in checkpoint order; a sample may be one selection past its checkpoint.
  const at = (samples: MemorySample[], k: number) => samples[CHECKPOINTS.indexOf(k)];
  const metric = (
    label: string,
    get: (s: MemorySample) => number | null,
    fmt: (v: number, signed?: boolean) => string,
  ) => {
    for (const k of [10, 500, 1000]) {
      const values = ok.flatMap((samples) => {
        const v = at(samples, k);
        const x = v ? get(v) : null;
        return x === null ? [] : [x];
      });
      rows.push(
        summaryRow(
          `${label} after ${String(k)} selections`,
          summarize(values),
          (v) => fmt(v),
          String(values.length),
        ),
      );
    }
    for (const [a, b] of [
      [10, 500],
      [500, 1000],
    ] as const) {
      const deltas = ok.flatMap((samples) => {
        const x = at(samples, a);
        const y = at(samples, b);
        const vx = x ? get(x) : null;
        const vy = y ? get(y) : null;
        return vx === null || vy === null ? [] : [vy - vx];
      });
      rows.push(
        summaryRow(
          `${label} growth ${String(a)} → ${String(b)}`,
          summarize(deltas),
          (v) => fmt(v, true),
          String(deltas.length),
          a === 500 ? 'should be ≈ 0 if nothing accumulates' : '',
        ),
      );
    }
  };
  metric('JS heap (after gc)', (s) => s.heap, fmtMiB);
  metric('DOM nodes', (s) => s.nodes, fmtCount);
  metric('JS event listeners', (s) => s.listeners, fmtCount);
  if (failed.length) {
    rows.push({
      measure: 'failed memory runs',
      median: String(failed.length),
      min: '',
      max: '',
      n: '',
      notes: [...new Set(failed)].join('; '),
    });
  }
  return rows;
}

type VitalKey = 'fcp' | 'lcp' | 'cls' | 'tbt';

/** One figure of the paint and layout measures, over the successful loads. */
export function vitalValues(outcomes: readonly Outcome[], key: VitalKey): number[] {
  return outcomes.flatMap((o) => {
    const v = o.ok ? o.vitals?.[key] : undefined;
    return typeof v === 'number' ? [v] : [];
  });
}

function vitalRow(measure: string, outcomes: readonly Outcome[], key: VitalKey, notes = ''): Row {
  const values = vitalValues(outcomes, key);
  const fmt = key === 'cls' ? (v: number) => v.toFixed(3) : fmtMs;
  return summaryRow(measure, summarize(values), fmt, String(values.length), notes);
}

function ratioRow(measure: string, a: number[], b: number[], notes: string): Row {
  const ma = summarize(a);
  const mb = summarize(b);
  const ratio = ma && mb && mb.median > 0 ? ma.median / mb.median : null;
  return {
    measure,
    median: ratio === null ? '–' : `${ratio.toFixed(2)} ×`,
    min: '',
    max: '',
    n: '',
    notes,
  };
}

const VITALS: [VitalKey, string, string][] = [
  ['fcp', 'first contentful paint', ''],
  ['lcp', 'largest contentful paint', 'the last candidate before ready'],
  ['cls', 'cumulative layout shift', 'until 1 s after ready'],
  ['tbt', 'total blocking time', 'long tasks between FCP and ready, time over 50 ms'],
];

function compareRows(compare: readonly CompareResult[]): Row[] {
  const rows: Row[] = [
    group(
      "Side by side: this app, the stack's floor and TimelineJS 3.9.11 (cold load to ready, alternating)",
    ),
  ];
  for (const c of compare) {
    const withFloor = c.floor.length > 0;
    const contenders: [string, readonly Outcome[], string][] = [
      ['this app', c.app, ''],
      ...(withFloor
        ? ([
            [
              'floor',
              c.floor,
              'bench/floor/: the same libraries, each used once (one item, one marker, one line)',
            ],
          ] as [string, readonly Outcome[], string][])
        : []),
      ['TimelineJS', c.timelinejs, 'ready: .tl-timemarker and .tl-slide'],
    ];
    const ratios = (name: string, key: VitalKey | 'ready', notes: string) => {
      const values = (o: readonly Outcome[]) =>
        key === 'ready' ? okValues(o) : vitalValues(o, key);
      const out: Row[] = [];
      if (withFloor)
        out.push(
          ratioRow(
            `${c.dataset.label}: ${name}, app / floor`,
            values(c.app),
            values(c.floor),
            `ratio of the medians${notes}`,
          ),
        );
      out.push(
        ratioRow(
          `${c.dataset.label}: ${name}, app / TimelineJS`,
          values(c.app),
          values(c.timelinejs),
          `ratio of the medians${notes}`,
        ),
      );
      return out;
    };
    for (const [who, outcomes, notes] of contenders)
      rows.push(outcomeRow(`${c.dataset.label}: ${who}, ready`, outcomes, notes));
    rows.push(...ratios('ready', 'ready', '; < 1: the app is ready first'));
    for (const [key, name, notes] of VITALS) {
      contenders.forEach(([who, outcomes], i) =>
        rows.push(
          vitalRow(`${c.dataset.label}: ${who}, ${name}`, outcomes, key, i === 0 ? notes : ''),
        ),
      );
      if (key === 'fcp' || key === 'lcp' || key === 'tbt')
        rows.push(...ratios(name, key, key === 'tbt' ? '' : '; < 1: the app paints first'));
    }
  }
  return rows;
}

function blockedRows(blocked: Map<string, string[]>): Row[] {
  const labels = [
    'app',
    'timelinejs',
    ...[...blocked.keys()].filter((k) => k !== 'app' && k !== 'timelinejs'),
  ];
  const rows: Row[] = [group('Offline check')];
  for (const label of labels) {
    const urls = blocked.get(label) ?? [];
    const hosts = [...new Set(urls.map((u) => u.slice(0, 60)))].slice(0, 3);
    rows.push({
      measure: `requests blocked (not 127.0.0.1/localhost): ${label === 'timelinejs' ? 'TimelineJS page' : label}`,
      median: String(urls.length),
      min: '',
      max: '',
      n: '',
      notes: hosts.join(', '),
    });
  }
  return rows;
}

/** The build at scale: one run per size (a build takes minutes). */
function buildRows(runs: readonly BuildRun[]): Row[] {
  const rows: Row[] = [group('Build (vite build, N synthetic events as the bundled dataset)')];
  for (const r of runs) {
    const n = r.events.toLocaleString('en-US');
    const pages = (3 * (r.events + 1)).toLocaleString('en-US');
    const one = (measure: string, value: string, notes = ''): Row => ({
      measure,
      median: value,
      min: '',
      max: '',
      n: '1',
      notes,
    });
    if (!r.ok) {
      rows.push(one(`${n} events: build`, 'failed', r.error ?? ''));
      continue;
    }
    rows.push(
      one(
        `${n} events: build time`,
        fmtMs(r.ms),
        `${pages} pages and as many preview images; ${fmtCount(r.files)} files, ${(r.bytes / 1e9).toFixed(2)} GB`,
      ),
      one(
        `${n} events: peak memory (RSS of the build's process tree)`,
        r.peakRss === null ? '–' : fmtMiB(r.peakRss),
        'sum over the process and its children, sampled every 200 ms',
      ),
    );
  }
  return rows;
}

// ---------------------------------------------------------------------------
// Targets

interface Target {
  name: string;
  /** Measured value (null: not measured). */
  value: number | null;
  limit: number;
  /** `lt`: must be < limit; `le`: ≤; `ge`: ≥. */
  op: 'lt' | 'le' | 'ge';
  fmt: (v: number) => string;
  detail?: string;
}

function targetLine(t: Target): string {
  if (t.value === null) return `| ${t.name} | not measured | – |`;
  if (!Number.isFinite(t.value))
    return `| ${t.name} | ${t.fmt(t.value)} | **missed** (did not finish) |`;
  if (Number.isNaN(t.limit)) return `| ${t.name} | not measured | – |`;
  const met =
    t.op === 'lt' ? t.value < t.limit : t.op === 'le' ? t.value <= t.limit : t.value >= t.limit;
  const diff = Math.abs(t.value - t.limit);
  const pct = t.limit === 0 ? '' : ` (${((diff / t.limit) * 100).toFixed(0)} %)`;
  const status = met
    ? `**met**, ${t.fmt(diff)}${pct} to spare`
    : `**missed** by ${t.fmt(diff)}${pct}; ${(t.value / t.limit).toFixed(2)} × the target`;
  return `| ${t.name} | ${t.fmt(t.value)}${t.detail ? ` (${t.detail})` : ''} | ${status} |`;
}

function medianOf(outcomes: readonly Outcome[] | undefined): number | null {
  const s = summarize(okValues(outcomes ?? []));
  return s ? s.median : null;
}

function timedOut(outcomes: readonly Outcome[] | undefined): number | null {
  const t = (outcomes ?? []).find((o) => !o.ok && o.timeout);
  return t ? Infinity : null;
}

function targets(r: BenchResults): Target[] {
  const build5k = r.build?.find((b) => b.events === 5_000);
  const scaleOf = (n: number) => r.scale?.find((s) => s.events === n);
  const ready = (n: number) => {
    const runs = scaleOf(n)?.runs.map((x) => x.ready);
    return medianOf(runs) ?? timedOut(runs);
  };
  const wheel10k = scaleOf(10_000)?.runs.flatMap((x) => (x.wheel?.ok ? [x.wheel.stats.p95] : []));
  const sel = r.selection ? selectionFigures(r.selection) : null;
  const keys = r.large ? keystrokeFigures(r.large) : null;
  const drags = r.large?.map.flatMap((x) => (x.drag?.ok ? [x.drag.stats.p95] : []));
  const timeoutMs = r.meta.timeoutMs;
  const bundledCompare = r.compare?.find((c) => c.dataset.bundled && c.floor.length > 0);
  const appReady = bundledCompare ? medianOf(bundledCompare.app) : null;
  const floorReady = bundledCompare ? medianOf(bundledCompare.floor) : null;
  const readyRatio = appReady !== null && floorReady ? appReady / floorReady : null;
  const tbts = bundledCompare ? vitalValues(bundledCompare.app, 'tbt') : [];
  const appTbt = tbts.length ? (summarize(tbts)?.median ?? null) : null;
  const fmtReady = (v: number) =>
    Number.isFinite(v) ? fmtMs(v) : `> ${fmtMs(timeoutMs)} (timeout)`;
  return [
    {
      name: '10k events: ready < 1.5 s',
      value: ready(10_000),
      limit: 1500,
      op: 'lt',
      fmt: fmtReady,
    },
    {
      name: '10k events: wheel-zoom frame p95 < 50 ms',
      value: wheel10k?.length ? (summarize(wheel10k)?.median ?? null) : null,
      limit: 50,
      op: 'lt',
      fmt: fmtMs,
      detail: 'median of per-run p95',
    },
    {
      name: '100k events: ready < 5 s',
      value: ready(100_000),
      limit: 5000,
      op: 'lt',
      fmt: fmtReady,
    },
    {
      name: '100k events: search keystroke → next frame p95 < 100 ms',
      value: keys?.all.length ? quantile(keys.all, 0.95) : null,
      limit: 100,
      op: 'lt',
      fmt: fmtMs,
      detail: 'pooled over all keystrokes',
    },
    {
      name: '5,000 places: map-drag frame p95 < 50 ms',
      value: drags?.length ? (summarize(drags)?.median ?? null) : null,
      limit: 50,
      op: 'lt',
      fmt: fmtMs,
      detail: 'median of per-run p95',
    },
    {
      name: 'GeoJSON export, 20,000 events at 5,000 places < 1 s',
      value: r.exports ? (summarize(r.exports.formats.geojson ?? [])?.median ?? null) : null,
      limit: 1000,
      op: 'lt',
      fmt: fmtMs,
      detail: 'median; the places layout and the index are listed above',
    },
    {
      name: 'selection → details heading p95 < 100 ms',
      value: sel?.heading.length ? quantile(sel.heading, 0.95) : null,
      limit: 100,
      op: 'lt',
      fmt: fmtMs,
      detail: 'pooled over all clicks',
    },
    {
      name: 'selection → map starts moving p95 < 100 ms',
      value: sel?.map.length ? quantile(sel.map, 0.95) : null,
      limit: 100,
      op: 'lt',
      fmt: fmtMs,
      detail: 'pooled over all clicks',
    },
    {
      name: 'bundled dataset: ready ≤ 1.25 × the floor (side by side)',
      value: readyRatio,
      limit: 1.25,
      op: 'le',
      fmt: (v) => `${v.toFixed(2)} ×`,
      ...(bundledCompare
        ? {
            detail: `app ${fmtMs(medianOf(bundledCompare.app) ?? NaN)}, floor ${fmtMs(medianOf(bundledCompare.floor) ?? NaN)}`,
          }
        : {}),
    },
    {
      name: 'bundled dataset: total blocking time before ready ≤ 50 ms',
      value: appTbt,
      limit: 50,
      op: 'le',
      fmt: fmtMs,
      detail: 'median',
    },
    ...lighthouseTargets(r.lighthouse),
    {
      name: 'start-up gzip ≤ 1.10 × library floor',
      value: r.bundle ? r.bundle.totalGzip : null,
      limit: r.bundle ? 1.1 * r.bundle.floorGzip : NaN,
      op: 'le',
      fmt: formatKiB,
      ...(r.bundle
        ? {
            detail: `${(r.bundle.totalGzip / r.bundle.floorGzip).toFixed(3)} × floor; limit ${formatKiB(1.1 * r.bundle.floorGzip)}`,
          }
        : {}),
    },
    {
      name: 'build of 5,000 events: peak memory ≤ 2 GiB',
      value: build5k ? (build5k.ok ? build5k.peakRss : Infinity) : null,
      limit: 2 * 2 ** 30,
      op: 'le',
      fmt: (v) => (Number.isFinite(v) ? fmtMiB(v) : 'failed'),
      ...(build5k?.ok ? { detail: `in ${fmtMs(build5k.ms)}` } : {}),
    },
  ];
}

// ---------------------------------------------------------------------------

export function formatReport(r: BenchResults): string {
  const m = r.meta;
  const rows: Row[] = [];
  if (r.bundle) rows.push(...bundleRows(r.bundle));
  if (r.cold) {
    rows.push(group('Cold load (bundled dataset, fresh context per run)'));
    rows.push(
      outcomeRow('navigation start → timeline items and map markers in the DOM', r.cold.outcomes),
    );
  }
  if (r.selection) rows.push(...selectionRows(r.selection));
  if (r.scale) rows.push(...scaleRows(r.scale));
  if (r.large) rows.push(...largeRows(r.large));
  if (r.exports) rows.push(...exportRows(r.exports));
  if (r.memory) rows.push(...memoryRows(r.memory));
  if (r.compare) rows.push(...compareRows(r.compare));
  if (r.build) rows.push(...buildRows(r.build));
  rows.push(...blockedRows(r.blocked));

  const datasets = r.datasets
    .map(
      (d) =>
        `${d.events.toLocaleString('en-US')} events${d.places ? ` at ${d.places.toLocaleString('en-US')} places` : ''} (${(d.bytes / 1e6).toFixed(1)} MB)`,
    )
    .join(', ');
  const lines = [
    '# Benchmark results',
    '',
    [
      m.date,
      `commit ${m.commit}`,
      `Node ${m.node}`,
      `Chromium ${m.chromium} (headless, 1366×820)`,
      `${plural(m.cpus, 'CPU')} (os.cpus().length; ${m.cpuModel})`,
      `load average ${m.load[0].toFixed(1)} → ${m.load[1].toFixed(1)}`,
      `${plural(m.runs, 'run')} per measure${m.quick ? ' (--quick)' : ''}`,
      `timeout ${fmtMs(m.timeoutMs)} per load or interaction`,
      `took ${fmtMs(m.elapsedMs)}`,
    ].join(' · '),
    '',
    `Synthetic datasets: ${datasets || 'none'} (scripts/gen-dataset.ts, seed 1).`,
    '',
    table(rows),
    '',
    '## Targets',
    '',
    '| Target | Measured | Status |',
    '|---|--:|---|',
    ...targets(r).map(targetLine),
    '',
  ];
  if (r.lighthouse) lines.push(...lighthouseSection(r.lighthouse));
  if (r.tasks) lines.push(...tasksSection(r.tasks));
  if (r.profile) lines.push(...profileSection(r.profile));
  const notes = [...r.notes];
  if (r.scale || r.large) {
    notes.push(
      'Frame times come in multiples of the 16.7 ms frame interval of headless Chromium: a p95 of 33.3 ms means that at least 5 % of the frames during the interaction were late by one frame or more.',
    );
  }
  if (r.memory) {
    notes.push(
      'Memory samples are taken with the first event selected and the map at rest, after gc. Growth from 10 to 500 can include one-time caches (for example the finer basemap, loaded the first time the map comes to rest zoomed in); growth from 500 to 1,000 is the one that shows accumulation.',
    );
  }
  if (notes.length) lines.push('## Notes', '', ...notes.map((n) => `- ${n}`), '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------
// Profile

function fmtAt(ms: number | null): string {
  return ms === null ? '' : `${ms.toFixed(0)} ms`;
}

export function profileSection(p: NonNullable<BenchResults['profile']>): string[] {
  const runs = p.app.runs.length;
  const ready = summarize(p.app.runs.map((r) => r.ready));
  const floorReady = p.floor ? summarize(p.floor.runs.map((r) => r.ready)) : null;
  const lines = [
    '## Where the start-up time goes',
    '',
    `A Chromium trace of ${plural(runs, 'cold load')} of the app on the bundled dataset (a build with source maps, bench/out/app-profile/)` +
      `${p.floor ? ` and of the floor app` : ''}; medians. Ready at ${ready ? fmtMs(ready.median) : '–'} under the trace` +
      `${floorReady ? ` (floor ${fmtMs(floorReady.median)})` : ''}; tracing slows both.` +
      ' Phases named "dataset:", "app:", "react:", "timeline:", "map:" and "basemap:" are the app\'s own User Timing measures (src/lib/perf.ts); a measure spans its start to its end, including any waiting.',
    '',
    '| Phase | Starts at | Takes | Notes |',
    '|---|--:|--:|---|',
    ...p.app.phases.map(
      (ph) =>
        `| ${escapeCell(ph.phase)} | ${fmtAt(ph.start)} | ${fmtMs(ph.duration)} | ${escapeCell(ph.notes)} |`,
    ),
    '',
    'Main-thread time by library (profiler samples mapped through the source maps; self time), before ready and in the 1.5 s after:',
    '',
    `| Library or part | App, before ready | App, after ready |${p.floor ? ' Floor, before ready |' : ''}`,
    `|---|--:|--:|${p.floor ? '--:|' : ''}`,
  ];
  const floorOf = (name: string) => p.floor?.libraries.find((l) => l.name === name);
  const names = [
    ...p.app.libraries.map((l) => l.name),
    ...(p.floor?.libraries.map((l) => l.name) ?? []).filter(
      (n) => !p.app.libraries.some((l) => l.name === n),
    ),
  ];
  for (const name of names) {
    const a = p.app.libraries.find((l) => l.name === name);
    const f = floorOf(name);
    if ((a?.beforeReady ?? 0) + (a?.afterReady ?? 0) + (f?.beforeReady ?? 0) < 0.5) continue;
    lines.push(
      `| ${escapeCell(name)} | ${a ? fmtMs(a.beforeReady) : '–'} | ${a ? fmtMs(a.afterReady) : '–'} |${p.floor ? ` ${f ? fmtMs(f.beforeReady) : '–'} |` : ''}`,
    );
  }
  lines.push(
    '',
    'The heaviest functions of the app (self time):',
    '',
    '| Function | Before ready | After ready |',
    '|---|--:|--:|',
    ...p.app.functions
      .slice(0, 20)
      .map((f) => `| ${escapeCell(f.name)} | ${fmtMs(f.beforeReady)} | ${fmtMs(f.afterReady)} |`),
    '',
  );
  return lines;
}
