/**
 * The checks of a thread's events across the dataset (see `crossChecks.ts`, which
 * runs them after the thread's own structural checks): every id names an
 * event of the dataset, and none is listed twice. Pure; reports through
 * the callbacks it is given.
 */
import { ID_PATTERN } from '../lib/ids';

type PathSegment = string | number;

export interface ThreadCheckContext {
  /** Whether the dataset has an event with this id. */
  hasEvent(id: string): boolean;
  /** Reports a problem at a JSON path. */
  add(segments: PathSegment[], message: string): void;
  /** Reports an id that names no event (with the closest known ids). */
  unknownEvent(id: string, segments: PathSegment[]): void;
}

/** Reports the events of `threads[i]` listed twice or unknown, in file order. */
export function checkThreadEvents(
  thread: Record<string, unknown>,
  i: number,
  context: ThreadCheckContext,
): void {
  if (!Array.isArray(thread.events)) return;
  const seen = new Map<string, number>();
  (thread.events as unknown[]).forEach((ref, j) => {
    // Malformed ids are already reported by the structural pass.
    if (typeof ref !== 'string' || !ID_PATTERN.test(ref)) return;
    const segments = ['threads', i, 'events', j];
    const first = seen.get(ref);
    if (first !== undefined) {
      context.add(
        segments,
        `event ${JSON.stringify(ref)} is listed twice (also at threads[${String(i)}].events[${String(first)}])`,
      );
      return;
    }
    seen.set(ref, j);
    if (!context.hasEvent(ref)) context.unknownEvent(ref, segments);
  });
}
