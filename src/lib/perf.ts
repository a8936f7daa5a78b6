/**
 * Start-up phases as User Timing measures, for `npm run bench -- --profile`
 * (bench/measure/profile.ts reads them from a Chromium trace) and for the
 * browser's own performance panel. Names start with the part of the app
 * ("dataset: …", "timeline: …", "map: …", "basemap: …", "react: …",
 * "app: …"). A measure costs a few microseconds; where the API is missing
 * (old browsers, tests without it) nothing is recorded.
 */

const perf: Performance | undefined =
  typeof performance !== 'undefined' && typeof performance.measure === 'function'
    ? performance
    : undefined;

const once = new Set<string>();

/** The current time for a later `measureSince`. */
export function now(): number {
  return perf ? perf.now() : 0;
}

/** Records `name` from `start` (a `now()`) to now. `firstOnly`: only the first time. */
export function measureSince(name: string, start: number, firstOnly = false): void {
  if (!perf) return;
  if (firstOnly) {
    if (once.has(name)) return;
    once.add(name);
  }
  try {
    perf.measure(name, { start, end: perf.now() });
  } catch {
    // A browser without User Timing Level 3: no figure.
  }
}

/** Runs `fn`, recording its duration as `name`. */
export function timed<T>(name: string, fn: () => T, firstOnly = false): T {
  const start = now();
  try {
    return fn();
  } finally {
    measureSince(name, start, firstOnly);
  }
}

/** Records the moment `name` (e.g. "app: ready"), once. */
export function markOnce(name: string): void {
  if (!perf || once.has(name)) return;
  once.add(name);
  try {
    perf.mark(name);
  } catch {
    // no figure
  }
}

/** When the mark `name` was recorded (ms since navigation start), or null. */
export function markTime(name: string): number | null {
  if (!perf || typeof perf.getEntriesByName !== 'function') return null;
  return perf.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
}
