/**
 * The per-task breakdown's analysis of a Lighthouse trace (pure functions:
 * no Lighthouse, no browser): the sampling profiler's samples of a thread,
 * the trace events inside a task by self time, and the table's rows.
 */
import type { LongTaskItem } from './lighthouse-audit';
import type { CallFrame, TraceEvent } from './profile';

/** Lighthouse's task groups, as the table names them. */
export const GROUP_LABELS: Record<string, string> = {
  scriptEvaluation: 'script',
  scriptParseCompile: 'compile',
  styleLayout: 'style & layout',
  paintCompositeRender: 'paint',
  parseHTML: 'parse HTML/CSS',
  garbageCollection: 'GC',
  other: 'other',
};

export interface Share {
  name: string;
  /** ms at 4× (the observed time scaled like the task). */
  ms: number;
}

export interface TaskRow {
  /** Simulated start and duration (ms), as Lighthouse's long-tasks audit gives them. */
  start: number;
  duration: number;
  /** The same task as observed on this machine (1× CPU, under the profiler): ms since the time origin, ms. */
  observedStart: number;
  observedDuration: number;
  /** The script Lighthouse attributes it to (a path on the server), or "Unattributable". */
  script: string;
  /** Lighthouse's kinds of work (script, style & layout, …). */
  groups: Share[];
  /** The trace events inside the task by self time (Layout, FunctionCall, ParseHTML, …). */
  events: Share[];
  libraries: Share[];
  functions: Share[];
}

export interface Sample {
  /** µs, trace clock. */
  ts: number;
  /** µs until the next sample: the time this one stands for. */
  self: number;
  frame: CallFrame;
}

/**
 * The sampling profiler's samples of one thread, in time order, from the
 * trace's Profile and ProfileChunk events (a chunk carries new nodes, the
 * samples' node ids and the time deltas between samples).
 */
export function cpuSamples(events: readonly TraceEvent[], pid: number, tid: number): Sample[] {
  const profiles = new Map<string, { time: number; nodes: Map<number, CallFrame> }>();
  const raw: { ts: number; node: number; profile: string }[] = [];
  for (const e of events) {
    if (e.pid !== pid || !e.id) continue;
    if (e.name === 'Profile') {
      if (e.tid !== tid) continue;
      profiles.set(e.id, { time: e.args?.data?.startTime ?? e.ts, nodes: new Map() });
      continue;
    }
    if (e.name !== 'ProfileChunk') continue;
    const profile = profiles.get(e.id);
    if (!profile) continue;
    const data = e.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node.callFrame);
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      profile.time += deltas[i] ?? 0;
      raw.push({ ts: profile.time, node: samples[i]!, profile: e.id });
    }
  }
  raw.sort((a, b) => a.ts - b.ts);
  const out: Sample[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const frame = profiles.get(r.profile)?.nodes.get(r.node);
    if (!frame || frame.functionName === '(idle)') continue;
    const next = raw[i + 1];
    out.push({ ts: r.ts, self: next ? next.ts - r.ts : 0, frame });
  }
  return out;
}

/**
 * Self time (µs) by name of the complete ("X") trace events of one thread
 * inside [ts, ts + dur], the task's own event (RunTask) excluded: each
 * event's duration less that of the events nested in it.
 */
export function eventSelfTimes(
  events: readonly TraceEvent[],
  pid: number,
  tid: number,
  ts: number,
  dur: number,
): Map<string, number> {
  const inside = events
    .filter(
      (e) =>
        e.pid === pid &&
        e.tid === tid &&
        e.ph === 'X' &&
        typeof e.dur === 'number' &&
        e.ts >= ts &&
        e.ts + e.dur <= ts + dur &&
        !(e.name === 'RunTask' && e.ts === ts),
    )
    // Outer events first: by start, then the longer first.
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: { end: number; name: string }[] = [];
  for (const e of inside) {
    while (stack.length && stack[stack.length - 1]!.end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && e.ts + e.dur! <= parent.end)
      self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur!);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur!);
    stack.push({ end: e.ts + e.dur!, name: e.name });
  }
  return self;
}

/** Heaviest first, at most `limit`, with the ms scaled by `scale`. */
export function top(table: Map<string, number>, scale: number, limit: number): Share[] {
  return [...table.entries()]
    .map(([name, us]) => ({ name, ms: (us / 1000) * scale }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, limit);
}

/** A URL as a path when it is on `origin`. */
export function pathOf(url: string, origin: string): string {
  try {
    const u = new URL(url);
    return u.origin === origin ? `${u.pathname}${u.search}` : url;
  } catch {
    return url;
  }
}

/**
 * The table's rows: the long tasks that start before `interactive`, each
 * with the profiler's samples inside its observed span attributed to
 * functions and libraries by `attributeFrame`, scaled to the simulated
 * duration.
 */
export function taskRows(
  items: readonly LongTaskItem[],
  interactive: number,
  samples: readonly Sample[],
  attributeFrame: (frame: CallFrame) => { library: string; fn: string },
  origin: string,
  events: readonly TraceEvent[] = [],
): { rows: TaskRow[]; after: { count: number; total: number } } {
  const rows: TaskRow[] = [];
  const after = { count: 0, total: 0 };
  // In the order they ran (the simulation may move a task that no script is
  // attributed to ahead of the scripts it waited for).
  for (const item of [...items].sort((a, b) => a.observedStart - b.observedStart)) {
    if (item.start >= interactive) {
      after.count++;
      after.total += item.duration;
      continue;
    }
    const scale = item.observedDuration > 0 ? item.duration / item.observedDuration : 1;
    const fns = new Map<string, number>();
    const libs = new Map<string, number>();
    for (const s of samples) {
      if (s.ts < item.ts || s.ts >= item.ts + item.dur) continue;
      const { library, fn } = attributeFrame(s.frame);
      libs.set(library, (libs.get(library) ?? 0) + s.self);
      // Functions of scripts only: the browser's own work ("(program)", GC) is in the other columns.
      const name = s.frame.url || s.frame.scriptId ? fn : /^\(/.test(fn) ? null : `${fn} (native)`;
      if (name) fns.set(name, (fns.get(name) ?? 0) + s.self);
    }
    const groups = new Map(
      Object.entries(item.groups).map(([g, ms]) => [GROUP_LABELS[g] ?? g, ms * 1000]),
    );
    rows.push({
      start: item.start,
      duration: item.duration,
      observedStart: item.observedStart,
      observedDuration: item.observedDuration,
      script: pathOf(item.url, origin),
      groups: top(groups, scale, 3).filter((g) => g.ms >= 1),
      events: top(eventSelfTimes(events, item.pid, item.tid, item.ts, item.dur), scale, 3).filter(
        (e) => e.ms >= 1,
      ),
      libraries: top(libs, scale, 3).filter((l) => l.ms >= 1),
      functions: top(fns, scale, 3).filter((f) => f.ms >= 1),
    });
  }
  return { rows, after };
}
