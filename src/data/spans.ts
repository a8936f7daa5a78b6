import { periodEndMs, periodStartMs } from './dates';
import type { TimelineEvent } from './types';

/** A stretch of time in UTC ms, e.g. the timeline's window: [start, end). */
export interface TimeWindow {
  start: number;
  end: number;
}

/**
 * Start of each event's first period and end (exclusive) of its last, in UTC
 * ms, aligned with `events`: dates parsed once per dataset.
 */
export interface Spans {
  events: readonly TimelineEvent[];
  start: Float64Array;
  end: Float64Array;
}

/**
 * The spans of `events`. Given the spans of a list they come from (with its
 * index by id), they are copied from there instead of parsing dates again.
 */
export function spansOf(
  events: readonly TimelineEvent[],
  from?: { spans: Spans; index: ReadonlyMap<string, number> },
): Spans {
  if (from && from.spans.events === events) return from.spans;
  const start = new Float64Array(events.length);
  const end = new Float64Array(events.length);
  events.forEach((e, i) => {
    const j = from?.index.get(e.id);
    if (from && j !== undefined && from.spans.events[j] === e) {
      start[i] = from.spans.start[j]!;
      end[i] = from.spans.end[j]!;
    } else {
      start[i] = periodStartMs(e.start);
      end[i] = periodEndMs(e.end ?? e.start);
    }
  });
  return { events, start, end };
}
