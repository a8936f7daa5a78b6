/**
 * How much of each item's title the timeline shows: as much as fits in the
 * room the item has (up to the next item of its row, or the visible part of
 * its bar, never past the window's edge), cut only between words. The
 * selected item's label takes the side with more room when its whole title
 * does not fit after it, and never covers another item or its label.
 * Distances are measured in time, so the same rules hold right to left.
 */
import type { TimeWindow } from '../data/spans';
import type { Placed } from './content';
import { fitLabel } from './lanes';

/** Space taken inside a point item besides its label: dot, padding, category shape. */
export const POINT_CHROME_PX = 30;
/** Space taken inside a bar besides its label. */
export const RANGE_CHROME_PX = 30;

export interface LabelPlan {
  text: string;
  /** The label runs before the point (towards earlier time) rather than after it. */
  flipped: boolean;
}

export interface LabelItem {
  id: string;
  /** The whole title. */
  title: string;
  placed: Placed;
}

/**
 * The label of every item for `window`, drawn `widthPx` wide, with
 * `measure` giving a text's width in pixels.
 */
export function planLabels(
  items: readonly LabelItem[],
  selectedId: string | null,
  window: TimeWindow,
  widthPx: number,
  measure: (text: string) => number,
): Map<string, LabelPlan> {
  const span = window.end - window.start;
  const px = (ms: number) => (ms / span) * widthPx;
  const plans = new Map<string, LabelPlan>();
  // Where the selected label, turned back, begins: the item before it in
  // its row must stop there.
  let turnedBack: { row: string; from: number; at: number } | null = null;

  const selected = items.find((i) => i.id === selectedId);
  if (selected && !selected.placed.range) {
    const { placed, title } = selected;
    const after = px(Math.min(placed.next, window.end) - placed.start) - POINT_CHROME_PX;
    const before = px(placed.start - Math.max(placed.previous, window.start)) - POINT_CHROME_PX;
    const needed = measure(title);
    const flipped = needed > after && before > after;
    const room = flipped ? before : after;
    const text = placed.start < window.start ? '' : fitLabel(title, room, measure);
    plans.set(selected.id, { text, flipped });
    if (flipped) {
      const width = measure(text) + POINT_CHROME_PX;
      turnedBack = {
        row: placed.row,
        from: placed.start - (width / widthPx) * span,
        at: placed.start,
      };
    }
  }

  for (const item of items) {
    if (plans.has(item.id)) continue;
    const { placed, title } = item;
    let room: number;
    if (placed.range) {
      const from = Math.max(placed.start, window.start);
      const to = Math.min(placed.end, window.end);
      room = px(to - from) - RANGE_CHROME_PX;
    } else if (placed.start < window.start) {
      // The point itself is out of view: a label would begin mid-title.
      room = 0;
    } else {
      let limit = Math.min(placed.next, window.end);
      if (turnedBack && turnedBack.row === placed.row && placed.start < turnedBack.at)
        limit = Math.min(limit, turnedBack.from);
      room = px(limit - placed.start) - POINT_CHROME_PX;
    }
    plans.set(item.id, { text: room > 0 ? fitLabel(title, room, measure) : '', flipped: false });
  }
  return plans;
}
