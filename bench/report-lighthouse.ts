/**
 * The Lighthouse sections of the report: the mobile profile's medians for
 * the index page, an event page and TimelineJS with the ratios; the one
 * devtools-throttled run of each; the targets of issue 24; and the long
 * tasks of the event page, task by task.
 */
import {
  CONTENDERS,
  type Contender,
  type LighthouseOutcome,
  type LighthouseResults,
  type MetricKey,
  type Metrics,
} from './measure/lighthouse-metrics';
import type { TasksReport } from './measure/lighthouse-tasks';
import type { Share } from './measure/lighthouse-trace';
import { summarize, type Summary } from './stats';

/** A target line of the report (see report.ts). */
export interface LighthouseTarget {
  name: string;
  value: number | null;
  limit: number;
  op: 'lt' | 'le' | 'ge';
  fmt: (v: number) => string;
  detail?: string;
}

export const METRIC_LABELS: Record<MetricKey, string> = {
  score: 'performance score',
  fcp: 'first contentful paint',
  lcp: 'largest contentful paint',
  tbt: 'total blocking time',
  tti: 'time to interactive',
  si: 'speed index',
  cls: 'cumulative layout shift',
  mainThread: 'main-thread work, all of it',
  bytes: 'bytes transferred',
};

const LABELS: Record<Contender, string> = {
  index: 'index',
  event: 'event page',
  timelinejs: 'TimelineJS',
};

/** Seconds above one second, as Lighthouse shows them; ms below. */
export function fmtTime(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  return Math.abs(ms) >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

export function fmtMetric(key: MetricKey, v: number): string {
  if (!Number.isFinite(v)) return '–';
  if (key === 'score') return v.toFixed(0);
  if (key === 'cls') return v.toFixed(3);
  if (key === 'tbt') return `${v.toFixed(0)} ms`;
  if (key === 'bytes') return `${(v / 1024).toFixed(0)} KiB`;
  return fmtTime(v);
}

function okMetrics(outcomes: readonly LighthouseOutcome[]): Metrics[] {
  return outcomes.flatMap((o) => (o.ok ? [o.metrics] : []));
}

/** The median, min and max of one figure over the successful runs, or null. */
export function metricSummary(outcomes: readonly LighthouseOutcome[], key: MetricKey) {
  return summarize(okMetrics(outcomes).map((m) => m[key]));
}

function cell(key: MetricKey, s: Summary | null, ranges: boolean): string {
  if (!s) return '–';
  const m = fmtMetric(key, s.median);
  return ranges && s.n > 1 ? `${m} (${fmtMetric(key, s.min)}–${fmtMetric(key, s.max)})` : m;
}

/**
 * App / TimelineJS: for the score, the difference in points; for CLS, none
 * (a ratio of shifts near 0 means nothing); otherwise the ratio of the medians.
 */
export function compareCell(key: MetricKey, app: Summary | null, tl: Summary | null): string {
  if (!app || !tl || key === 'cls') return '';
  if (key === 'score') {
    const d = app.median - tl.median;
    return `${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs(d).toFixed(0)} points`;
  }
  return tl.median > 0 ? `${(app.median / tl.median).toFixed(2)} ×` : '–';
}

/** "`a` (3), `b` (2)": each distinct value with how often it came, the most frequent first. */
export function countedList(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const list = [...counts].sort((a, b) => b[1] - a[1]);
  if (list.length === 0) return '–';
  return list
    .map(([v, n]) => `\`${v.replace(/`/g, "'")}\`${values.length > 1 ? ` (${String(n)})` : ''}`)
    .join(', ');
}

function failures(outcomes: readonly LighthouseOutcome[]): string[] {
  return [...new Set(outcomes.flatMap((o) => (o.ok ? [] : [o.reason])))];
}

function metricTable(
  l: LighthouseResults,
  pick: (c: Contender) => readonly LighthouseOutcome[],
  ranges: boolean,
): string[] {
  const heading = CONTENDERS.map((c) => `${LABELS[c]} \`${l.paths[c]}\``);
  const lines = [
    `| Measure | ${heading.join(' | ')} | index / TimelineJS | event page / TimelineJS |`,
    '|---|--:|--:|--:|--:|--:|',
  ];
  for (const key of Object.keys(METRIC_LABELS) as MetricKey[]) {
    const s = Object.fromEntries(CONTENDERS.map((c) => [c, metricSummary(pick(c), key)])) as Record<
      Contender,
      Summary | null
    >;
    lines.push(
      `| ${METRIC_LABELS[key]} | ${CONTENDERS.map((c) => cell(key, s[c], ranges)).join(' | ')} | ${compareCell(key, s.index, s.timelinejs)} | ${compareCell(key, s.event, s.timelinejs)} |`,
    );
  }
  const counts = CONTENDERS.map((c) => {
    const all = pick(c);
    const ok = okMetrics(all).length;
    return ok === all.length ? String(ok) : `${String(ok)} of ${String(all.length)}`;
  });
  lines.push(`| runs | ${counts.join(' | ')} | | |`);
  return lines;
}

export function lighthouseSection(l: LighthouseResults): string[] {
  const runs = Math.max(...CONTENDERS.map((c) => l.runs[c].length));
  const bench = summarize(
    CONTENDERS.flatMap((c) =>
      l.runs[c].flatMap((o) => (o.ok && o.benchmarkIndex !== null ? [o.benchmarkIndex] : [])),
    ),
  );
  const lines = [
    '## Lighthouse, mobile profile',
    '',
    `Lighthouse ${l.version} in its default mobile configuration (simulated slow 4G: 150 ms round trips, 1.6 Mbit/s; a 4× slower CPU; a 412×823 screen), only the performance category, driving Chromium ${l.chromium} (a fresh profile per run).` +
      ' The production build is served as a host would serve it (the build’s .br/.gz files with Content-Encoding, hashed /assets/ immutable, pages and sw.js no-cache); TimelineJS 3 shows the same dataset (bench/timelinejs/), its files compressed the same way.' +
      ` ${String(runs)} run${runs === 1 ? '' : 's'} of each page, alternating (the order rotates); medians, with the extreme runs in brackets.` +
      (bench
        ? ` Lighthouse's benchmark index of this machine during the runs: median ${bench.median.toFixed(0)} (${bench.min.toFixed(0)}–${bench.max.toFixed(0)}; lower is slower, a loaded machine scores low and simulated times grow with it).`
        : ''),
    '',
    ...metricTable(l, (c) => l.runs[c], true),
    '',
  ];
  if (l.devtools) {
    const devtools = l.devtools;
    lines.push(
      'With devtools throttling (one run each: the same network and a 4× CPU slowdown applied while the page loads, measured rather than simulated):',
      '',
      ...metricTable(l, (c) => [devtools[c]], false),
      '',
    );
  }
  const elements = (pick: (o: Extract<LighthouseOutcome, { ok: true }>) => string | null) =>
    CONTENDERS.map(
      (c) =>
        `${LABELS[c]}: ${countedList(l.runs[c].flatMap((o) => (o.ok ? [pick(o) ?? 'none'] : [])))}`,
    ).join('; ');
  lines.push(
    `Largest contentful paint element (runs of the mobile profile): ${elements((o) => o.lcpElement)}.`,
    '',
    `Largest layout shift's element: ${elements((o) => o.shiftElement)}.`,
    '',
  );
  const failed = CONTENDERS.flatMap((c) =>
    [...failures(l.runs[c]), ...(l.devtools ? failures([l.devtools[c]]) : [])].map(
      (r) => `- ${LABELS[c]}: ${r}`,
    ),
  );
  if (failed.length) lines.push('Failed runs:', '', ...failed, '');
  return lines;
}

/** Issue 24's targets, on the medians of the mobile runs (not measured: null). */
export function lighthouseTargets(l: LighthouseResults | null): LighthouseTarget[] {
  const med = (c: Contender, key: MetricKey) => {
    const s = l ? metricSummary(l.runs[c], key) : null;
    return s ? s.median : null;
  };
  const ratio = (c: Contender, key: MetricKey) => {
    const a = med(c, key);
    const b = med('timelinejs', key);
    return a !== null && b !== null && b > 0 ? a / b : null;
  };
  const fmtRatio = (v: number) => `${v.toFixed(2)} ×`;
  const both = (c: Contender, key: MetricKey) =>
    `${LABELS[c]} ${fmtMetric(key, med(c, key) ?? NaN)}, TimelineJS ${fmtMetric(key, med('timelinejs', key) ?? NaN)}`;
  const out: LighthouseTarget[] = [];
  for (const c of ['index', 'event'] as const) {
    const page = `Lighthouse mobile, ${LABELS[c]}`;
    const tlScore = med('timelinejs', 'score');
    const tlTti = med('timelinejs', 'tti');
    out.push(
      {
        name: `${page}: performance score ≥ 95`,
        value: med(c, 'score'),
        limit: 95,
        op: 'ge',
        fmt: (v) => v.toFixed(0),
        detail: 'median',
      },
      {
        name: `${page}: performance score ≥ TimelineJS's`,
        value: tlScore === null ? null : med(c, 'score'),
        limit: tlScore ?? NaN,
        op: 'ge',
        fmt: (v) => v.toFixed(0),
        detail: `TimelineJS ${tlScore === null ? '–' : tlScore.toFixed(0)}`,
      },
      {
        name: `${page}: total blocking time ≤ 150 ms`,
        value: med(c, 'tbt'),
        limit: 150,
        op: 'le',
        fmt: (v) => `${v.toFixed(0)} ms`,
        detail: 'median',
      },
      {
        name: `${page}: time to interactive ≤ TimelineJS's`,
        value: tlTti === null ? null : med(c, 'tti'),
        limit: tlTti ?? NaN,
        op: 'le',
        fmt: fmtTime,
        detail: `TimelineJS ${fmtTime(tlTti ?? NaN)}`,
      },
      {
        name: `${page}: first contentful paint ≤ 0.8 × TimelineJS's`,
        value: ratio(c, 'fcp'),
        limit: 0.8,
        op: 'le',
        fmt: fmtRatio,
        detail: both(c, 'fcp'),
      },
      {
        name: `${page}: largest contentful paint ≤ 1.0 × TimelineJS's`,
        value: ratio(c, 'lcp'),
        limit: 1,
        op: 'le',
        fmt: fmtRatio,
        detail: both(c, 'lcp'),
      },
      {
        name: `${page}: cumulative layout shift ≤ 0.02`,
        value: med(c, 'cls'),
        limit: 0.02,
        op: 'le',
        fmt: (v) => v.toFixed(3),
        detail: 'median',
      },
    );
  }
  return out;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function shares(list: readonly Share[]): string {
  return list.map((s) => `${s.name} ${s.ms.toFixed(0)} ms`).join('; ') || '–';
}

export function tasksSection(t: TasksReport): string[] {
  const m = t.metrics;
  const total = t.tasks.reduce((s, r) => s + r.duration, 0);
  const blocking = t.tasks.reduce((s, r) => s + Math.max(0, r.duration - 50), 0);
  const lines = [
    `## Long tasks of ${t.path === '/' ? 'the index page' : 'the event page'}, one by one (Lighthouse mobile profile, one run of \`${t.path}\`)`,
    '',
    (m
      ? `This run: score ${m.score.toFixed(0)}, FCP ${fmtTime(m.fcp)}, LCP ${fmtTime(m.lcp)}, TBT ${m.tbt.toFixed(0)} ms, interactive at ${fmtTime(m.tti)}. `
      : '') +
      `Every main-thread task over 50 ms at 4× CPU from navigation to interactive, in the order they ran: ${String(t.tasks.length)} task${t.tasks.length === 1 ? '' : 's'}, ${fmtTime(total)} in all, ${fmtTime(blocking)} of it over 50 ms each.` +
      ' Start and duration are Lighthouse’s simulated ones (its "long-tasks" audit: 4× the CPU time observed, 2× for a task that lays out); "work" is the observed task’s time by Lighthouse’s kinds, and "trace events" the Chromium trace events in it by self time, both scaled the same way;' +
      ` libraries and functions are the V8 sampling profiler’s samples inside the observed task (${String(t.samples)} samples on the main thread; self time, scaled), mapped through the source maps of bench/out/app-profile (the same code as dist/). The profiler makes this run a little slower than the plain ones (its start shows as CpuProfiler::StartProfiling in the first task). Lighthouse’s simulation may start a task that no script is attributed to earlier than it ran.`,
    '',
    '| # | Starts | Takes (4×) | Observed (1×): at, takes | Script (Lighthouse) | Work | Trace events (self) | Libraries | Heaviest functions (self) |',
    '|--:|--:|--:|--:|---|---|---|---|---|',
    ...t.tasks.map(
      (r, i) =>
        `| ${String(i + 1)} | ${fmtTime(r.start)} | ${fmtTime(r.duration)} | ${fmtTime(r.observedStart)}, ${r.observedDuration.toFixed(0)} ms | ${escapeCell(r.script)} | ${escapeCell(shares(r.groups))} | ${escapeCell(shares(r.events))} | ${escapeCell(shares(r.libraries))} | ${escapeCell(shares(r.functions))} |`,
    ),
    '',
  ];
  if (t.after.count > 0)
    lines.push(
      `After interactive: ${String(t.after.count)} more long task${t.after.count === 1 ? '' : 's'}, ${fmtTime(t.after.total)} in all.`,
      '',
    );
  if (t.bootup.length)
    lines.push(
      'Per script (Lighthouse’s "bootup-time", at 4×):',
      '',
      '| Script | Total CPU time | Script evaluation | Parse & compile |',
      '|---|--:|--:|--:|',
      ...t.bootup.map(
        (b) =>
          `| ${escapeCell(b.script)} | ${fmtTime(b.total)} | ${fmtTime(b.scripting)} | ${fmtTime(b.parseCompile)} |`,
      ),
      '',
    );
  if (t.mainThread.length)
    lines.push(
      'Main-thread work by kind (Lighthouse’s "mainthread-work-breakdown", at 4×):',
      '',
      '| Kind | Time |',
      '|---|--:|',
      ...t.mainThread.map((g) => `| ${escapeCell(g.name)} | ${fmtTime(g.ms)} |`),
      '',
    );
  return lines;
}
