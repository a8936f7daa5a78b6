import { describe, expect, it } from 'vitest';
import type { LighthouseOutcome, LighthouseResults, Metrics } from './measure/lighthouse-metrics';
import type { TasksReport } from './measure/lighthouse-tasks';
import { formatReport, type BenchResults } from './report';
import {
  compareCell,
  countedList,
  fmtMetric,
  lighthouseSection,
  lighthouseTargets,
  tasksSection,
} from './report-lighthouse';

const run = (
  m: Partial<Metrics>,
  lcpElement: string | null = 'p.story-summary',
): LighthouseOutcome => ({
  ok: true,
  metrics: {
    score: 90,
    fcp: 2000,
    lcp: 2500,
    tbt: 100,
    tti: 3000,
    si: 2000,
    cls: 0,
    mainThread: 2000,
    bytes: 512_000,
    ...m,
  },
  benchmarkIndex: 1000,
  lcpElement,
  shiftElement: null,
  warnings: [],
});

/** Three runs per page: the medians are the middle values given. */
function results(
  index: Partial<Metrics>[],
  event: Partial<Metrics>[],
  timelinejs: Partial<Metrics>[],
): LighthouseResults {
  return {
    version: '12.8.2',
    chromium: '156.0.0.0',
    paths: { index: '/', event: '/events/e-2019/', timelinejs: '/timelinejs-page/' },
    runs: {
      index: index.map((m) => run(m)),
      event: event.map((m) => run(m)),
      timelinejs: timelinejs.map((m) => run(m)),
    },
    devtools: { index: run(index[0]!), event: run(event[0]!), timelinejs: run(timelinejs[0]!) },
    external: { index: [], event: [], timelinejs: [] },
  };
}

function report(lighthouse: LighthouseResults | null, tasks: TasksReport | null = null): string {
  const r: BenchResults = {
    meta: {
      date: '2025-01-01T00:00:00Z',
      commit: 'abc',
      node: 'v20',
      chromium: '156',
      cpus: 2,
      cpuModel: 'cpu',
      runs: 3,
      quick: false,
      timeoutMs: 120_000,
      elapsedMs: 1000,
      load: [1, 1],
    },
    bundle: null,
    cold: null,
    selection: null,
    scale: null,
    large: null,
    memory: null,
    compare: null,
    profile: null,
    exports: null,
    build: null,
    lighthouse,
    tasks,
    blocked: new Map(),
    datasets: [],
    notes: [],
  };
  return formatReport(r);
}

const targetLine = (text: string, name: string) =>
  text.split('\n').find((l) => l.startsWith(`| ${name} |`)) ?? `(no line "${name}")`;

describe('compareCell and fmtMetric', () => {
  const s = (median: number) => ({ median, min: median, max: median, n: 1 });
  it('gives the score as a difference in points and times as ratios', () => {
    expect(compareCell('score', s(73), s(96))).toBe('−23 points');
    expect(compareCell('score', s(97), s(96))).toBe('+1 points');
    expect(compareCell('score', s(96), s(96))).toBe('±0 points');
    expect(compareCell('fcp', s(2300), s(1820))).toBe('1.26 ×');
    expect(compareCell('cls', s(0.1), s(0.05))).toBe('');
    expect(compareCell('tbt', s(100), null)).toBe('');
    expect(compareCell('tbt', s(100), s(0))).toBe('–');
  });

  it('formats each figure as Lighthouse shows it', () => {
    expect(fmtMetric('score', 72.6)).toBe('73');
    expect(fmtMetric('fcp', 2295)).toBe('2.29 s');
    expect(fmtMetric('tbt', 892.4)).toBe('892 ms');
    expect(fmtMetric('cls', 0.01234)).toBe('0.012');
    expect(fmtMetric('tti', 640)).toBe('640 ms');
  });
});

describe('the Lighthouse targets', () => {
  it('marks each target of issue 24 met or missed on the medians', () => {
    const text = report(
      results(
        // index: everything met (medians: score 97, TBT 100, TTI 2.0 s, FCP 1.4 s, LCP 2.0 s, CLS 0.01)
        [
          { score: 97, tbt: 100, tti: 2000, fcp: 1400, lcp: 2000, cls: 0.01 },
          { score: 99, tbt: 90, tti: 1900, fcp: 1300, lcp: 1900, cls: 0 },
          { score: 20, tbt: 900, tti: 9000, fcp: 9000, lcp: 9000, cls: 0.5 },
        ],
        // event page: everything missed
        [
          { score: 73, tbt: 892, tti: 4220, fcp: 2300, lcp: 2600, cls: 0.05 },
          { score: 73, tbt: 892, tti: 4220, fcp: 2300, lcp: 2600, cls: 0.05 },
          { score: 73, tbt: 892, tti: 4220, fcp: 2300, lcp: 2600, cls: 0.05 },
        ],
        // TimelineJS: score 96, TTI 2.34 s, FCP 1.82 s, LCP 2.34 s
        [
          { score: 96, tti: 2340, fcp: 1820, lcp: 2340 },
          { score: 95, tti: 2400, fcp: 1900, lcp: 2400 },
          { score: 97, tti: 2300, fcp: 1800, lcp: 2300 },
        ],
      ),
    );
    const index = 'Lighthouse mobile, index';
    const event = 'Lighthouse mobile, event page';
    expect(targetLine(text, `${index}: performance score ≥ 95`)).toMatch(
      /\| 97 \(median\) \| \*\*met\*\*/,
    );
    expect(targetLine(text, `${index}: performance score ≥ TimelineJS's`)).toMatch(/\*\*met\*\*/);
    expect(targetLine(text, `${index}: total blocking time ≤ 150 ms`)).toMatch(
      /\| 100 ms \(median\) \| \*\*met\*\*/,
    );
    expect(targetLine(text, `${index}: time to interactive ≤ TimelineJS's`)).toMatch(
      /2\.00 s \(TimelineJS 2\.34 s\) \| \*\*met\*\*/,
    );
    expect(targetLine(text, `${index}: first contentful paint ≤ 0.8 × TimelineJS's`)).toMatch(
      /0\.77 × .*\*\*met\*\*/,
    );
    expect(targetLine(text, `${index}: largest contentful paint ≤ 1.0 × TimelineJS's`)).toMatch(
      /0\.85 × .*\*\*met\*\*/,
    );
    expect(targetLine(text, `${index}: cumulative layout shift ≤ 0.02`)).toMatch(
      /0\.010 .*\*\*met\*\*/,
    );

    expect(targetLine(text, `${event}: performance score ≥ 95`)).toMatch(
      /\| 73 \(median\) \| \*\*missed\*\* by 22/,
    );
    expect(targetLine(text, `${event}: performance score ≥ TimelineJS's`)).toMatch(
      /\(TimelineJS 96\) \| \*\*missed\*\* by 23/,
    );
    expect(targetLine(text, `${event}: total blocking time ≤ 150 ms`)).toMatch(
      /\*\*missed\*\* by 742 ms/,
    );
    expect(targetLine(text, `${event}: time to interactive ≤ TimelineJS's`)).toMatch(
      /\*\*missed\*\*/,
    );
    expect(targetLine(text, `${event}: first contentful paint ≤ 0.8 × TimelineJS's`)).toMatch(
      /1\.26 × \(event page 2\.30 s, TimelineJS 1\.82 s\) \| \*\*missed\*\*/,
    );
    expect(targetLine(text, `${event}: largest contentful paint ≤ 1.0 × TimelineJS's`)).toMatch(
      /1\.11 × .*\*\*missed\*\*/,
    );
    expect(targetLine(text, `${event}: cumulative layout shift ≤ 0.02`)).toMatch(/\*\*missed\*\*/);
  });

  it('says "not measured" when Lighthouse did not run or TimelineJS failed', () => {
    expect(lighthouseTargets(null).every((t) => t.value === null)).toBe(true);
    const text = report(null);
    expect(
      targetLine(text, 'Lighthouse mobile, event page: total blocking time ≤ 150 ms'),
    ).toContain('not measured');
    const failedTl = results([{}], [{}], [{}]);
    failedTl.runs.timelinejs = [{ ok: false, reason: 'NO_FCP' }];
    const t = report(failedTl);
    expect(targetLine(t, "Lighthouse mobile, index: time to interactive ≤ TimelineJS's")).toContain(
      'not measured',
    );
    expect(targetLine(t, "Lighthouse mobile, index: performance score ≥ TimelineJS's")).toContain(
      'not measured',
    );
    expect(targetLine(t, 'Lighthouse mobile, index: total blocking time ≤ 150 ms')).toContain(
      '**met**',
    );
  });
});

describe('lighthouseSection', () => {
  it('prints the medians with their range, the ratios to TimelineJS, the devtools run and the failures', () => {
    const l = results(
      [{ fcp: 2200 }, { fcp: 2400 }, { fcp: 2300 }],
      [{ tbt: 900 }, { tbt: 800 }],
      [{ fcp: 1800 }, { fcp: 1900 }, { fcp: 1700 }],
    );
    l.runs.event.push({ ok: false, reason: 'Lighthouse on x: no result within 120 s' });
    const text = lighthouseSection(l).join('\n');
    expect(text).toContain('## Lighthouse, mobile profile');
    expect(text).toContain(
      '| Measure | index `/` | event page `/events/e-2019/` | TimelineJS `/timelinejs-page/` |',
    );
    expect(text).toContain(
      '| first contentful paint | 2.30 s (2.20 s–2.40 s) | 2.00 s (2.00 s–2.00 s) | 1.80 s (1.70 s–1.90 s) | 1.28 × | 1.11 × |',
    );
    expect(text).toContain(
      '| total blocking time | 100 ms (100 ms–100 ms) | 850 ms (800 ms–900 ms) | 100 ms (100 ms–100 ms) | 1.00 × | 8.50 × |',
    );
    expect(text).toContain(
      '| bytes transferred | 500 KiB (500 KiB–500 KiB) | 500 KiB (500 KiB–500 KiB) | 500 KiB (500 KiB–500 KiB) | 1.00 × | 1.00 × |',
    );
    expect(text).toContain('| runs | 3 | 2 of 3 | 3 | | |');
    expect(text).toContain('With devtools throttling');
    expect(text).toContain(
      '| first contentful paint | 2.20 s | 2.00 s | 1.80 s | 1.22 × | 1.11 × |',
    );
    expect(text).toContain('- event page: Lighthouse on x: no result within 120 s');
    expect(text).toContain('benchmark index of this machine during the runs: median 1000');
    expect(text).toContain(
      'Largest contentful paint element (runs of the mobile profile): index: `p.story-summary` (3); event page: `p.story-summary` (2); TimelineJS: `p.story-summary` (3).',
    );
    expect(text).toContain("Largest layout shift's element: index: `none` (3);");
  });

  it('counts the elements, the most frequent first', () => {
    expect(countedList(['a', 'b', 'b', 'c', 'b', 'a'])).toBe('`b` (3), `a` (2), `c` (1)');
    expect(countedList(['one'])).toBe('`one`');
    expect(countedList(['has `ticks`'])).toBe("`has 'ticks'`");
    expect(countedList([])).toBe('–');
  });
});

describe('tasksSection', () => {
  it('prints one row per long task and what came after interactive', () => {
    const t: TasksReport = {
      path: '/events/e-2019/',
      metrics: {
        score: 61,
        fcp: 2230,
        lcp: 4300,
        tbt: 800,
        tti: 4300,
        si: 2500,
        cls: 0,
        mainThread: 4000,
        bytes: 550_000,
      },
      interactive: 4300,
      tasks: [
        {
          start: 1490,
          duration: 427,
          observedStart: 476,
          observedDuration: 107,
          script: 'Unattributable',
          groups: [{ name: 'script', ms: 370 }],
          events: [{ name: 'RunMicrotasks', ms: 375 }],
          libraries: [{ name: 'leaflet', ms: 343 }],
          functions: [{ name: 'project leaflet-src.js:1761', ms: 38 }],
        },
      ],
      after: { count: 2, total: 300 },
      samples: 3500,
      bootup: [{ script: '/assets/index.js', total: 1840, scripting: 1190, parseCompile: 4 }],
      mainThread: [{ name: 'Script Evaluation', ms: 1710 }],
    };
    const text = tasksSection(t).join('\n');
    expect(text).toContain('score 61, FCP 2.23 s, LCP 4.30 s, TBT 800 ms, interactive at 4.30 s');
    expect(text).toContain('1 task, 427 ms in all, 377 ms of it over 50 ms each');
    expect(text).toContain(
      '| 1 | 1.49 s | 427 ms | 476 ms, 107 ms | Unattributable | script 370 ms | RunMicrotasks 375 ms | leaflet 343 ms | project leaflet-src.js:1761 38 ms |',
    );
    expect(text).toContain('After interactive: 2 more long tasks, 300 ms in all.');
    expect(text).toContain('| /assets/index.js | 1.84 s | 1.19 s | 4 ms |');
    expect(text).toContain('| Script Evaluation | 1.71 s |');
    // In the whole report too.
    expect(report(null, t)).toContain('## Long tasks of the event page');
    expect(tasksSection({ ...t, path: '/' })[0]).toMatch(/^## Long tasks of the index page, /);
  });
});
