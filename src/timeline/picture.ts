/**
 * The timeline's picture: what the timeline will show for a window, as
 * shares of the window's width, for a light static drawing (TimelinePicture)
 * that stands in for vis-timeline until it has drawn: in the page's HTML
 * made at build time, and on a phone while the timeline's code arrives. It
 * follows the same plan as the timeline (content.ts): the same rows, in the
 * same order, holding the same events.
 */
import type { Spans, TimeWindow } from '../data/spans';
import type { Category, TimelineEvent } from '../data/types';
import { planContent } from './content';
import type { Band } from './items';
import type { TimelineLayout } from './layout';

/** The width the items' panel is taken to have before it is measured (the build's picture). */
export const PICTURE_WIDTH = 800;
/** Least room between two year labels on the axis, as vis-timeline keeps it. */
const TICK_PX = 80;
/** Year steps the axis may take. */
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
/** A label starting this close to the far edge would be cut: it is left out. */
const LABEL_ROOM = 0.06;

export interface PictureRow {
  id: string;
  lane?: Category;
  /** The lane's first row: it carries the lane's name. */
  first: boolean;
}

export interface PictureMark {
  id: string;
  /** Index of its row in `rows`. */
  row: number;
  kind: 'point' | 'range' | 'count';
  category?: Category;
  /** Where it starts and ends, as shares of the window from its start (a point: start = end). */
  from: number;
  to: number;
  selected: boolean;
  /** A count's number of events. */
  count?: number;
}

export interface PictureTick {
  /** Share of the window from its start. */
  at: number;
  label: string;
}

export interface Picture {
  rows: PictureRow[];
  marks: PictureMark[];
  /** The eras' bands, as shares of the window. */
  bands: (Pick<Band, 'kind'> & { from: number; to: number })[];
  ticks: PictureTick[];
}

/** Year of a UTC time. */
const yearOf = (ms: number) => new Date(ms).getUTCFullYear();
const startOfYear = (year: number) => {
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  return d.getTime();
};

/**
 * Year ticks for a window `width` pixels wide: every year, or every 2, 5,
 * 10… years, whichever first leaves {@link TICK_PX} between labels.
 */
export function yearTicks(window: TimeWindow, width: number): PictureTick[] {
  const span = window.end - window.start;
  if (!(span > 0) || !(width > 0)) return [];
  const pxPerYear = (width * 365.25 * 86_400_000) / span;
  const step = YEAR_STEPS.find((s) => s * pxPerYear >= TICK_PX) ?? YEAR_STEPS.at(-1)!;
  const ticks: PictureTick[] = [];
  for (
    let year = Math.ceil(yearOf(window.start) / step) * step;
    startOfYear(year) < window.end;
    year += step
  ) {
    const at = (startOfYear(year) - window.start) / span;
    if (at >= 0 && at <= 1 - LABEL_ROOM) ticks.push({ at, label: String(year) });
  }
  return ticks;
}

/** Keeps a share a little past either edge, so that nothing is drawn far outside. */
const clampShare = (x: number) => Math.min(1.01, Math.max(-0.01, x));

/**
 * The picture of `window`, for the visible events: rows laid out by
 * `layout` (the timeline's own) at `width`, marks for the events and counts
 * the timeline would draw, the eras' bands and the axis's year ticks.
 */
export function timelinePicture(args: {
  visible: readonly TimelineEvent[];
  all: { spans: Spans; index: ReadonlyMap<string, number> };
  layout: TimelineLayout;
  window: TimeWindow;
  width: number;
  selectedId: string | null;
}): Picture {
  const { window, layout } = args;
  layout.update(args.visible, args.all, args.width);
  const plan = planContent({
    spans: layout.spans!,
    window,
    layout: layout.rows,
    layoutFor: (events, spans) => layout.rowsFor(events, spans),
    eventIndex: args.all.index,
  });
  const span = window.end - window.start;
  const share = (ms: number) => clampShare((ms - window.start) / span);
  const rowIndex = new Map(plan.rows.map((r, i) => [r.id, i]));
  const marks: PictureMark[] = [];
  for (const item of plan.items) {
    const row = rowIndex.get(item.row);
    if (row === undefined) continue;
    const from = share(item.span.start);
    const to = item.range ? share(item.span.end) : from;
    // Only what reaches into the window is drawn.
    if (item.range ? to <= from : from < 0 || from > 1) continue;
    marks.push({
      id: item.event.id,
      row,
      kind: item.range ? 'range' : 'point',
      category: item.event.category,
      from,
      to,
      selected: item.event.id === args.selectedId,
    });
  }
  const counts = rowIndex.get(plan.rows.find((r) => !r.lane)?.id ?? '');
  if (counts !== undefined)
    for (const b of plan.buckets)
      marks.push({
        id: b.id,
        row: counts,
        kind: 'count',
        from: share(b.start),
        to: share(b.end),
        selected: false,
        count: b.count,
      });
  return {
    rows: plan.rows,
    marks,
    bands: plan.bands
      .map((b) => ({ kind: b.kind, from: share(b.start), to: share(b.end) }))
      .filter((b) => b.to > b.from),
    ticks: yearTicks(window, args.width),
  };
}
