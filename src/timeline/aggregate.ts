import type { Spans, TimeWindow } from '../data/spans';
import type { TimelineEvent } from '../data/types';

export { spansOf, type Spans } from '../data/spans';

/** Above this many events in view, the timeline shows counts instead of items. */
export const ITEM_LIMIT = 300;
/** Number of count buckets across the (widened) window. */
export const BUCKETS = 48;

export interface Bucket {
  id: string;
  start: number;
  end: number;
  count: number;
}

export type TimelineContent =
  | { kind: 'items'; events: TimelineEvent[] }
  | { kind: 'buckets'; buckets: Bucket[]; eras: TimelineEvent[] };

/**
 * What the timeline should draw for a window. A story of at most `limit`
 * events (besides eras): all of it. Otherwise, few events in view (plus half a
 * window either side, so that a pan shows items at once): the events
 * themselves. Many: eras as they are and, for the rest, the number of events
 * starting in each of {@link BUCKETS} slices. vis-timeline then never lays out
 * more than a few hundred items, however large the dataset.
 */
export function timelineContent(
  spans: Spans,
  window: TimeWindow,
  limit = ITEM_LIMIT,
): TimelineContent {
  // A story small enough to draw whole is drawn whole, whatever the window:
  // a pan or a zoom then never waits for items.
  let total = 0;
  for (const event of spans.events) if (event.category !== 'era') total += 1;
  if (total <= limit) return { kind: 'items', events: [...spans.events] };
  const width = window.end - window.start;
  const from = window.start - width / 2;
  const to = window.end + width / 2;
  const inView: TimelineEvent[] = [];
  const eras: TimelineEvent[] = [];
  let others = 0;
  for (let i = 0; i < spans.events.length; i++) {
    if (spans.start[i]! > to || spans.end[i]! < from) continue;
    const event = spans.events[i]!;
    if (event.category === 'era') eras.push(event);
    else others += 1;
    inView.push(event);
  }
  if (others <= limit) return { kind: 'items', events: inView };

  const size = (to - from) / BUCKETS;
  const counts = new Array<number>(BUCKETS).fill(0);
  for (let i = 0; i < spans.events.length; i++) {
    if (spans.events[i]!.category === 'era') continue;
    const s = spans.start[i]!;
    if (s < from || s >= to) continue;
    counts[Math.min(BUCKETS - 1, Math.floor((s - from) / size))]! += 1;
  }
  const buckets: Bucket[] = [];
  counts.forEach((count, b) => {
    if (count === 0) return;
    const start = from + b * size;
    buckets.push({ id: `bucket:${Math.round(start)}`, start, end: start + size, count });
  });
  return { kind: 'buckets', buckets, eras };
}
