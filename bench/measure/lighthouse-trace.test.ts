import { describe, expect, it } from 'vitest';
import type { LongTaskItem } from './lighthouse-audit';
import { cpuSamples, eventSelfTimes, pathOf, taskRows, top, type Sample } from './lighthouse-trace';
import type { CallFrame, TraceEvent } from './profile';

const frame = (functionName: string, url = ''): CallFrame => ({
  functionName,
  url,
  lineNumber: 0,
  columnNumber: 0,
});

function profile(pid: number, tid: number, id: string, startTime: number): TraceEvent {
  return {
    name: 'Profile',
    cat: 'v8',
    ph: 'P',
    ts: startTime,
    pid,
    tid,
    id,
    args: { data: { startTime } },
  };
}

function chunk(
  pid: number,
  id: string,
  nodes: { id: number; callFrame: CallFrame }[],
  samples: number[],
  timeDeltas: number[],
): TraceEvent {
  return {
    name: 'ProfileChunk',
    cat: 'v8',
    ph: 'P',
    ts: 0,
    pid,
    // The chunks come from the profiler's own thread.
    tid: 99,
    id,
    args: { data: { cpuProfile: { nodes, samples }, timeDeltas } },
  };
}

describe('cpuSamples', () => {
  const a = frame('a', 'http://127.0.0.1:1/assets/x.js');
  const b = frame('b', 'http://127.0.0.1:1/assets/x.js');
  const events: TraceEvent[] = [
    profile(1, 1, '0x1', 1000),
    profile(1, 2, '0x2', 1000),
    chunk(
      1,
      '0x1',
      [
        { id: 1, callFrame: frame('(root)') },
        { id: 2, callFrame: a },
        { id: 3, callFrame: frame('(idle)') },
      ],
      [2, 2, 3],
      [10, 100, 100],
    ),
    chunk(1, '0x1', [{ id: 4, callFrame: b }], [4, 2], [50, 25]),
    // Another thread of the same process, and a profile nobody started.
    chunk(1, '0x2', [{ id: 1, callFrame: frame('worker') }], [1, 1], [5, 5]),
    chunk(1, '0x9', [{ id: 1, callFrame: frame('stray') }], [1], [5]),
  ];

  it("gives one thread's samples in time order, each standing for the time to the next", () => {
    const samples = cpuSamples(events, 1, 1);
    expect(samples.map((s) => [s.ts, s.self, s.frame.functionName])).toEqual([
      [1010, 100, 'a'],
      [1110, 100, 'a'],
      // 1210 is idle: left out, but it still ends the sample before it.
      [1260, 25, 'b'],
      [1285, 0, 'a'],
    ]);
  });

  it('gives nothing for a thread without a profile', () => {
    expect(cpuSamples(events, 1, 3)).toEqual([]);
    expect(cpuSamples(events, 2, 1)).toEqual([]);
  });
});

describe('eventSelfTimes', () => {
  const x = (name: string, ts: number, dur: number, tid = 1): TraceEvent => ({
    name,
    cat: 'devtools.timeline',
    ph: 'X',
    ts,
    dur,
    pid: 1,
    tid,
  });
  it("splits a task's time among the events in it, by self time", () => {
    const events = [
      x('RunTask', 0, 100),
      x('FunctionCall', 10, 60),
      x('Layout', 20, 30),
      x('UpdateLayoutTree', 22, 10),
      x('Paint', 80, 10),
      x('Layout', 90, 5),
      x('Layout', 90, 5, 2), // another thread
      x('Paint', 150, 10), // after the task
      { ...x('FunctionCall', 40, 1), ph: 'B' }, // not a complete event
    ];
    const self = eventSelfTimes(events, 1, 1, 0, 100);
    expect(Object.fromEntries(self)).toEqual({
      FunctionCall: 30,
      Layout: 25,
      UpdateLayoutTree: 10,
      Paint: 10,
    });
    expect(self.has('RunTask')).toBe(false);
  });
});

describe('top and pathOf', () => {
  it('keeps the heaviest, scaled from µs to ms', () => {
    const t = new Map([
      ['a', 1000],
      ['b', 5000],
      ['c', 3000],
    ]);
    expect(top(t, 4, 2)).toEqual([
      { name: 'b', ms: 20 },
      { name: 'c', ms: 12 },
    ]);
  });

  it('shows URLs on the origin as paths, others whole', () => {
    expect(pathOf('http://127.0.0.1:5/assets/a.js?x=1', 'http://127.0.0.1:5')).toBe(
      '/assets/a.js?x=1',
    );
    expect(pathOf('http://127.0.0.1:6/a.js', 'http://127.0.0.1:5')).toBe('http://127.0.0.1:6/a.js');
    expect(pathOf('Unattributable', 'http://127.0.0.1:5')).toBe('Unattributable');
  });
});

describe('taskRows', () => {
  const origin = 'http://127.0.0.1:5';
  const item = (over: Partial<LongTaskItem>): LongTaskItem => ({
    start: 0,
    duration: 200,
    observedStart: 0,
    observedDuration: 50,
    url: `${origin}/assets/index.js`,
    ts: 0,
    dur: 50_000,
    pid: 1,
    tid: 1,
    groups: {},
    ...over,
  });
  const js = frame('draw', `${origin}/assets/index.js`);
  const sample = (ts: number, self: number, f: CallFrame): Sample => ({ ts, self, frame: f });
  const attributeFrame = (f: CallFrame) => ({
    library: f.url ? 'vis-timeline' : '(browser)',
    fn: f.url ? `${f.functionName} timeline.js:1` : f.functionName,
  });

  it('lists the tasks before interactive in the order they ran, with what ran in them, at 4×', () => {
    const items = [
      // Simulated before the first, but it ran later.
      item({
        start: 100,
        observedStart: 300,
        ts: 300_000,
        url: 'Unattributable',
        groups: { garbageCollection: 50 },
      }),
      item({
        start: 500,
        observedStart: 100,
        ts: 100_000,
        groups: { scriptEvaluation: 40, styleLayout: 10 },
      }),
      item({ start: 5000, duration: 300, observedStart: 900, ts: 900_000 }),
      item({ start: 6000, duration: 80, observedStart: 950, ts: 950_000 }),
    ];
    const samples = [
      sample(100_000, 30_000, js),
      sample(130_000, 10_000, frame('measure')),
      sample(140_000, 10_000, frame('(program)')),
      sample(150_000, 5_000, js), // outside every task
      sample(310_000, 20_000, frame('(garbage collector)')),
    ];
    const { rows, after } = taskRows(items, 4000, samples, attributeFrame, origin);
    expect(after).toEqual({ count: 2, total: 380 });
    expect(rows.map((r) => r.observedStart)).toEqual([100, 300]);
    const [first, second] = rows;
    expect(first!.script).toBe('/assets/index.js');
    expect(first!.groups).toEqual([
      { name: 'script', ms: 160 },
      { name: 'style & layout', ms: 40 },
    ]);
    expect(first!.libraries).toEqual([
      { name: 'vis-timeline', ms: 120 },
      { name: '(browser)', ms: 80 },
    ]);
    // Script functions and native ones, not the browser's own "(program)".
    expect(first!.functions).toEqual([
      { name: 'draw timeline.js:1', ms: 120 },
      { name: 'measure (native)', ms: 40 },
    ]);
    expect(second!.script).toBe('Unattributable');
    expect(second!.groups).toEqual([{ name: 'GC', ms: 200 }]);
    expect(second!.functions).toEqual([]);
    expect(second!.libraries).toEqual([{ name: '(browser)', ms: 80 }]);
  });

  it('keeps every task when interactive is unknown', () => {
    const { rows, after } = taskRows(
      [item({}), item({ start: 1e6 })],
      Infinity,
      [],
      attributeFrame,
      origin,
    );
    expect(rows).toHaveLength(2);
    expect(after.count).toBe(0);
  });
});
