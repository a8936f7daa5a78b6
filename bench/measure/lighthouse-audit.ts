/**
 * A Lighthouse audit of our own for the per-task breakdown (`--tasks`): the
 * same long tasks as Lighthouse's "long-tasks" audit (top-level main-thread
 * tasks of 50 ms or more, with the simulated timings of the mobile profile:
 * 4× the CPU time observed, 2× for tasks that lay out), all of them rather
 * than the 20 it displays, and, for each, what that audit leaves out: the
 * observed task's trace event (so that the CPU profile's samples inside it
 * can be attributed to functions) and its time by kind of work (script,
 * style and layout, parsing, GC…), measured on the observed task and its
 * children (the simulation keeps only the top-level task).
 */
import { Audit, type Artifacts } from 'lighthouse';
import LongTasks from 'lighthouse/core/audits/long-tasks.js';
import { LoadSimulator } from 'lighthouse/core/computed/load-simulator.js';
import { MainThreadTasks } from 'lighthouse/core/computed/main-thread-tasks.js';
import { NetworkRecords } from 'lighthouse/core/computed/network-records.js';
import { PageDependencyGraph } from 'lighthouse/core/computed/page-dependency-graph.js';
import {
  getAttributableURLForTask,
  getJavaScriptURLs,
} from 'lighthouse/core/lib/tracehouse/task-summary.js';

export const BENCH_LONG_TASKS = 'bench-long-tasks';

/** One long task, as the audit reports it (times in ms). */
export interface LongTaskItem {
  /** Start and duration under the audit's throttling (simulated for the mobile profile). */
  start: number;
  duration: number;
  /** Start (since the trace's time origin) and duration as observed on this machine. */
  observedStart: number;
  observedDuration: number;
  /** The script Lighthouse attributes the task to, or "Unattributable". */
  url: string;
  /** The observed task's trace event: ts in µs of the trace clock, dur in µs, thread. */
  ts: number;
  dur: number;
  pid: number;
  tid: number;
  /** Observed ms per Lighthouse task group (scriptEvaluation, styleLayout, parseHTML, …). */
  groups: Record<string, number>;
}

type Timing = { startTime: number; duration: number };
type Meta = typeof Audit.meta;
type Context = Parameters<typeof Audit.audit>[1];
type Product = Awaited<ReturnType<typeof Audit.audit>>;

export class BenchLongTasksAudit extends Audit {
  static override get meta(): Meta {
    return {
      id: BENCH_LONG_TASKS,
      scoreDisplayMode: Audit.SCORING_MODES.INFORMATIVE,
      title: 'Long main-thread tasks with their trace events (benchmark)',
      description: 'bench/measure/lighthouse-audit.ts',
      requiredArtifacts: ['Trace', 'DevtoolsLog', 'URL', 'GatherContext', 'SourceMaps'],
    };
  }

  static override async audit(artifacts: Artifacts, context: Context): Promise<Product> {
    const { settings } = context;
    const trace = artifacts.Trace;
    const devtoolsLog = artifacts.DevtoolsLog;
    const tasks = await MainThreadTasks.request(trace, context);
    const networkRecords = await NetworkRecords.request(devtoolsLog, context);
    const simulated = new Map<unknown, Timing>();
    if (settings.throttlingMethod === 'simulate') {
      // As Lighthouse's long-tasks audit does it.
      const graph = await PageDependencyGraph.request(
        {
          settings,
          trace,
          devtoolsLog,
          URL: artifacts.URL,
          SourceMaps: artifacts.SourceMaps,
          fromTrace: false,
        },
        context,
      );
      const simulator = await LoadSimulator.request({ devtoolsLog, settings }, context);
      const simulation = simulator.simulate(graph, { label: BENCH_LONG_TASKS });
      for (const [node, timing] of simulation.nodeTimings.entries())
        if (node.type === 'cpu') simulated.set(node.event, timing);
    }
    const jsURLs = getJavaScriptURLs(networkRecords);
    const items: LongTaskItem[] = [];
    for (const task of tasks) {
      if (task.parent || task.unbounded) continue;
      const timing: Timing =
        settings.throttlingMethod === 'simulate'
          ? (simulated.get(task.event) ?? { startTime: 0, duration: 0 })
          : task;
      if (timing.duration <= 50) continue;
      const { timeByTaskGroup } = LongTasks.getTimingBreakdown(task, undefined);
      items.push({
        start: timing.startTime,
        duration: timing.duration,
        observedStart: task.startTime,
        observedDuration: task.duration,
        url: getAttributableURLForTask(task, jsURLs),
        ts: task.event.ts,
        dur: task.duration * 1000,
        pid: task.event.pid,
        tid: task.event.tid,
        groups: Object.fromEntries(timeByTaskGroup),
      });
    }
    items.sort((a, b) => a.start - b.start);
    return {
      score: items.length === 0 ? 1 : 0,
      details: { type: 'debugdata', items },
    };
  }
}
