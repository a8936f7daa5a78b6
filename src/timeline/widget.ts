/**
 * The timeline widget as the controller sees it: a small port over
 * vis-timeline (setContent, setSelection, setWindow, …) and its events. The
 * controller holds all the app's logic and is unit-tested with a fake
 * widget; only this file knows vis-timeline's classes, options and quirks.
 */
import moment from 'moment';
// The esnext builds (both from the same family, so DataSet is the class the
// Timeline expects) take their dependencies as peers and carry no core-js
// polyfills: about 60 KiB less gzipped than the /peer builds.
import { DataSet } from 'vis-data/esnext';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import '../styles/vis-skin.css';
import type { TimeWindow } from '../data/spans';
import type { TimelineItemSpec } from './items';

/** A row of the timeline (a vis-timeline group). */
export interface GroupSpec {
  id: string;
  order: number;
  className: string;
  /** An element, never an HTML string: dataset text stays text. */
  content: HTMLElement | string;
}

export interface WidgetOptions {
  /** The window shown first. */
  window: TimeWindow;
  /** How far the window may be panned. */
  bounds: TimeWindow;
  /** Narrowest and widest windows. */
  zoomMin: number;
  zoomMax: number;
  /** Locale for the axis (a moment locale, loaded by i18n). */
  locale: string;
  rtl: boolean;
}

export interface WidgetHandlers {
  /** An item was clicked or tapped (undefined: the empty background). */
  select(itemId: string | undefined): void;
  /** The window moved; `byUser` is false for the moves the app asked for. */
  rangechanged(window: TimeWindow, byUser: boolean): void;
  /** A redraw finished (labels can be measured). */
  changed(): void;
}

export interface TimelineWidget {
  /** Replaces the rows and items (the DataSets are updated, not re-created). */
  setContent(groups: GroupSpec[], items: TimelineItemSpec[]): void;
  setSelection(itemIds: string[]): void;
  setWindow(window: TimeWindow, animate: boolean): void;
  getWindow(): TimeWindow;
  /** Draws again (after its container was hidden and shown). */
  redraw(): void;
  /** The panel the items are drawn in, once drawn. */
  itemsPanel(): HTMLElement | null;
  /** The panel that scrolls the rows: the lane-name column. */
  rowScroller(): HTMLElement | null;
  /** One label per row, top to bottom, as tall as its row. */
  rowLabels(): HTMLElement[];
  destroy(): void;
}

export type WidgetFactory = (
  container: HTMLElement,
  options: WidgetOptions,
  initial: { groups: GroupSpec[]; items: TimelineItemSpec[] },
  handlers: WidgetHandlers,
) => TimelineWidget;

/** vis-timeline, filled before it is constructed (one first layout instead of one per item). */
export const createVisTimeline: WidgetFactory = (container, options, initial, handlers) => {
  const items = new DataSet<TimelineItemSpec, 'id'>(initial.items);
  const groups = new DataSet<GroupSpec, 'id'>(initial.groups);
  const locale = options.locale;
  const visOptions: TimelineOptions = {
    start: new Date(options.window.start),
    end: new Date(options.window.end),
    min: new Date(options.bounds.start),
    max: new Date(options.bounds.end),
    zoomMin: options.zoomMin,
    zoomMax: options.zoomMax,
    showCurrentTime: false,
    locale,
    rtl: options.rtl,
    selectable: true,
    multiselect: false,
    stack: false,
    groupOrder: 'order',
    groupHeightMode: 'fitItems',
    // Rows that do not fit scroll, with a scrollbar beside the lane names.
    verticalScroll: true,
    height: '100%',
    margin: { item: { horizontal: 0, vertical: 2 }, axis: 4 },
    orientation: { axis: 'bottom', item: 'top' },
    align: 'auto',
    // Dataset dates are calendar dates: draw the axis in UTC so that a day
    // never shows up on the previous one west of Greenwich.
    moment: (date: moment.MomentInput) => moment(date).locale(locale).utc(),
  };
  // vis-timeline's typings say `content: string`; it accepts elements.
  const timeline = new Timeline(container, items as never, groups as never, visOptions);
  timeline.on('select', (props: { items: (string | number)[] }) => {
    const id = props.items[0];
    handlers.select(id === undefined ? undefined : String(id));
  });
  timeline.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) =>
    handlers.rangechanged({ start: props.start.getTime(), end: props.end.getTime() }, props.byUser),
  );
  timeline.on('changed', () => handlers.changed());
  const side = options.rtl ? 'right' : 'left';

  return {
    setContent(nextGroups, nextItems) {
      const ids = new Set(nextGroups.map((g) => g.id));
      groups.remove(groups.getIds().filter((id) => !ids.has(String(id))));
      groups.update(nextGroups);
      items.clear();
      items.add(nextItems);
    },
    setSelection(itemIds) {
      timeline.setSelection(itemIds);
    },
    setWindow(window, animate) {
      timeline.setWindow(window.start, window.end, {
        animation: animate ? { duration: 450, easingFunction: 'easeInOutQuad' } : false,
      });
    },
    getWindow() {
      const { start, end } = timeline.getWindow();
      return { start: start.getTime(), end: end.getTime() };
    },
    redraw() {
      timeline.redraw();
    },
    itemsPanel: () => container.querySelector<HTMLElement>('.vis-panel.vis-center'),
    // vis-timeline adds its "vis-vertical-scroll" class only at its first redraw.
    rowScroller: () => container.querySelector<HTMLElement>(`.vis-panel.vis-${side}`),
    rowLabels: () => [...container.querySelectorAll<HTMLElement>('.vis-labelset .vis-label')],
    destroy() {
      // A scroll of the rows still queued would reach vis-timeline after
      // destroy() and read its removed panels: its handler skips scrolls
      // when vertical scrolling is off.
      (timeline as unknown as { options: { verticalScroll: boolean } }).options.verticalScroll =
        false;
      timeline.destroy();
      // vis-timeline puts a loading screen in the container and removes it
      // only once its first draw completes, which does not happen when the
      // window is given at creation; destroy() leaves it behind, and every
      // new timeline (each language switch) added one more.
      container.replaceChildren();
    },
  };
};
