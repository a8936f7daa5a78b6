/**
 * The rows the visible events are drawn in (lanes.ts), kept by the
 * timeline: laid out once for all at the widest zoom, and again only when
 * the visible events or the width of the items' panel change. Above
 * LAYOUT_LIMIT events none is kept: content.ts lays out what is in view.
 */
import type { Spans, TimeWindow } from '../data/spans';
import { spansOf } from '../data/spans';
import type { TimelineEvent } from '../data/types';
import type { Language } from '../i18n';
import { laneLabel } from './content';
import { layoutRows, sameRows, type RowLayout } from './lanes';

/** Above this many events, rows are laid out for what is in view rather than once for all. */
export const LAYOUT_LIMIT = 2000;
/** Width of a dated event's marker and the gap kept after it, at the widest zoom. */
const POINT_PX = 14;
const GAP_PX = 4;
/** The window whose scale the rows are laid out at (see rowsFor). */
const ROW_SCALE_MS = 20 * 365.25 * 86_400_000;

export class TimelineLayout {
  private visibleSpans: Spans | null = null;
  private layout: RowLayout | null = null;
  private laidOutWidth = 0;

  /** `extent`: the whole story, with a margin (the widest zoom). */
  constructor(private readonly extent: TimeWindow) {}

  /** The visible events' spans (null before the first update). */
  get spans(): Spans | null {
    return this.visibleSpans;
  }

  /** The row of every visible event, or null above LAYOUT_LIMIT events. */
  get rows(): RowLayout | null {
    return this.layout;
  }

  /** The width of the items' panel the rows were laid out for. */
  get width(): number {
    return this.laidOutWidth;
  }

  /**
   * Lays out the rows for `visible` (spans taken from `all` where it has
   * them) at `width`, unless both are the ones already laid out. Returns
   * true when that moved an event (everything must be redrawn).
   */
  update(
    visible: readonly TimelineEvent[],
    all: { spans: Spans; index: ReadonlyMap<string, number> },
    width: number,
  ): boolean {
    if (this.visibleSpans?.events === visible && width === this.laidOutWidth) return false;
    const sameEvents = this.visibleSpans?.events === visible;
    this.visibleSpans = spansOf(visible, all);
    this.laidOutWidth = width;
    const before = this.layout;
    this.layout = visible.length <= LAYOUT_LIMIT ? this.rowsFor(visible, this.visibleSpans) : null;
    // A new width that leaves every event in its row changes nothing drawn.
    return !(sameEvents && before && this.layout && sameRows(before, this.layout));
  }

  /**
   * Rows for the events, laid out once, at the scale of a window of
   * ROW_SCALE_MS (or the whole story, if shorter): no two items of a row
   * touch in any frame a selection gets, and the rows stay few, so that
   * every lane holding an event of the framed years fits in view. Zoomed
   * out further, neighbours in a row may come close; their labels give way.
   */
  rowsFor(events: readonly TimelineEvent[], eventSpans: Spans): RowLayout {
    const width = this.laidOutWidth || 800;
    return layoutRows(events, eventSpans, {
      pxPerMs: width / Math.min(ROW_SCALE_MS, this.extent.end - this.extent.start),
      pointPx: POINT_PX,
      gapPx: GAP_PX,
    });
  }
}

/**
 * The width the items' panel will have, before the widget draws it: the
 * container less the lane-name column (as wide as its widest lane name,
 * measured here with the same classes) and its border. Right, the first
 * redraw lays out the rows once; off by a few pixels, the rows usually
 * stay the same.
 */
export function estimateItemsWidth(
  container: HTMLElement,
  events: readonly TimelineEvent[],
  lang: Language,
): number {
  const doc = container.ownerDocument;
  const probe = doc.createElement('div');
  probe.className = 'vis-timeline';
  probe.style.cssText = 'position:absolute;visibility:hidden;border:0;width:auto';
  const labelset = doc.createElement('div');
  labelset.className = 'vis-labelset';
  for (const lane of new Set(events.map((e) => e.category))) {
    const label = doc.createElement('div');
    label.className = 'vis-label';
    const inner = doc.createElement('div');
    inner.className = 'vis-inner';
    inner.append(laneLabel(lane, lang, doc));
    label.append(inner);
    labelset.append(label);
  }
  probe.append(labelset);
  container.append(probe);
  let labels = 0;
  for (const inner of probe.querySelectorAll<HTMLElement>('.vis-inner'))
    labels = Math.max(labels, inner.offsetWidth);
  probe.remove();
  return Math.max(0, container.clientWidth - labels - 1) || 800;
}
