// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimeWindow } from '../data/spans';
import type { Dataset, TimelineEvent } from '../data/types';
import { createAppStore } from '../store';
import type { TimelineItemSpec } from './items';
import { TimelineController } from './TimelineController';
import type { GroupSpec, TimelineWidget, WidgetFactory, WidgetHandlers } from './widget';

const event = (id: string, start: string, category: TimelineEvent['category'] = 'political') =>
  ({
    id,
    title: `Event ${id}`,
    summary: 'A summary.',
    start,
    category,
    places: [],
    sources: [{ source: 's', quote: 'q' }],
  }) satisfies TimelineEvent;

const DATASET: Dataset = {
  title: 'Test',
  parties: ['A', 'B'],
  sources: [{ id: 's', title: 'S', publisher: 'P', url: 'https://example.org/', kind: 'wire' }],
  places: [],
  events: [
    event('a', '1970-01-01'),
    event('b', '1980-01-01', 'cultural'),
    event('c', '1990-01-01'),
    event('d', '2000-01-01', 'cultural'),
  ],
};

/** A widget that records what the controller asks of it. */
class FakeWidget implements TimelineWidget {
  groups: GroupSpec[] = [];
  items: TimelineItemSpec[] = [];
  selection: string[] = [];
  windows: { window: TimeWindow; animate: boolean }[] = [];
  current: TimeWindow;
  destroyed = false;
  constructor(
    initial: { groups: GroupSpec[]; items: TimelineItemSpec[] },
    window: TimeWindow,
    readonly handlers: WidgetHandlers,
  ) {
    this.groups = initial.groups;
    this.items = initial.items;
    this.current = window;
  }
  setContent(groups: GroupSpec[], items: TimelineItemSpec[]) {
    this.groups = groups;
    this.items = items;
  }
  setSelection(ids: string[]) {
    this.selection = ids;
  }
  setWindow(window: TimeWindow, animate: boolean) {
    this.windows.push({ window, animate });
    this.current = window;
  }
  getWindow() {
    return this.current;
  }
  redraws = 0;
  redraw() {
    this.redraws += 1;
  }
  itemsPanel() {
    return null;
  }
  rowScroller() {
    return null;
  }
  rowLabels() {
    return [];
  }
  destroy() {
    this.destroyed = true;
  }
  eventIds() {
    return this.items.map((i) => i.id).filter((id) => id.startsWith('event:'));
  }
}

describe('TimelineController', () => {
  let store: ReturnType<typeof createAppStore>;
  let widget: FakeWidget;
  let errors: unknown[];
  let controller: TimelineController;
  const createWidget: WidgetFactory = (_container, options, initial, handlers) =>
    (widget = new FakeWidget(initial, options.window, handlers));

  function mount(reducedMotion = false, onDrawn?: () => void) {
    controller = new TimelineController({
      ...(onDrawn ? { onDrawn } : {}),
      container: document.createElement('div'),
      store,
      lang: 'en',
      extent: store.getState().extent,
      onError: (e) => errors.push(e),
      createWidget,
      reducedMotion: () => reducedMotion,
      measureText: (text) => text.length * 7,
    });
  }

  beforeEach(() => {
    store = createAppStore();
    store.getState().setDataset(DATASET, '/data/test.json');
    errors = [];
  });
  afterEach(() => controller?.destroy());

  it('is filled with the visible events before it is drawn, and follows the filters', () => {
    mount();
    expect(widget.eventIds()).toEqual(['event:a', 'event:b', 'event:c', 'event:d']);
    store.getState().toggleCategory('cultural');
    expect(widget.eventIds()).toEqual(['event:a', 'event:c']);
    store.getState().setQuery('Event d');
    expect(widget.eventIds()).toEqual([]);
  });

  it('folds the rows with nothing in the window, and names each lane on its first drawn row', () => {
    mount();
    expect(widget.groups.map((g) => g.id.split(':')[0])).toEqual(['political', 'cultural']);
    store
      .getState()
      .setTimeWindow({ start: Date.UTC(1978, 0, 1), end: Date.UTC(1982, 0, 1) }, 'user');
    expect(widget.groups.map((g) => g.id.split(':')[0])).toEqual(['cultural']);
    expect(widget.groups[0]?.className).toContain('lane-first');
    expect(widget.eventIds()).not.toContain('event:a');
    expect(widget.eventIds()).toContain('event:b');
  });

  it('gives the store its first window, as coming from the timeline', () => {
    mount();
    const state = store.getState();
    expect(state.timeWindow).toEqual(state.extent);
    expect(state.timeWindowOrigin).toBe('timeline');
  });

  it('moves to windows from elsewhere, animated unless motion is reduced, and never echoes its own', () => {
    mount();
    const window = { start: Date.UTC(1975, 0, 1), end: Date.UTC(1995, 0, 1) };
    store.getState().setTimeWindow(window, 'url');
    expect(widget.windows).toEqual([{ window, animate: true }]);
    // The reader's own pan comes back from the widget: applied to the store only.
    widget.handlers.rangechanged({ start: window.start + 1e10, end: window.end + 1e10 }, true);
    expect(store.getState().timeWindow?.start).toBe(window.start + 1e10);
    expect(widget.windows).toHaveLength(1);
    // A move the controller asked for itself is not taken for the reader's.
    widget.handlers.rangechanged({ start: 0, end: 1e12 }, false);
    expect(store.getState().timeWindow?.start).toBe(window.start + 1e10);
  });

  it('moves without animation when the reader asks for reduced motion', () => {
    mount(true);
    store
      .getState()
      .setTimeWindow({ start: Date.UTC(1975, 0, 1), end: Date.UTC(1995, 0, 1) }, 'user');
    expect(widget.windows.at(-1)?.animate).toBe(false);
  });

  it('selects what the reader clicks, and shows the store’s selection', () => {
    mount();
    widget.handlers.select('event:c');
    expect(store.getState().selectedId).toBe('c');
    expect(store.getState().selectionOrigin).toBe('timeline');
    store.getState().selectEvent('a', 'user');
    expect(widget.selection).toEqual(['event:a']);
    // A hidden event is not drawn: nothing is shown selected.
    store.getState().toggleCategory('cultural');
    store.getState().selectEvent('b', 'user');
    expect(widget.selection).toEqual([]);
  });

  it('sends an error in a store change to the pane, not to the caller of the action', () => {
    mount();
    widget.setSelection = () => {
      throw new Error('widget broke');
    };
    expect(() => store.getState().selectEvent('a', 'user')).not.toThrow();
    expect(errors).toEqual([new Error('widget broke')]);
  });

  it('sends an error in a widget event to the pane', () => {
    mount();
    store.getState().selectEvent = () => {
      throw new Error('store broke');
    };
    expect(() => widget.handlers.select('event:a')).not.toThrow();
    expect(errors).toEqual([new Error('store broke')]);
  });

  it('says once when the widget has first drawn (its picture can go), not before', () => {
    let drawn = 0;
    mount(false, () => (drawn += 1));
    expect(drawn).toBe(0);
    widget.handlers.changed();
    expect(drawn).toBe(1);
    widget.handlers.changed();
    store.getState().selectEvent('c', 'user');
    widget.handlers.changed();
    expect(drawn).toBe(1);
    expect(errors).toEqual([]);
  });

  it('lets go of the store and the widget when destroyed', () => {
    mount();
    controller.destroy();
    expect(widget.destroyed).toBe(true);
    const before = widget.items;
    store.getState().toggleCategory('cultural');
    store.getState().setTimeWindow({ start: 0, end: 1e12 }, 'url');
    expect(widget.items).toBe(before);
    expect(widget.windows).toEqual([]);
    expect(errors).toEqual([]);
  });
});
