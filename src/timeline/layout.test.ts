// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { spansOf } from '../data/spans';
import type { TimelineEvent } from '../data/types';
import { estimateItemsWidth, LAYOUT_LIMIT, TimelineLayout } from './layout';

const event = (id: string, start: string): TimelineEvent => ({
  id,
  title: id,
  summary: 's',
  start,
  category: 'political',
  places: [],
  sources: [{ source: 's', quote: 'q' }],
});

/** Sixty years: rows are laid out at the scale of a twenty-year window. */
const EXTENT = { start: Date.UTC(1960, 0, 1), end: Date.UTC(2020, 0, 1) };
/** A year apart: one row at 20 px a year or more, two below 18 (marker and gap). */
const EVENTS = [event('a', '1970-01-01'), event('b', '1971-01-01')];

function source(events: readonly TimelineEvent[]) {
  return { spans: spansOf(events), index: new Map(events.map((e, i) => [e.id, i])) };
}

const rowIds = (layout: TimelineLayout) => layout.rows?.rows.map((r) => r.id);

describe('TimelineLayout', () => {
  it('lays out the visible events once, and reports that they moved', () => {
    const layout = new TimelineLayout(EXTENT);
    expect(layout.spans).toBeNull();
    expect(layout.update(EVENTS, source(EVENTS), 800)).toBe(true);
    expect(layout.spans?.events).toBe(EVENTS);
    expect(layout.width).toBe(800);
    expect(rowIds(layout)).toEqual(['political:0']);
  });

  it('does nothing again for the same events at the same width', () => {
    const layout = new TimelineLayout(EXTENT);
    layout.update(EVENTS, source(EVENTS), 800);
    const rows = layout.rows;
    expect(layout.update(EVENTS, source(EVENTS), 800)).toBe(false);
    expect(layout.rows).toBe(rows);
  });

  it('lays out again at a new width, and reports a move only when an event changed rows', () => {
    const layout = new TimelineLayout(EXTENT);
    layout.update(EVENTS, source(EVENTS), 800);
    expect(layout.update(EVENTS, source(EVENTS), 400)).toBe(false);
    expect(layout.width).toBe(400);
    expect(layout.update(EVENTS, source(EVENTS), 200)).toBe(true);
    expect(rowIds(layout)).toEqual(['political:0', 'political:1']);
  });

  it('reports a move for other events, even in the same rows', () => {
    const layout = new TimelineLayout(EXTENT);
    layout.update(EVENTS, source(EVENTS), 800);
    const others = [...EVENTS];
    expect(layout.update(others, source(others), 800)).toBe(true);
    expect(layout.spans?.events).toBe(others);
  });

  it('lays out at 800 px while no width is known', () => {
    const layout = new TimelineLayout(EXTENT);
    layout.update(EVENTS, source(EVENTS), 0);
    expect(rowIds(layout)).toEqual(['political:0']);
  });

  it('keeps no rows above the limit: they are laid out for what is in view', () => {
    const many = Array.from({ length: LAYOUT_LIMIT + 1 }, (_, i) =>
      event(`e${String(i)}`, '1970-01-01'),
    );
    const layout = new TimelineLayout(EXTENT);
    expect(layout.update(many, source(many), 800)).toBe(true);
    expect(layout.rows).toBeNull();
    expect(layout.spans?.events).toBe(many);
    // What is in view is laid out at the same scale.
    expect(layout.rowsFor(EVENTS, spansOf(EVENTS)).rows.map((r) => r.id)).toEqual(['political:0']);
  });
});

describe('estimateItemsWidth', () => {
  afterEach(() => vi.restoreAllMocks());

  it('leaves out the widest lane name and the border, and takes its probe away', () => {
    const container = document.createElement('div');
    vi.spyOn(container, 'clientWidth', 'get').mockReturnValue(1000);
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(120);
    expect(estimateItemsWidth(container, EVENTS, 'en')).toBe(879);
    expect(container.childElementCount).toBe(0);
  });

  it('guesses 800 px for a container not drawn yet', () => {
    expect(estimateItemsWidth(document.createElement('div'), EVENTS, 'en')).toBe(800);
  });
});
