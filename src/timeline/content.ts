/**
 * What the timeline draws for a window: its rows and items, built from the
 * visible events, their fixed rows (lanes.ts) and the window (aggregate.ts).
 * Item content is built as DOM nodes with the given document.
 */
import type { Spans, TimeWindow } from '../data/spans';
import { spansOf } from '../data/spans';
import type { Category, TimelineEvent } from '../data/types';
import { translate, type Language, type MessageKey } from '../i18n';
import { MIN_WINDOW_MS } from './window';
import { timelineContent, type Bucket } from './aggregate';
import {
  bandItem,
  BUCKET_ROW,
  bucketItem,
  buildItem,
  eraBands,
  isDrawnAsPeriod,
  type Band,
  type TimelineItemSpec,
} from './items';
import type { RowLayout } from './lanes';
import type { GroupSpec } from './widget';

/** Where an item is drawn, for fitting labels: its extent, and the next item of its row. */
export interface Placed {
  start: number;
  end: number;
  range: boolean;
  /** End of the previous item in the same row (-Infinity for the first). */
  previous: number;
  /** Start of the next item in the same row (Infinity for the last). */
  next: number;
  row: string;
}

export interface Drawn {
  groups: GroupSpec[];
  items: TimelineItemSpec[];
  /** The events drawn as items, by event id. */
  placed: Map<string, Placed>;
  /** The counts drawn for crowded windows, by item id. */
  buckets: Map<string, Bucket>;
  /** Rows in order (ids), as drawn. */
  rowOrder: string[];
  /** What is drawn, as text: an equal signature means nothing to redraw. */
  signature: string;
}

/** Whether a window is as narrow as the timeline zooms (give or take rounding). */
export function atClosestZoom(window: TimeWindow): boolean {
  return window.end - window.start <= MIN_WINDOW_MS * 1.001;
}

/** Lane names shown at the start of each category's first row. */
export function laneLabel(lane: Category, lang: Language, doc: Document): HTMLElement {
  const el = doc.createElement('span');
  el.className = 'lane-label';
  const shape = doc.createElement('span');
  shape.className = `cat-shape cat-shape-${lane}`;
  shape.setAttribute('aria-hidden', 'true');
  const name = doc.createElement('span');
  name.className = 'lane-name';
  name.textContent = translate(lang, `category.${lane}` as MessageKey);
  el.append(shape, name);
  return el;
}

/** How far inside the window a dated event must be to keep its row open: its dot, not its edge. */
const EDGE_SHARE = 0.03;

/**
 * Whether an event shows in `window`: a period that reaches into it, or a
 * dated event whose dot is inside it (not on its very edge, where a row
 * would open for a dot cut in half).
 */
function inWindow(start: number, end: number, window: TimeWindow): boolean {
  const edge = (window.end - window.start) * EDGE_SHARE;
  // A day or less: a dot.
  if (end - start <= 86_400_000) return start > window.start + edge && start < window.end - edge;
  return start < window.end && end > window.start;
}

/**
 * The rows that hold an item in `window`: the others fold away, so that a
 * lane with nothing in the framed years takes no room.
 */
export function rowsInView(
  spans: Spans,
  events: readonly TimelineEvent[],
  rowOf: ReadonlyMap<string, string>,
  window: TimeWindow,
  eventIndex: ReadonlyMap<string, number>,
): Set<string> {
  const shownSpans = spansOf(events, { spans, index: eventIndex });
  const rows = new Set<string>();
  events.forEach((event, i) => {
    const row = rowOf.get(event.id);
    if (row && inWindow(shownSpans.start[i]!, shownSpans.end[i]!, window)) rows.add(row);
  });
  return rows;
}

/** The signature of what a window would draw, without building anything. */
export function contentSignature(
  spans: Spans,
  window: TimeWindow,
  rowOf?: ReadonlyMap<string, string>,
  eventIndex?: ReadonlyMap<string, number>,
): string {
  const content = timelineContent(spans, window);
  const rows =
    rowOf && eventIndex && content.kind === 'items'
      ? [...rowsInView(spans, content.events, rowOf, window, eventIndex)].sort().join(',')
      : '';
  return content.kind === 'items'
    ? `${rows}\n${content.events.map((e) => e.id).join('\n')}`
    : `${String(atClosestZoom(window))}\n` +
        content.buckets.map((b) => `${b.id}:${b.count}`).join('\n') +
        content.eras.map((e) => e.id).join('\n');
}

/** An event drawn in `window`: its extent, its row and whether it is a bar. */
export interface PlannedItem {
  event: TimelineEvent;
  span: { start: number; end: number };
  row: string;
  range: boolean;
}

/** What a window's plan is made from. */
export interface PlanInput {
  spans: Spans;
  window: TimeWindow;
  /** Rows for all of `spans.events`, or null to lay out only what is drawn. */
  layout: RowLayout | null;
  layoutFor: (events: readonly TimelineEvent[], spans: Spans) => RowLayout;
  eventIndex: ReadonlyMap<string, number>;
}

/** What a window draws, without building anything: the plan both the timeline and its picture follow. */
export interface ContentPlan {
  /** The events drawn, in chronological order. */
  items: PlannedItem[];
  /** Where each drawn event is, by event id (with its neighbours in its row). */
  placed: Map<string, Placed>;
  /** The rows drawn, top to bottom; the lane's name goes on its first (`first`). */
  rows: { id: string; lane?: Category; first: boolean }[];
  /** The eras' background bands. */
  bands: Band[];
  /** The counts drawn for a crowded window (none when its events are drawn). */
  buckets: Bucket[];
  /** The row of every event laid out (drawn or not). */
  rowOf: ReadonlyMap<string, string>;
}

/**
 * The rows and items for `window`: the events in and around it in their
 * rows, or counts where the window holds too many; era bands behind them.
 * Rows with nothing drawn are left out.
 */
export function planContent(args: PlanInput): ContentPlan {
  const { spans, window } = args;
  const content = timelineContent(spans, window);
  const shown = content.kind === 'items' ? content.events : content.eras;
  const shownSpans = spansOf(shown, { spans, index: args.eventIndex });
  const rows = args.layout ?? args.layoutFor(shown, shownSpans);
  // Rows with nothing in the window fold away (their items are not drawn).
  const open = rowsInView(spans, shown, rows.rowOf, window, args.eventIndex);
  const items: PlannedItem[] = [];
  const placed = new Map<string, Placed>();
  const eras: { id: string; start: number; end: number }[] = [];
  shown.forEach((event, i) => {
    const span = { start: shownSpans.start[i]!, end: shownSpans.end[i]! };
    if (event.category === 'era') eras.push({ id: event.id, ...span });
    const row = rows.rowOf.get(event.id);
    if (!row || !open.has(row)) return;
    const range = isDrawnAsPeriod(event, span);
    items.push({ event, span, row, range });
    placed.set(event.id, { ...span, range, previous: -Infinity, next: Infinity, row });
  });
  // The items next to each one in its row bound how far its label may reach.
  const byRow = new Map<string, Placed[]>();
  for (const item of placed.values()) {
    const list = byRow.get(item.row);
    if (list) list.push(item);
    else byRow.set(item.row, [item]);
  }
  for (const list of byRow.values()) {
    list.sort((a, b) => a.start - b.start);
    list.forEach((item, k) => {
      const next = list[k + 1];
      const previous = list[k - 1];
      if (next) item.next = next.start;
      if (previous) item.previous = previous.range ? previous.end : previous.start;
    });
  }
  // The lane's name goes on its first row that is drawn.
  const named = new Set<Category>();
  const rowList: ContentPlan['rows'] = rows.rows
    .filter((r) => byRow.has(r.id))
    .map((r) => {
      const first = !named.has(r.lane);
      named.add(r.lane);
      return { id: r.id, lane: r.lane, first };
    });
  const buckets = content.kind === 'buckets' ? content.buckets : [];
  if (buckets.length > 0) rowList.push({ id: BUCKET_ROW, first: false });
  return { items, placed, rows: rowList, bands: eraBands(eras), buckets, rowOf: rows.rowOf };
}

/** The rows and items for `window` (see {@link planContent}), built as vis-timeline's. */
export function buildContent(
  args: PlanInput & {
    lang: Language;
    doc: Document;
    /** An event's evidence at a glance, for its tooltip. */
    evidence?: (event: TimelineEvent) => string;
  },
): Drawn {
  const { spans, window, lang, doc } = args;
  const plan = planContent(args);
  const closest = atClosestZoom(window);
  const items: TimelineItemSpec[] = plan.items.map(({ event, span, row }) =>
    buildItem(event, span, row, lang, doc, args.evidence?.(event)),
  );
  const buckets = new Map<string, Bucket>();
  for (const b of plan.buckets) buckets.set(b.id, b);
  items.push(...plan.buckets.map((b) => bucketItem(b, lang, doc, closest)));
  items.push(...plan.bands.map((band) => bandItem(band, doc)));
  const groups = plan.rows.map((row, order) => ({
    id: row.id,
    order,
    className: `lane${row.lane ? ` lane-${row.lane}` : ''}${row.first ? ' lane-first' : ''}`,
    content: row.lane && row.first ? laneLabel(row.lane, lang, doc) : '',
  }));
  return {
    groups,
    items,
    placed: plan.placed,
    buckets,
    rowOrder: groups.map((g) => g.id),
    signature: contentSignature(spans, window, plan.rowOf, args.eventIndex),
  };
}
