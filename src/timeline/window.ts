import { CALENDAR_END_MS, CALENDAR_START_MS, DAY_MS } from '../data/dates';
import type { TimeWindow } from '../data/spans';

/**
 * Moves `window` (keeping its width, i.e. the zoom) just enough that
 * [start, end] is in view with a small margin. A range longer than the window
 * is aligned on its start.
 */
export function panWindowToInclude(window: TimeWindow, start: number, end: number): TimeWindow {
  const width = window.end - window.start;
  const margin = width * 0.05;
  const inner = width - 2 * margin;
  if (start >= window.start + margin && end <= window.end - margin) return window;
  if (end - start > inner || start < window.start + margin) {
    const newStart = start - margin;
    return { start: newStart, end: newStart + width };
  }
  const newEnd = end + margin;
  return { start: newEnd - width, end: newEnd };
}

const floorDay = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;
const ceilDay = (ms: number) => Math.ceil(ms / DAY_MS) * DAY_MS;
/** Inside years 1..9999, the only years a link (and a dataset) can write. */
const inCalendar = (start: number, end: number): TimeWindow => ({
  start: Math.max(CALENDAR_START_MS, start),
  end: Math.min(CALENDAR_END_MS, end),
});

/**
 * The whole story with a margin on each side, in whole days (so that the
 * widest zoom is a whole number of days and a link's days give it back
 * exactly), never outside years 1..9999.
 */
export function extentWithMargin(min: number, max: number): TimeWindow {
  const span = Math.max(max - min, 365 * DAY_MS);
  // Wide enough that a box item at either end fits with its label.
  const margin = span * 0.1;
  return inCalendar(floorDay(min - margin), ceilDay(max + margin));
}

/**
 * How far the timeline may be panned: half the story's span on each side,
 * never outside years 1..9999. It zooms out to the story's extent.
 */
export function timelineBounds(extent: TimeWindow): TimeWindow {
  const span = extent.end - extent.start;
  return inCalendar(floorDay(extent.start - span * 0.5), ceilDay(extent.end + span * 0.5));
}

/** Narrowest window the timeline zooms to. */
export const MIN_WINDOW_MS = 60 * DAY_MS;

/** Widest window the timeline zooms to: the story's extent. */
export function maxWindowWidth(extent: TimeWindow): number {
  return extent.end - extent.start;
}

/**
 * The window the timeline shows for `window`: no narrower than the narrowest
 * zoom and no wider than the widest (both around its middle), then moved
 * inside the bounds. These are vis-timeline's own constraints (zoomMin,
 * zoomMax, min, max): a window that meets them is shown as it is, so the
 * store, the link and the axis always agree. Returns `window` itself when it
 * already fits.
 */
export function fitWindow(window: TimeWindow, extent: TimeWindow): TimeWindow {
  const bounds = timelineBounds(extent);
  const width = window.end - window.start;
  const fitted = Math.min(maxWindowWidth(extent), Math.max(MIN_WINDOW_MS, width));
  let start = window.start;
  let end = window.end;
  if (fitted !== width) {
    const mid = (start + end) / 2;
    start = mid - fitted / 2;
    end = start + fitted;
  }
  if (start < bounds.start) {
    start = bounds.start;
    end = start + fitted;
  } else if (end > bounds.end) {
    end = bounds.end;
    start = end - fitted;
  }
  return start === window.start && end === window.end ? window : { start, end };
}

/**
 * The window a link asks for, as the timeline can show it: the part inside
 * the bounds, then fitted (see {@link fitWindow}); null if none of it is
 * inside the bounds.
 */
export function windowFromLink(window: TimeWindow, extent: TimeWindow): TimeWindow | null {
  const bounds = timelineBounds(extent);
  if (!(window.end > window.start) || window.end <= bounds.start || window.start >= bounds.end)
    return null;
  const start = Math.max(window.start, bounds.start);
  const end = Math.min(window.end, bounds.end);
  const cut = start === window.start && end === window.end ? window : { start, end };
  return fitWindow(cut, extent);
}

/** The narrowest frame a selection gets: enough years on the axis to place the event in time. */
export const MIN_FRAME_MS = 2 * 365.25 * DAY_MS;
/** Room kept before the first framed item, as a share of the framed span. */
const FRAME_BEFORE = 0.08;
/** Room kept after the last framed item, for its label. */
const FRAME_AFTER = 0.35;

/**
 * The window that frames a selection: the selected event whole, and the
 * starts of its neighbours (about two on each side), with room before the
 * first and, for its label, after the last; never narrower than
 * {@link MIN_FRAME_MS}, then fitted to what the timeline can show.
 */
export function frameWindow(
  selected: TimeWindow,
  neighbours: readonly TimeWindow[],
  extent: TimeWindow,
): TimeWindow {
  let lo = selected.start;
  let hi = Math.max(selected.start, selected.end);
  for (const n of neighbours) {
    lo = Math.min(lo, n.start);
    hi = Math.max(hi, n.start);
  }
  if (hi - lo < MIN_FRAME_MS) {
    const mid = (lo + hi) / 2;
    lo = mid - MIN_FRAME_MS / 2;
    hi = mid + MIN_FRAME_MS / 2;
  }
  const span = hi - lo;
  return fitWindow({ start: lo - span * FRAME_BEFORE, end: hi + span * FRAME_AFTER }, extent);
}
