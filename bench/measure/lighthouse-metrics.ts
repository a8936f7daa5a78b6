/**
 * The figures the Lighthouse section reads from a Lighthouse result, and
 * the names it gives them (no Lighthouse code: the report and the tests use
 * this module without loading Lighthouse).
 */
import type { Result } from 'lighthouse';
import { isAllowedUrl } from '../browser';

export const CONTENDERS = ['index', 'event', 'timelinejs'] as const;
export type Contender = (typeof CONTENDERS)[number];

export const METRICS = [
  'score',
  'fcp',
  'lcp',
  'tbt',
  'tti',
  'si',
  'cls',
  'mainThread',
  'bytes',
] as const;
export type MetricKey = (typeof METRICS)[number];
export type Metrics = Record<MetricKey, number>;

/** The Lighthouse audit behind each figure (the score is the performance category's, 0–100). */
export const METRIC_AUDITS: Record<Exclude<MetricKey, 'score'>, string> = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  tti: 'interactive',
  si: 'speed-index',
  cls: 'cumulative-layout-shift',
  mainThread: 'mainthread-work-breakdown',
  bytes: 'total-byte-weight',
};

export type LighthouseOutcome =
  | {
      ok: true;
      metrics: Metrics;
      /** Lighthouse's measure of this machine's speed at the time (higher is faster). */
      benchmarkIndex: number | null;
      /** The largest contentful paint's element, and the element of the largest layout shift. */
      lcpElement: string | null;
      shiftElement: string | null;
      warnings: string[];
    }
  | { ok: false; reason: string };

export type Throttling = 'simulate' | 'devtools';

export interface LighthouseResults {
  version: string;
  chromium: string;
  /** The pages measured, by contender (paths on the bench server). */
  paths: Record<Contender, string>;
  /** The mobile profile (simulated throttling), one outcome per run. */
  runs: Record<Contender, LighthouseOutcome[]>;
  /** One run of each with devtools throttling. */
  devtools: Record<Contender, LighthouseOutcome> | null;
  /** Requests to anything but 127.0.0.1/localhost, by contender (they cannot succeed). */
  external: Record<Contender, string[]>;
}

/** The figures of one Lighthouse result, or why there are none. */
export function metricsOf(lhr: Result): LighthouseOutcome {
  if (lhr.runtimeError) {
    return { ok: false, reason: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
  }
  const score = lhr.categories.performance?.score;
  if (typeof score !== 'number') return { ok: false, reason: 'no performance score' };
  const metrics: Partial<Metrics> = { score: Math.round(score * 100) };
  for (const [key, id] of Object.entries(METRIC_AUDITS) as [MetricKey, string][]) {
    const audit = lhr.audits[id];
    const value = audit?.numericValue;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return { ok: false, reason: `${id}: ${audit?.errorMessage ?? 'no value'}` };
    }
    metrics[key] = value;
  }
  return {
    ok: true,
    metrics: metrics as Metrics,
    benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
    lcpElement: firstNode(lhr.audits['largest-contentful-paint-element']?.details),
    shiftElement: firstNode(lhr.audits['layout-shifts']?.details),
    warnings: lhr.runWarnings.map(String),
  };
}

/**
 * The first element named in an audit's details (a `node` item, however deep
 * in lists and tables): the end of its selector and the start of its text.
 */
export function firstNode(details: unknown): string | null {
  if (!details || typeof details !== 'object') return null;
  const d = details as Record<string, unknown>;
  if (d.type === 'node') {
    const selector =
      typeof d.selector === 'string' ? d.selector.split(' > ').slice(-2).join(' > ') : '';
    const label = typeof d.nodeLabel === 'string' ? d.nodeLabel.replace(/\s+/g, ' ').trim() : '';
    const text = label.length > 40 ? `${label.slice(0, 40)}…` : label;
    return [selector, text && `"${text}"`].filter(Boolean).join(' ') || null;
  }
  for (const value of Object.values(d)) {
    const found = Array.isArray(value)
      ? value.reduce<string | null>((f, v) => f ?? firstNode(v), null)
      : typeof value === 'object'
        ? firstNode(value)
        : null;
    if (found) return found;
  }
  return null;
}

/** The URLs of the run's network requests that are not to this machine. */
export function externalRequests(lhr: Result): string[] {
  const details = lhr.audits['network-requests']?.details as { items?: unknown } | undefined;
  const items = Array.isArray(details?.items) ? (details.items as { url?: unknown }[]) : [];
  return items.flatMap((i) => (typeof i.url === 'string' && !isAllowedUrl(i.url) ? [i.url] : []));
}

/** The order of the contenders in run `run` (1-based): each goes first, second and last in turn. */
export function runOrder(run: number): Contender[] {
  const shift = (run - 1) % CONTENDERS.length;
  return [...CONTENDERS.slice(shift), ...CONTENDERS.slice(0, shift)];
}
