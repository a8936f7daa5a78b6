/**
 * The timeline, without React: one widget (vis-timeline) per controller,
 * kept in step with the store in both directions. The store's changes come
 * in through one subscription; the widget's events go out as store actions
 * that carry their origin ('timeline'), and the moves the timeline made
 * itself are never applied back to it. Every error, from the store's
 * changes, the widget's events, a resize or a scheduled retry, goes to
 * `onError` (the pane shows it) instead of to whoever happened to call.
 */
import type { Spans, TimeWindow } from '../data/spans';
import { spansOf } from '../data/spans';
import { evidenceOf } from '../data/evidence';
import { directionOf, translate, type Language } from '../i18n';
import { evidenceText } from '../i18n/evidence';
import { measureSince, now, timed } from '../lib/perf';
import type { AppState, ViewModel } from '../store';
import { throwIfFaultInjected } from '../ui/faults';
import { atClosestZoom, buildContent, contentSignature, type Drawn } from './content';
import { eventIdOfItem, itemIdOf } from './items';
import { planLabels, type LabelItem } from './labels';
import { estimateItemsWidth, TimelineLayout } from './layout';
import { rowHints, RowRevealer, type RowHints } from './rows';
import { createVisTimeline, type TimelineWidget, type WidgetFactory } from './widget';
import { MIN_WINDOW_MS, timelineBounds } from './window';

/** The store as the controller uses it (the app's store satisfies it). */
export interface TimelineStore {
  getState(): AppState;
  subscribe(listener: (state: AppState, prev: AppState) => void): () => void;
  readonly view: ViewModel;
}

export interface TimelineControllerOptions {
  container: HTMLElement;
  store: TimelineStore;
  lang: Language;
  /** The whole story, with a margin: the widest zoom. */
  extent: TimeWindow;
  onError: (error: unknown) => void;
  /** The widget has drawn for the first time (a stand-in can go). */
  onDrawn?: () => void;
  /** Rows hidden above or below changed. */
  onRowHints?: (hints: RowHints) => void;
  /** Whether moves should be instant (the reader asked for reduced motion). */
  reducedMotion?: () => boolean;
  /** The widget to drive; vis-timeline unless a test gives another. */
  createWidget?: WidgetFactory;
  /** Measures text for label fitting (a canvas in the browser). */
  measureText?: (text: string, font: string) => number;
}

export class TimelineController {
  private readonly container: HTMLElement;
  private readonly store: TimelineStore;
  private readonly lang: Language;
  private readonly extent: TimeWindow;
  private readonly options: TimelineControllerOptions;
  private widget: TimelineWidget | undefined;
  private readonly layout: TimelineLayout;
  private drawn: Drawn | null = null;
  private estimate: number | undefined;
  private readonly revealer: RowRevealer;
  private readonly cleanups: (() => void)[] = [];
  private hints: RowHints = { above: false, below: 0 };
  private readonly measure: (text: string, font: string) => number;
  private destroyed = false;
  private drawnOnce = false;

  constructor(options: TimelineControllerOptions) {
    this.options = options;
    this.container = options.container;
    this.store = options.store;
    this.lang = options.lang;
    this.extent = options.extent;
    this.measure = options.measureText ?? canvasMeasure(this.container.ownerDocument);
    this.layout = new TimelineLayout(this.extent);
    this.revealer = new RowRevealer(
      this.container,
      () => this.widget,
      () => this.selectedRowIndex(),
      options.onError,
    );
    const state = this.store.getState();
    const window = state.timeWindow ?? this.extent;
    const first = timed('timeline: fill the items', () => this.contentFor(state, window), true);
    const constructStart = now();
    this.widget = (options.createWidget ?? createVisTimeline)(
      this.container,
      {
        window,
        bounds: timelineBounds(this.extent),
        zoomMin: MIN_WINDOW_MS,
        // The whole story is the widest view: rows are laid out for it.
        zoomMax: this.extent.end - this.extent.start,
        locale: this.lang,
        rtl: directionOf(this.lang) === 'rtl',
      },
      { groups: first.groups, items: first.items },
      {
        select: (id) => this.guard(() => this.onSelect(id)),
        rangechanged: (w, byUser) => this.guard(() => this.onRangeChanged(w, byUser)),
        changed: () =>
          this.guard(() => {
            measureSince('timeline: first drawn', constructStart, true);
            this.fitLabels();
            if (!this.drawnOnce) {
              this.drawnOnce = true;
              options.onDrawn?.();
            }
          }),
      },
    );
    measureSince('timeline: construct', constructStart, true);
    this.showSelection(state.selectedId);
    this.setUpRows();
    this.listen();
    // A link that opens on an event shows its row.
    this.revealer.reveal();
    if (!state.timeWindow) state.setTimeWindow(window, 'timeline');
  }

  /** Runs `fn`, sending what it throws to the pane rather than to the caller. */
  private guard(fn: () => void): void {
    if (this.destroyed) return;
    try {
      fn();
    } catch (error) {
      this.options.onError(error);
    }
  }

  private listen(): void {
    const unsubscribe = this.store.subscribe((state, prev) =>
      this.guard(() => this.onStoreChange(state, prev)),
    );
    this.cleanups.push(unsubscribe);
    const stop = this.revealer.stop;
    for (const type of ['wheel', 'pointerdown', 'keydown'] as const)
      this.container.addEventListener(type, stop, { passive: true });
    this.cleanups.push(() => {
      for (const type of ['wheel', 'pointerdown', 'keydown'] as const)
        this.container.removeEventListener(type, stop);
    });
    if (typeof ResizeObserver === 'function') {
      const resize = new ResizeObserver(() => this.guard(() => this.resize()));
      resize.observe(this.container);
      this.cleanups.push(() => resize.disconnect());
    }
  }

  private setUpRows(): void {
    const scroller = this.widget?.rowScroller();
    if (!scroller) return;
    // The rows can be scrolled from the keyboard too (arrow keys, Page Up/Down).
    scroller.setAttribute('tabindex', '0');
    scroller.setAttribute('aria-label', translate(this.lang, 'timeline.rows'));
    const onScroll = () => this.guard(() => this.fitLabels());
    scroller.addEventListener('scroll', onScroll, { passive: true });
    this.cleanups.push(() => scroller.removeEventListener('scroll', onScroll));
  }

  private onStoreChange(state: AppState, prev: AppState): void {
    throwIfFaultInjected('timeline:subscriber');
    if (
      state.events !== prev.events ||
      state.hiddenCategories !== prev.hiddenCategories ||
      state.query !== prev.query
    ) {
      this.sync(state);
    } else if (state.timeWindow !== prev.timeWindow) {
      // Counts follow the window; rows with nothing in it fold away.
      this.sync(state);
    }
    if (state.selectedId !== prev.selectedId) {
      this.showSelection(state.selectedId);
      this.fitLabels();
      this.revealer.reveal();
    }
    if (
      state.timeWindow &&
      state.timeWindow !== prev.timeWindow &&
      state.timeWindowOrigin !== 'timeline'
    ) {
      this.setWindow(state.timeWindow);
    }
  }

  private onSelect(itemId: string | undefined): void {
    const state = this.store.getState();
    const bucket = itemId === undefined ? undefined : this.drawn?.buckets.get(itemId);
    const eventId = itemId === undefined ? undefined : eventIdOfItem(itemId);
    if (bucket) {
      if (atClosestZoom(state.timeWindow ?? this.extent)) {
        // A slice still too crowded to draw at the closest zoom (hundreds
        // of events on one day) cannot open further: its first event is
        // opened instead, in the details and the list, and Next goes on.
        const first = this.firstEventIn(bucket);
        if (first) state.selectEvent(first, 'timeline', { panTimeline: false });
      } else {
        // A count of events: zoom into its slice of time (the store keeps
        // the window to what the timeline can show).
        state.setTimeWindow({ start: bucket.start, end: bucket.end }, 'user');
      }
      this.showSelection(this.store.getState().selectedId);
    } else if (eventId !== undefined) {
      state.selectEvent(eventId, 'timeline');
    } else this.showSelection(state.selectedId);
  }

  private onRangeChanged(window: TimeWindow, byUser: boolean): void {
    // The moves the app asked for come back here too: only the reader's count.
    if (!byUser) return;
    this.store.getState().setTimeWindow(window, 'timeline');
  }

  /** The earliest event (not an era) starting in a count's slice of time. */
  private firstEventIn(bucket: { start: number; end: number }): string | undefined {
    const spans = this.layout.spans;
    if (!spans) return undefined;
    // Spans follow the events' chronological order.
    for (let i = 0; i < spans.events.length; i++) {
      const event = spans.events[i]!;
      const start = spans.start[i]!;
      if (event.category !== 'era' && start >= bucket.start && start < bucket.end) return event.id;
    }
    return undefined;
  }

  /** Moves the window, animated unless the reader asked for reduced motion. */
  setWindow(window: TimeWindow): void {
    this.widget?.setWindow(window, !(this.options.reducedMotion?.() ?? false));
  }

  /** Shows the store's selection as the timeline's (when its item is drawn). */
  select(eventId: string | null): void {
    this.showSelection(eventId);
    this.fitLabels();
  }

  private showSelection(selectedId: string | null): void {
    this.widget?.setSelection(
      selectedId && this.drawn?.placed.has(selectedId) ? [itemIdOf(selectedId)] : [],
    );
  }

  /** Whether the container was hidden (no size) at the last resize. */
  private hidden = false;

  /**
   * Follows the container's size: draws again when it is shown after being
   * hidden (the phone's folded dock), and re-lays out the rows when the
   * items' panel has a new width.
   */
  resize(): void {
    const hidden = this.container.clientWidth === 0 || this.container.clientHeight === 0;
    const shown = this.hidden && !hidden;
    this.hidden = hidden;
    if (hidden) return;
    if (shown) {
      this.widget?.redraw();
      this.revealer.reveal();
    }
    const width = this.widget?.itemsPanel()?.clientWidth ?? 0;
    if (width && width !== this.layout.width) this.sync(this.store.getState());
    if (shown) this.fitLabels();
  }

  /** Scrolls the rows by most of a screen (the pane's "more rows" buttons). */
  scrollRows(direction: 1 | -1, smooth: boolean): void {
    const scroll = this.widget?.rowScroller();
    scroll?.scrollBy({
      top: direction * scroll.clientHeight * 0.8,
      behavior: smooth ? 'smooth' : 'auto',
    });
  }

  /**
   * Lays out the rows for the state's visible events (layout.ts), at the
   * items' panel's width (estimated before it is drawn). Returns true when
   * that moved an event (everything must be redrawn).
   */
  private updateLayout(state: AppState): boolean {
    const visible = this.store.view.visibleEvents(state);
    const width =
      this.widget?.itemsPanel()?.clientWidth ??
      (this.estimate ??= estimateItemsWidth(this.container, state.events, this.lang));
    return this.layout.update(visible, { spans: state.spans, index: state.eventIndex }, width);
  }

  /** The rows and items for `window` (spans and layout up to date). */
  private build(state: AppState, spans: Spans, window: TimeWindow): Drawn {
    const drawn = buildContent({
      spans,
      window,
      layout: this.layout.rows,
      layoutFor: (events, eventSpans) => this.layout.rowsFor(events, eventSpans),
      eventIndex: state.eventIndex,
      lang: this.lang,
      doc: this.container.ownerDocument,
      evidence: (event) => evidenceText(evidenceOf(event, state.sourceIndex), this.lang),
    });
    this.drawn = drawn;
    return drawn;
  }

  private contentFor(state: AppState, window: TimeWindow): Drawn {
    this.updateLayout(state);
    return this.build(state, this.layout.spans ?? spansOf([]), window);
  }

  /** (Re)fills the widget with what the window shows. */
  private sync(state: AppState): void {
    const moved = this.updateLayout(state);
    const spans = this.layout.spans;
    const window = state.timeWindow ?? this.extent;
    if (!spans || !this.widget) return;
    // The same items for the new window (a pan among counts): nothing to redraw.
    const rowOf = this.layout.rows?.rowOf;
    if (
      !moved &&
      this.drawn &&
      contentSignature(spans, window, rowOf, state.eventIndex) === this.drawn.signature
    )
      return;
    const drawn = this.build(state, spans, window);
    this.widget.setContent(drawn.groups, drawn.items);
    this.showSelection(state.selectedId);
  }

  private selectedRowIndex(): number {
    const id = this.store.getState().selectedId;
    const row = id ? this.drawn?.placed.get(id)?.row : undefined;
    return row && this.drawn ? this.drawn.rowOrder.indexOf(row) : -1;
  }

  /** Fits every drawn label to its room (labels.ts), then updates the row hints. */
  private fitLabels(): void {
    const widget = this.widget;
    const panel = widget?.itemsPanel();
    if (!widget || !panel || !this.drawn) return;
    const window = widget.getWindow();
    const elements = [
      ...this.container.querySelectorAll<HTMLElement>('.tl-item-content[data-event-id]'),
    ];
    const items: LabelItem[] = [];
    const labels = new Map<string, { el: HTMLElement; label: HTMLElement }>();
    let font = '';
    for (const el of elements) {
      const id = el.dataset.eventId ?? '';
      const placed = this.drawn.placed.get(id);
      const label = el.querySelector<HTMLElement>('.tl-item-title');
      if (!placed || !label) continue;
      if (!font) font = getComputedStyle(label).font;
      items.push({ id, title: el.dataset.title ?? '', placed });
      labels.set(id, { el, label });
    }
    const measure = (text: string) => this.measure(text, font);
    const plans = planLabels(
      items,
      this.store.getState().selectedId,
      window,
      panel.clientWidth,
      measure,
    );
    for (const item of items) {
      const plan = plans.get(item.id);
      const target = labels.get(item.id);
      if (!plan || !target) continue;
      if (target.label.textContent !== plan.text) target.label.textContent = plan.text;
      target.el.classList.toggle('is-flipped', plan.flipped);
      target.el.classList.toggle('is-cut', plan.text !== item.title);
      target.el.classList.toggle('is-bare', plan.text === '');
    }
    // Axis labels past the edge would show half a year ("203").
    const edges = panel.getBoundingClientRect();
    for (const text of this.container.querySelectorAll<HTMLElement>('.vis-time-axis .vis-text')) {
      const box = text.getBoundingClientRect();
      text.classList.toggle('is-clipped', box.left < edges.left - 1 || box.right > edges.right + 1);
    }
    const hints = rowHints(widget.rowScroller());
    if (hints.above !== this.hints.above || hints.below !== this.hints.below) {
      this.hints = hints;
      this.options.onRowHints?.(hints);
    }
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.revealer.stop();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.widget?.destroy();
    this.widget = undefined;
  }
}

/** Text widths from a canvas, cached per font. */
function canvasMeasure(doc: Document): (text: string, font: string) => number {
  const context = doc.createElement('canvas').getContext?.('2d') ?? null;
  const widths = new Map<string, number>();
  let current = '';
  return (text, font) => {
    if (font !== current) {
      current = font;
      widths.clear();
      if (context) context.font = font;
    }
    let width = widths.get(text);
    if (width === undefined) {
      width = context ? context.measureText(text).width : text.length * 7;
      widths.set(text, width);
    }
    return width;
  };
}
