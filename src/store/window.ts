import type { TimeWindow } from './types';

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

/** The whole story with a margin on each side. */
export function extentWithMargin(min: number, max: number): TimeWindow {
  const span = Math.max(max - min, 365 * 24 * 3600 * 1000);
  // Wide enough that a box item at either end fits with its label.
  const margin = span * 0.1;
  return { start: min - margin, end: max + margin };
}

/** How far the timeline may be panned: half the story's span on each side. It zooms out to the story's extent. */
export function timelineBounds(extent: TimeWindow): TimeWindow {
  const span = extent.end - extent.start;
  return { start: extent.start - span * 0.5, end: extent.end + span * 0.5 };
}

/** Narrowest window the timeline zooms to. */
export const MIN_WINDOW_MS = 60 * 24 * 3600 * 1000;

/**
 * Clamps a window into the bounds, keeping its width where it fits and never
 * wider than `maxWidth` (the widest zoom, kept around the window's middle);
 * null if it cannot be shown at all.
 */
export function clampWindow(
  window: TimeWindow,
  bounds: TimeWindow,
  maxWidth = Infinity,
): TimeWindow | null {
  if (!(window.end > window.start) || window.end <= bounds.start || window.start >= bounds.end)
    return null;
  let start = Math.max(window.start, bounds.start);
  let end = Math.min(window.end, bounds.end);
  if (end - start > maxWidth) {
    const mid = (start + end) / 2;
    start = mid - maxWidth / 2;
    end = mid + maxWidth / 2;
  }
  if (end - start < MIN_WINDOW_MS) {
    const mid = (start + end) / 2;
    return { start: mid - MIN_WINDOW_MS / 2, end: mid + MIN_WINDOW_MS / 2 };
  }
  return { start, end };
}
