import moment from 'moment';
import { useEffect, useRef, useState } from 'react';
// The esnext builds (both from the same family, so DataSet is the class the
// Timeline expects) take their dependencies as peers and carry no core-js
// polyfills: about 60 KiB less gzipped than the /peer builds.
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { visibleEvents } from '../data/filter';
import type { Category, TimelineEvent } from '../data/types';
import { directionOf, translate, type MessageKey } from '../i18n';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store';
import { MIN_WINDOW_MS, timelineBounds } from '../store/window';
import { throwIfFaultInjected } from '../ui/faults';
import { measureSince, now, timed } from '../ui/perf';
import { prefersReducedMotion } from '../ui/motion';
import { runSoon } from '../ui/soon';
import { ITEM_LIMIT, spansOf, timelineContent, type Bucket, type Spans } from './aggregate';
import {
  bandItem,
  bucketItem,
  BUCKET_ROW,
  buildItem,
  eraBands,
  eventIdOfItem,
  isDrawnAsPeriod,
  itemIdOf,
  type TimelineItemSpec,
} from './items';
import { fitLabel, layoutRows, sameRows, type RowLayout } from './lanes';

/** Whether a timeline has been built since the page loaded (see createTimeline). */
let startedUp = false;

/** Above this many events, rows are laid out for what is in view rather than once for all. */
const LAYOUT_LIMIT = 2000;
/** Width of a dated event's marker and the gap kept after it, at the widest zoom. */
const POINT_PX = 14;
const GAP_PX = 4;
/** Space taken inside an item besides its label: dot or bar padding, category shape. */
const POINT_CHROME_PX = 30;
const RANGE_CHROME_PX = 30;

type State = ReturnType<typeof useAppStore.getState>;

/** Whether a window is as narrow as the timeline zooms (give or take rounding). */
function atClosestZoom(window: { start: number; end: number }): boolean {
  return window.end - window.start <= MIN_WINDOW_MS * 1.001;
}

interface Placed {
  start: number;
  end: number;
  range: boolean;
  /** Start of the next item in the same row (Infinity for the last). */
  next: number;
}

/** The panel that scrolls the rows: the lane-name column (on the right when right to left). */
function rowScrollerSelector(lang: State['lang']): string {
  // vis-timeline adds its "vis-vertical-scroll" class only at its first redraw.
  return `.vis-panel.vis-${directionOf(lang) === 'rtl' ? 'right' : 'left'}`;
}

/** Lane names shown at the start of each category's first row. */
function laneLabel(lane: Category, lang: State['lang'], doc: Document): HTMLElement {
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

/**
 * vis-timeline instance + DataSets, created once per mount (react-leaflet's
 * pattern) and again when the language changes (axis locale, direction).
 * Events sit in fixed rows per category (see lanes.ts); labels are fitted to
 * the room they have after every redraw, cut between words.
 */
export function TimelinePane() {
  throwIfFaultInjected('timeline');
  const containerRef = useRef<HTMLDivElement>(null);
  const extent = useAppStore((s) => s.extent);
  const lang = useAppStore((s) => s.lang);
  const empty = useAppStore(
    (s) =>
      visibleEvents(s.events, s.hiddenCategories, s.query, s.lang, s.dataset?.places).length === 0,
  );
  const t = useT();
  const [more, setMore] = useState({ above: false, below: 0 });

  useEffect(
    function createTimeline() {
      function buildTimeline(): (() => void) | undefined {
        const mounted = containerRef.current;
        if (!mounted) return;
        const container: HTMLDivElement = mounted;
        const doc = container.ownerDocument;
        const store = useAppStore.getState();
        const window = store.timeWindow ?? extent;
        const bounds = timelineBounds(extent);
        const items = new DataSet<TimelineItemSpec, 'id'>();
        const groups = new DataSet<
          { id: string; content: HTMLElement | string; className: string; order: number },
          'id'
        >();
        const rtl = directionOf(lang) === 'rtl';
        const options: TimelineOptions = {
          start: new Date(window.start),
          end: new Date(window.end),
          min: new Date(bounds.start),
          max: new Date(bounds.end),
          zoomMin: MIN_WINDOW_MS,
          // The whole story is the widest view: rows are laid out for it.
          zoomMax: extent.end - extent.start,
          showCurrentTime: false,
          locale: lang,
          rtl,
          selectable: true,
          multiselect: false,
          stack: false,
          groupOrder: 'order',
          groupHeightMode: 'fitItems',
          // Rows that do not fit scroll, with a scrollbar beside the lane names.
          verticalScroll: true,
          height: '100%',
          margin: { item: { horizontal: 0, vertical: 4 }, axis: 4 },
          orientation: { axis: 'bottom', item: 'top' },
          align: 'auto',
          // Dataset dates are calendar dates: draw the axis in UTC so that a
          // day never shows up on the previous one west of Greenwich.
          moment: (date: moment.MomentInput) => moment(date).locale(lang).utc(),
        };
        // Constructed below, once the DataSets hold the first view: filled
        // before construction, vis-timeline draws the items in its own first
        // redraws instead of drawing empty rows and then redrawing for each
        // DataSet change.
        const drawnBy: { timeline?: Timeline } = {};

        let spans: Spans | null = null;
        let layout: RowLayout | null = null;
        let lastRows: RowLayout | null = null;
        let rowOrder: string[] = [];
        let layoutWidth = 0;
        let drawn = '';
        const buckets = new Map<string, Bucket>();
        const placed = new Map<string, Placed>();

        /** The earliest event (not an era) starting in a count's slice of time. */
        function firstEventIn(bucket: Bucket): string | undefined {
          if (!spans) return undefined;
          // Spans follow the events' chronological order.
          for (let i = 0; i < spans.events.length; i++) {
            const event = spans.events[i]!;
            const start = spans.start[i]!;
            if (event.category !== 'era' && start >= bucket.start && start < bucket.end)
              return event.id;
          }
          return undefined;
        }

        /** Shows the store's selection as the timeline's (when its item is drawn). */
        function showSelection(selectedId: string | null) {
          drawnBy.timeline?.setSelection(
            selectedId && placed.has(selectedId) ? [itemIdOf(selectedId)] : [],
          );
        }

        const center = () => container.querySelector<HTMLElement>('.vis-panel.vis-center');
        // The rows' scrollbar sits in the lane-name column: left, or right when right to left.
        const scroller = () => container.querySelector<HTMLElement>(rowScrollerSelector(lang));

        let estimate: number | undefined;
        /**
         * The width the items' panel will have, before vis-timeline draws it:
         * the container less the lane-name column (as wide as its widest lane
         * name, measured here with the same classes) and its border. Right, the
         * first redraw lays out the rows once; off by a few pixels, the rows
         * usually stay the same (see syncItems).
         */
        function estimatedCenterWidth(): number {
          if (estimate !== undefined) return estimate;
          const probe = doc.createElement('div');
          probe.className = 'vis-timeline';
          probe.style.cssText = 'position:absolute;visibility:hidden;border:0;width:auto';
          const labelset = doc.createElement('div');
          labelset.className = 'vis-labelset';
          const lanes = new Set(store.events.map((e) => e.category));
          for (const lane of lanes) {
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
          estimate = Math.max(0, container.clientWidth - labels - 1);
          probe.remove();
          return estimate;
        }

        /** Rows for the events, at the scale of the widest zoom for the current width. */
        function rowsFor(events: readonly TimelineEvent[], eventSpans: Spans): RowLayout {
          const width = center()?.clientWidth || estimatedCenterWidth() || 800;
          return layoutRows(events, eventSpans, {
            pxPerMs: width / (extent.end - extent.start),
            pointPx: POINT_PX,
            gapPx: GAP_PX,
          });
        }

        function setGroups(rows: { id: string; lane?: Category; first: boolean }[]) {
          const wanted = rows.map((row, order) => ({
            id: row.id,
            order,
            className: `lane${row.lane ? ` lane-${row.lane}` : ''}${row.first ? ' lane-first' : ''}`,
            content: row.lane && row.first ? laneLabel(row.lane, lang, doc) : '',
          }));
          rowOrder = wanted.map((g) => g.id);
          const ids = new Set(rowOrder);
          groups.remove(groups.getIds().filter((id) => !ids.has(String(id))));
          groups.update(wanted);
        }

        /** (Re)fills the DataSets with what the window shows: items, or counts for crowded windows. */
        function syncItems(state: State, force = false) {
          const visible = visibleEvents(
            state.events,
            state.hiddenCategories,
            state.query,
            state.lang,
            state.dataset?.places,
          );
          const width = center()?.clientWidth ?? estimatedCenterWidth();
          if (spans?.events !== visible || width !== layoutWidth) {
            const sameEvents = spans?.events === visible;
            spans = spansOf(visible, { spans: state.spans, index: state.eventIndex });
            layoutWidth = width;
            const before = layout;
            layout = visible.length <= LAYOUT_LIMIT ? rowsFor(visible, spans) : null;
            // A new width that leaves every event in its row changes nothing drawn.
            if (!(sameEvents && before && layout && sameRows(before, layout))) force = true;
          }
          const content = timelineContent(spans, state.timeWindow ?? extent);
          const closest = atClosestZoom(state.timeWindow ?? extent);
          const signature =
            content.kind === 'items'
              ? content.events.map((e) => e.id).join('\n')
              : `${String(closest)}\n` +
                content.buckets.map((b) => `${b.id}:${b.count}`).join('\n') +
                content.eras.map((e) => e.id).join('\n');
          if (signature === drawn && !force) return;
          drawn = signature;
          buckets.clear();
          placed.clear();
          const shown = content.kind === 'items' ? content.events : content.eras;
          const shownSpans = spansOf(shown, { spans, index: state.eventIndex });
          const rows = layout ?? rowsFor(shown, shownSpans);
          lastRows = rows;
          const specs: TimelineItemSpec[] = [];
          const eras: { id: string; start: number; end: number }[] = [];
          shown.forEach((event, i) => {
            const span = { start: shownSpans.start[i]!, end: shownSpans.end[i]! };
            const row = rows.rowOf.get(event.id);
            if (!row) return;
            specs.push(buildItem(event, span, row, state.lang, doc));
            placed.set(event.id, { ...span, range: isDrawnAsPeriod(event, span), next: Infinity });
            if (event.category === 'era') eras.push({ id: event.id, ...span });
          });
          // The next item of each row bounds how far a label may reach.
          const byRow = new Map<string, string[]>();
          for (const [id, row] of rows.rowOf) {
            if (!placed.has(id)) continue;
            const list = byRow.get(row);
            if (list) list.push(id);
            else byRow.set(row, [id]);
          }
          for (const ids of byRow.values()) {
            ids.sort((a, b) => placed.get(a)!.start - placed.get(b)!.start);
            ids.forEach((id, k) => {
              const next = ids[k + 1];
              if (next) placed.get(id)!.next = placed.get(next)!.start;
            });
          }
          const usedRows = new Set(byRow.keys());
          const rowList: { id: string; lane?: Category; first: boolean }[] = rows.rows
            .filter((r) => usedRows.has(r.id))
            .map((r) => ({ id: r.id, lane: r.lane, first: r.index === 0 }));
          if (content.kind === 'buckets') {
            for (const b of content.buckets) buckets.set(b.id, b);
            specs.push(...content.buckets.map((b) => bucketItem(b, state.lang, doc, closest)));
            rowList.push({ id: BUCKET_ROW, first: false });
          }
          specs.push(...eraBands(eras).map((band) => bandItem(band, doc)));
          setGroups(rowList);
          items.clear();
          items.add(specs);
          showSelection(state.selectedId);
        }

        const widths = new Map<string, number>();
        let measureFont = '';
        const canvas = doc.createElement('canvas').getContext('2d');
        const measure = (s: string) => {
          let w = widths.get(s);
          if (w === undefined) {
            w = canvas ? canvas.measureText(s).width : s.length * 7;
            widths.set(s, w);
          }
          return w;
        };

        /**
         * Fits every drawn label to its room: up to the next item of its row
         * (points) or the visible part of its bar (periods), never past the
         * edge. The selected item always shows its whole title.
         */
        function fitLabels() {
          const panel = center();
          const timeline = drawnBy.timeline;
          if (!panel || !timeline) return;
          const { start, end } = timeline.getWindow();
          const from = start.getTime();
          const span = end.getTime() - from;
          const width = panel.clientWidth;
          const x = (ms: number) => ((ms - from) / span) * width;
          const selected = useAppStore.getState().selectedId;
          for (const el of container.querySelectorAll<HTMLElement>(
            '.tl-item-content[data-event-id]',
          )) {
            const label = el.querySelector<HTMLElement>('.tl-item-title');
            const full = el.dataset.title ?? '';
            const item = placed.get(el.dataset.eventId ?? '');
            if (!label || !item) continue;
            const font = getComputedStyle(label).font;
            if (font !== measureFont && canvas) {
              measureFont = font;
              canvas.font = font;
              widths.clear();
            }
            let room: number;
            if (item.range) {
              room = Math.min(x(item.end), width) - Math.max(x(item.start), 0) - RANGE_CHROME_PX;
            } else {
              room = Math.min(x(item.next), width) - x(item.start) - POINT_CHROME_PX;
            }
            const isSelected = el.dataset.eventId === selected;
            let text = isSelected ? full : fitLabel(full, room, measure);
            let flipped = false;
            if (isSelected && !item.range) {
              // The selected point's whole title runs on, or turns back
              // before the edge rather than run off it; on a timeline too
              // narrow for either, it takes the wider side, cut between words.
              const at = x(item.start);
              const needed = measure(full) + POINT_CHROME_PX;
              if (at + needed > width) {
                flipped = at >= needed || at > width - at;
                if (at < needed && width - at < needed)
                  text = fitLabel(full, Math.max(at, width - at) - POINT_CHROME_PX, measure);
              }
            }
            if (label.textContent !== text) label.textContent = text;
            el.classList.toggle('is-flipped', flipped);
            el.classList.toggle('is-cut', text !== full);
            el.classList.toggle('is-bare', text === '');
          }
          // Axis labels past the edge would show half a year ("203").
          const edges = panel.getBoundingClientRect();
          for (const text of container.querySelectorAll<HTMLElement>('.vis-time-axis .vis-text')) {
            const box = text.getBoundingClientRect();
            text.classList.toggle(
              'is-clipped',
              box.left < edges.left - 1 || box.right > edges.right + 1,
            );
          }
          const scroll = scroller();
          if (scroll) {
            const below = scroll.scrollHeight - scroll.clientHeight - scroll.scrollTop;
            const rowHeight = 26;
            setMore((m) => {
              const next = {
                above: scroll.scrollTop > 1,
                below: below > 2 ? Math.ceil(below / rowHeight) : 0,
              };
              return m.above === next.above && m.below === next.below ? m : next;
            });
          }
        }

        /**
         * Scrolls the rows so that the selected event's row is in view (a
         * selection made in the list or by the keyboard may sit in a row
         * scrolled out of sight). vis-timeline keeps the label column and the
         * items in step when the label column scrolls.
         */
        // Reveal requests are settled over vis-timeline's redraws: its first
        // draws measure items, and a scroll made during a redraw is undone.
        let revealAttempts = 0;
        let revealTimer: ReturnType<typeof setTimeout> | undefined;
        function revealSelectedRow() {
          revealAttempts = 10;
          container.dataset.revealing = '';
          requestAnimationFrame(revealSelectedRowNow);
        }
        /** A reader who scrolls, drags or zooms the timeline has the last word. */
        function stopRevealing() {
          revealAttempts = 0;
          clearTimeout(revealTimer);
          delete container.dataset.revealing;
        }
        function revealSelectedRowNow() {
          clearTimeout(revealTimer);
          if (revealAttempts <= 0) return stopRevealing();
          revealAttempts -= 1;
          const id = useAppStore.getState().selectedId;
          const row = id ? layoutRowOf(id) : undefined;
          const scroll = scroller();
          const panel = center();
          // The label column holds one label per row, in order, as tall as its row.
          const labels = container.querySelectorAll<HTMLElement>('.vis-labelset .vis-label');
          const label = row ? labels[rowOrder.indexOf(row)] : undefined;
          if (!label || !scroll || !panel) return stopRevealing();
          const group = { top: label.offsetTop, height: label.offsetHeight };
          const visible = panel.clientHeight;
          let target = scroll.scrollTop;
          // Out of view: bring the row to the middle, with its neighbours around it.
          if (group.top < target || group.top + group.height > target + visible)
            target = Math.max(0, group.top - (visible - group.height) / 2);
          target = Math.min(target, scroll.scrollHeight - scroll.clientHeight);
          if (Math.abs(target - scroll.scrollTop) < 1) stopRevealing();
          else {
            scroll.scrollTop = target;
            // Until vis-timeline has measured every row it clamps the scroll: try again.
            revealTimer = setTimeout(revealSelectedRowNow, 150);
          }
        }
        const layoutRowOf = (id: string) => (layout ?? lastRows)?.rowOf.get(id);

        timed('timeline: fill the items', () => syncItems(store, true), true);
        // vis-timeline's typings say `content: string`; it accepts elements.
        const constructStart = now();
        const made = new Timeline(container, items as never, groups as never, options);
        drawnBy.timeline = made;
        measureSince('timeline: construct', constructStart, true);
        showSelection(store.selectedId);
        made.on('select', (props: { items: (string | number)[] }) => {
          const id = props.items[0];
          const state = useAppStore.getState();
          const bucket = id === undefined ? undefined : buckets.get(String(id));
          const eventId = id === undefined ? undefined : eventIdOfItem(id);
          if (bucket) {
            if (atClosestZoom(state.timeWindow ?? extent)) {
              // A slice still too crowded to draw at the closest zoom (hundreds
              // of events on one day) cannot open further: its first event is
              // opened instead, in the details and the list, and Next goes on.
              const first = firstEventIn(bucket);
              if (first) state.selectEvent(first, 'timeline', { panTimeline: false });
            } else {
              // A count of events: zoom into its slice of time (the store keeps
              // the window to what the timeline can show).
              state.setTimeWindow({ start: bucket.start, end: bucket.end }, 'user');
            }
            showSelection(useAppStore.getState().selectedId);
          } else if (eventId !== undefined) {
            state.selectEvent(eventId, 'timeline');
          } else showSelection(state.selectedId);
        });
        made.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
          // Ignore the moves we made ourselves (programmatic setWindow).
          if (!props.byUser) return;
          useAppStore
            .getState()
            .setTimeWindow({ start: props.start.getTime(), end: props.end.getTime() }, 'timeline');
        });

        made.on('changed', fitLabels);
        for (const type of ['wheel', 'pointerdown', 'keydown'] as const)
          container.addEventListener(type, stopRevealing, { passive: true });
        // A link that opens on an event shows its row.
        revealSelectedRow();
        // Scrolling the rows (scrollbar, wheel over the lane names) updates the hints.
        const scrollEl = scroller();
        // The rows can be scrolled from the keyboard too (arrow keys, Page Up/Down).
        scrollEl?.setAttribute('tabindex', '0');
        scrollEl?.setAttribute('aria-label', translate(lang, 'timeline.rows'));
        scrollEl?.addEventListener('scroll', fitLabels, { passive: true });
        if (!store.timeWindow) store.setTimeWindow(window, 'timeline');
        // From construction to the first redraw that shows the items.
        made.on('changed', () => measureSince('timeline: first drawn', constructStart, true));

        const resize = new ResizeObserver(() => {
          const width = center()?.clientWidth ?? 0;
          if (width && width !== layoutWidth) syncItems(useAppStore.getState());
        });
        resize.observe(container);

        const unsubscribe = useAppStore.subscribe((state, prev) => {
          if (
            state.events !== prev.events ||
            state.hiddenCategories !== prev.hiddenCategories ||
            state.query !== prev.query
          ) {
            syncItems(state);
          } else if (
            state.timeWindow !== prev.timeWindow &&
            spans &&
            spans.events.length > ITEM_LIMIT
          ) {
            syncItems(state);
          }
          if (state.selectedId !== prev.selectedId) {
            showSelection(state.selectedId);
            fitLabels();
            revealSelectedRow();
          }
          if (
            state.timeWindow &&
            state.timeWindow !== prev.timeWindow &&
            state.timeWindowOrigin !== 'timeline'
          ) {
            made.setWindow(state.timeWindow.start, state.timeWindow.end, {
              animation: prefersReducedMotion()
                ? false
                : { duration: 300, easingFunction: 'easeInOutQuad' },
            });
          }
        });

        return function destroyTimeline() {
          unsubscribe();
          stopRevealing();
          for (const type of ['wheel', 'pointerdown', 'keydown'] as const)
            container.removeEventListener(type, stopRevealing);
          resize.disconnect();
          scrollEl?.removeEventListener('scroll', fitLabels);
          // A scroll of the rows still queued would reach vis-timeline after
          // destroy() and read its removed panels: its handler skips scrolls
          // when vertical scrolling is off.
          (made as unknown as { options: { verticalScroll: boolean } }).options.verticalScroll =
            false;
          made.destroy();
          // vis-timeline puts a loading screen in the container and removes it
          // only once its first draw completes, which does not happen when the
          // window is given at creation; destroy() leaves it behind, and every
          // new timeline (each language switch) added one more.
          container.replaceChildren();
        };
      }
      if (startedUp) return buildTimeline();
      // At start-up the timeline is built in a task of its own, right after
      // the one that commits the page and creates the map: two shorter tasks
      // instead of one long one, so that input waits less (the bench's total
      // blocking time: 54 → 27 ms, ready +3 %). Later (a language switch) it
      // is built at once, so that the pane is never empty for a frame.
      startedUp = true;
      let destroy: (() => void) | undefined;
      const cancel = runSoon(() => {
        destroy = buildTimeline();
      });
      return () => {
        cancel();
        destroy?.();
      };
    },
    [extent, lang],
  );

  function scrollRows(direction: 1 | -1) {
    const scroll = containerRef.current?.querySelector<HTMLElement>(rowScrollerSelector(lang));
    if (!scroll) return;
    scroll.scrollBy({
      top: direction * scroll.clientHeight * 0.8,
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
    });
  }

  return (
    <div className="timeline-frame">
      <div ref={containerRef} className="timeline-canvas" data-testid="timeline-canvas" />
      {empty && <p className="timeline-empty">{t('timeline.empty')}</p>}
      {more.above && (
        <button
          type="button"
          className="timeline-more timeline-more-above"
          onClick={() => scrollRows(-1)}
        >
          {t('timeline.rowsAbove')}
        </button>
      )}
      {more.below > 0 && (
        <button
          type="button"
          className="timeline-more timeline-more-below"
          onClick={() => scrollRows(1)}
        >
          {t('timeline.rowsBelow', { count: more.below })}
        </button>
      )}
    </div>
  );
}
