/**
 * Where each event sits on the timeline: one lane per category, in a fixed
 * order (eras first), and inside a lane, rows assigned once for the whole
 * story. Rows never change while the reader zooms or pans (rows without an
 * item in view collapse to nothing, so there are no empty bands), which is
 * what keeps the timeline from re-stacking under the reader's eyes.
 */
import { CATEGORIES, type Category, type TimelineEvent } from '../data/types';

/** Lanes from top to bottom. */
export const LANES: readonly Category[] = ['era', ...CATEGORIES.filter((c) => c !== 'era')];

export interface Row {
  /** Group id for vis-timeline, e.g. "diplomatic:0". */
  id: string;
  lane: Category;
  index: number;
}

export interface RowLayout {
  /** Rows from top to bottom. */
  rows: Row[];
  /** The row id of each event. */
  rowOf: Map<string, string>;
}

export interface RowOptions {
  /** Scale at which no two items of a row may touch (the timeline lays rows out for its frames). */
  pxPerMs: number;
  /** Width an event of no duration takes at that scale (its marker). */
  pointPx: number;
  /** Free space kept between two items of a row. */
  gapPx: number;
}

/**
 * Assigns each event a row in its category's lane: in order of start (longer
 * first on ties), each goes to the first row where it does not touch the
 * previous item at the given scale. Deeper zooms only add space, so the rows
 * found here hold at every zoom level at least that close.
 */
export function layoutRows(
  events: readonly TimelineEvent[],
  spans: { start: ArrayLike<number>; end: ArrayLike<number> },
  options: RowOptions,
): RowLayout {
  const minWidth = options.pointPx / options.pxPerMs;
  const gap = options.gapPx / options.pxPerMs;
  const order = events.map((_, i) => i);
  order.sort(
    (a, b) =>
      spans.start[a]! - spans.start[b]! ||
      spans.end[b]! - spans.end[a]! ||
      (events[a]!.id < events[b]!.id ? -1 : 1),
  );
  // Per lane, the end (with its gap) of the last item of each row.
  const rowEnds = new Map<Category, number[]>();
  const rowOf = new Map<string, string>();
  for (const i of order) {
    const event = events[i]!;
    const start = spans.start[i]!;
    const end = Math.max(spans.end[i]!, start + minWidth);
    let ends = rowEnds.get(event.category);
    if (!ends) rowEnds.set(event.category, (ends = []));
    let row = ends.findIndex((last) => last <= start);
    if (row === -1) row = ends.push(0) - 1;
    ends[row] = end + gap;
    rowOf.set(event.id, rowId(event.category, row));
  }
  const rows: Row[] = [];
  for (const lane of LANES) {
    const count = rowEnds.get(lane)?.length ?? 0;
    for (let index = 0; index < count; index++) rows.push({ id: rowId(lane, index), lane, index });
  }
  return { rows, rowOf };
}

export function rowId(lane: Category, index: number): string {
  return `${lane}:${String(index)}`;
}

/**
 * The longest beginning of `text` that fits in `maxPx`: the whole text, or
 * whole words followed by an ellipsis, or nothing when not even one word
 * fits. A label is never cut inside a word.
 */
export function fitLabel(text: string, maxPx: number, measure: (s: string) => number): string {
  if (measure(text) <= maxPx) return text;
  const words = text.split(/\s+/).filter(Boolean);
  let best = '';
  let lo = 1;
  let hi = words.length - 1;
  // Binary search on the number of words: widths grow with each word.
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const candidate = `${words
      .slice(0, mid)
      .join(' ')
      .replace(/[\s,;:–—-]+$/u, '')}…`;
    if (measure(candidate) <= maxPx) {
      best = candidate;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Whether two layouts put every event in the same row, with the same rows in the same order. */
export function sameRows(a: RowLayout, b: RowLayout): boolean {
  if (a.rows.length !== b.rows.length || a.rowOf.size !== b.rowOf.size) return false;
  for (let i = 0; i < a.rows.length; i++) if (a.rows[i]!.id !== b.rows[i]!.id) return false;
  for (const [id, row] of a.rowOf) if (b.rowOf.get(id) !== row) return false;
  return true;
}
