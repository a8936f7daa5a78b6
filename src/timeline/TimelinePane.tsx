import moment from 'moment';
import { useEffect, useRef } from 'react';
// The esnext builds (both from the same family, so DataSet is the class the
// Timeline expects) take their dependencies as peers and carry no core-js
// polyfills: about 60 KiB less gzipped than the /peer builds.
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { visibleEvents } from '../data/filter';
import { directionOf } from '../i18n';
import { useAppStore } from '../store';
import { throwIfFaultInjected } from '../ui/faults';
import { prefersReducedMotion } from '../ui/motion';
import { MIN_WINDOW_MS, timelineBounds } from '../store/window';
import { ITEM_LIMIT, spansOf, timelineContent, type Bucket, type Spans } from './aggregate';
import { BAND_SUFFIX, bucketItem, buildAllItems, GROUPS, type TimelineItemSpec } from './items';

/**
 * vis-timeline instance + DataSet, created once per mount (react-leaflet's
 * pattern) and again when the language changes (axis locale, direction).
 */
export function TimelinePane() {
  throwIfFaultInjected('timeline');
  const containerRef = useRef<HTMLDivElement>(null);
  const extent = useAppStore((s) => s.extent);
  const lang = useAppStore((s) => s.lang);

  useEffect(
    function createTimeline() {
      const container = containerRef.current;
      if (!container) return;
      const store = useAppStore.getState();
      const window = store.timeWindow ?? extent;
      const bounds = timelineBounds(extent);
      const items = new DataSet<TimelineItemSpec, 'id'>();
      const options: TimelineOptions = {
        start: new Date(window.start),
        end: new Date(window.end),
        min: new Date(bounds.start),
        max: new Date(bounds.end),
        zoomMin: MIN_WINDOW_MS,
        zoomMax: bounds.end - bounds.start,
        showCurrentTime: false,
        locale: lang,
        rtl: directionOf(lang) === 'rtl',
        selectable: true,
        multiselect: false,
        stack: true,
        // Crowded stacks scroll inside the timeline; the wheel still zooms.
        verticalScroll: true,
        height: '100%',
        margin: { item: { horizontal: 0, vertical: 5 }, axis: 6 },
        orientation: { axis: 'bottom', item: 'bottom' },
        // Dataset dates are calendar dates: draw the axis in UTC so that a
        // day never shows up on the previous one west of Greenwich.
        moment: (date: moment.MomentInput) => moment(date).locale(lang).utc(),
      };
      // vis-timeline's typings say `content: string`; it accepts elements.
      const timeline = new Timeline(container, items as never, GROUPS, options);

      timeline.on('select', (props: { items: string[] }) => {
        const id = props.items[0];
        const state = useAppStore.getState();
        const bucket = id === undefined ? undefined : buckets.get(String(id));
        if (bucket) {
          // A count of events: zoom into its slice of time.
          state.setTimeWindow({ start: bucket.start, end: bucket.end }, 'user');
          timeline.setSelection(state.selectedId ? [state.selectedId] : []);
        } else if (id !== undefined && !String(id).endsWith(BAND_SUFFIX)) {
          state.selectEvent(String(id), 'timeline');
        } else timeline.setSelection(state.selectedId ? [state.selectedId] : []);
      });
      timeline.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
        // Ignore the moves we made ourselves (programmatic setWindow).
        if (!props.byUser) return;
        useAppStore
          .getState()
          .setTimeWindow({ start: props.start.getTime(), end: props.end.getTime() }, 'timeline');
      });

      let spans: Spans | null = null;
      let drawn = '';
      const buckets = new Map<string, Bucket>();
      /** (Re)fills the DataSet with what the window shows: items, or counts for crowded windows. */
      function syncItems(state: ReturnType<typeof useAppStore.getState>) {
        const visible = visibleEvents(
          state.events,
          state.hiddenCategories,
          state.query,
          state.lang,
        );
        if (spans?.events !== visible) {
          spans = spansOf(visible, { spans: state.spans, index: state.eventIndex });
        }
        const content = timelineContent(spans, state.timeWindow ?? extent);
        const signature =
          content.kind === 'items'
            ? content.events.map((e) => e.id).join('\n')
            : content.buckets.map((b) => `${b.id}:${b.count}`).join('\n') +
              content.eras.map((e) => e.id).join('\n');
        if (signature === drawn && spans.events === visible) return;
        drawn = signature;
        buckets.clear();
        items.clear();
        if (content.kind === 'items') items.add(buildAllItems(content.events, state.lang));
        else {
          for (const b of content.buckets) buckets.set(b.id, b);
          items.add([
            ...buildAllItems(content.eras, state.lang),
            ...content.buckets.map((b) => bucketItem(b, state.lang)),
          ]);
        }
        timeline.setSelection(
          state.selectedId && visible.some((e) => e.id === state.selectedId)
            ? [state.selectedId]
            : [],
        );
      }
      syncItems(store);
      if (!store.timeWindow) store.setTimeWindow(window, 'timeline');

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
        } else if (state.selectedId !== prev.selectedId) {
          timeline.setSelection(state.selectedId ? [state.selectedId] : []);
        }
        if (
          state.timeWindow &&
          state.timeWindow !== prev.timeWindow &&
          state.timeWindowOrigin !== 'timeline'
        ) {
          timeline.setWindow(state.timeWindow.start, state.timeWindow.end, {
            animation: prefersReducedMotion()
              ? false
              : { duration: 300, easingFunction: 'easeInOutQuad' },
          });
        }
      });

      return function destroyTimeline() {
        unsubscribe();
        timeline.destroy();
      };
    },
    [extent, lang],
  );

  return <div ref={containerRef} className="timeline-canvas" data-testid="timeline-canvas" />;
}
