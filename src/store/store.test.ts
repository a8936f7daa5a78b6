import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../data/schema';
import type { Dataset } from '../data/types';
import { createAppStore } from './index';
import { CALENDAR_END_MS, CALENDAR_START_MS, isoDayFromMs } from '../data/dates';
import {
  extentWithMargin,
  fitWindow,
  frameWindow,
  MIN_FRAME_MS,
  MIN_WINDOW_MS,
  panWindowToInclude,
  timelineBounds,
  windowFromLink,
} from '../timeline/window';

function bundled(): Dataset {
  const json: unknown = JSON.parse(
    readFileSync(new URL('../../public/data/cuba-syria.json', import.meta.url), 'utf8'),
  );
  const result = validateDataset(json);
  if (!result.ok) throw new Error('bundled dataset is invalid');
  return result.dataset;
}

function readyStore() {
  const store = createAppStore();
  store.getState().setDataset(bundled(), 'test');
  return store;
}

const YEAR = 365.25 * 24 * 3600 * 1000;

describe('store: data', () => {
  it('sorts events chronologically and indexes them by id', () => {
    const s = readyStore().getState();
    const starts = s.events.map((e) => e.start);
    // The story opens with its first chapter, then the day relations were established.
    expect(s.events[0]?.id).toBe('era-cold-war');
    expect(s.events.find((e) => e.category !== 'era')?.id).toBe('relations-established');
    expect(s.events.at(-1)?.id).toBe('statement-on-fall-of-assad');
    expect(starts.length).toBe(bundled().events.length);
    for (const [id, i] of s.eventIndex) expect(s.events[i]?.id).toBe(id);
  });

  it('computes an extent covering 1965 to 2024 with a margin', () => {
    const { extent } = readyStore().getState();
    expect(extent.start).toBeLessThan(Date.UTC(1965, 7, 11));
    expect(extent.end).toBeGreaterThan(Date.UTC(2024, 11, 8));
  });

  it('records a load error and drops the dataset', () => {
    const store = readyStore();
    store.getState().setDataError('x.json', 'data.invalid', [{ text: 'events[0].start: bad' }]);
    expect(store.getState().data).toEqual({
      status: 'error',
      source: 'x.json',
      titleKey: 'data.invalid',
      problems: [{ text: 'events[0].start: bad' }],
      more: 0,
    });
    expect(store.getState().events).toEqual([]);
  });

  it('keeps a load’s progress while it loads, and only for the dataset being loaded', () => {
    const store = createAppStore();
    store.getState().startLoading('big.json');
    store.getState().setLoadProgress('big.json', { phase: 'download', received: 10, total: 100 });
    expect(store.getState().data).toEqual({
      status: 'loading',
      source: 'big.json',
      progress: { phase: 'download', received: 10, total: 100 },
    });
    // A late report of an earlier load (Retry meanwhile) changes nothing.
    store.getState().setLoadProgress('old.json', { phase: 'validate' });
    expect(store.getState().data).toMatchObject({ source: 'big.json', progress: { received: 10 } });
    store.getState().setDataset(bundled(), 'big.json');
    store.getState().setLoadProgress('big.json', { phase: 'validate' });
    expect(store.getState().data).toEqual({ status: 'ready', source: 'big.json' });
  });
});

describe('store: selection', () => {
  it('selects a known event and asks the map to focus its places', () => {
    const store = readyStore();
    store.getState().selectEvent('un-mutual-backing', 'timeline');
    const s = store.getState();
    expect(s.selectedId).toBe('un-mutual-backing');
    expect(s.selectionOrigin).toBe('timeline');
    expect(s.mapFocusRequest?.placeIds).toEqual(['un-hq']);
  });

  it('ignores unknown ids', () => {
    const store = readyStore();
    store.getState().selectEvent('relations-established', 'user');
    store.getState().selectEvent('no-such-event', 'user');
    expect(store.getState().selectedId).toBe('relations-established');
  });

  it('does not move the map when told not to', () => {
    const store = readyStore();
    store.getState().selectEvent('un-mutual-backing', 'url', { focusMap: false });
    expect(store.getState().mapFocusRequest).toBeNull();
  });

  it('steps next, previous, first and last in chronological order', () => {
    const store = readyStore();
    const ids = store.getState().events.map((e) => e.id);
    store.getState().selectNext('user');
    expect(store.getState().selectedId).toBe(ids[0]);
    store.getState().selectNext('user');
    expect(store.getState().selectedId).toBe(ids[1]);
    store.getState().selectPrevious('user');
    expect(store.getState().selectedId).toBe(ids[0]);
    store.getState().selectLast('user');
    expect(store.getState().selectedId).toBe(ids.at(-1));
    store.getState().selectNext('user');
    expect(store.getState().selectedId).toBe(ids.at(-1));
    store.getState().selectFirst('user');
    expect(store.getState().selectedId).toBe(ids[0]);
  });

  it('steps only through events that pass the filters', () => {
    const store = readyStore();
    store.getState().setVisibleCategories(['cultural']);
    store.getState().selectFirst('user');
    expect(store.getState().selectedId).toBe('medical-training-agreements');
    store.getState().selectNext('user');
    expect(store.getState().selectedId).toBe('cultural-agreement-2019');
  });

  it('pans the time window to an event chosen on the timeline, keeping the reader’s zoom', () => {
    const store = readyStore();
    const window = { start: Date.UTC(1960, 0, 1), end: Date.UTC(1970, 0, 1) };
    store.getState().setTimeWindow(window, 'timeline');
    store.getState().selectEvent('cultural-agreement-2019', 'timeline');
    const w = store.getState().timeWindow!;
    expect(w.end - w.start).toBe(window.end - window.start);
    expect(w.start).toBeLessThan(Date.UTC(2019, 8, 24));
    expect(w.end).toBeGreaterThan(Date.UTC(2019, 8, 24));
    expect(store.getState().timeWindowOrigin).toBe('user');
  });

  it('frames an event chosen anywhere else with two neighbours on each side', () => {
    const store = readyStore();
    store.getState().setTimeWindow(store.getState().extent, 'timeline');
    const { events, spans, eventIndex } = store.getState();
    // An event with two events before and after it.
    const at = events.findIndex((e) => e.id === 'cultural-agreement-2019');
    store.getState().selectEvent('cultural-agreement-2019', 'user');
    const w = store.getState().timeWindow!;
    for (const e of events.slice(at - 2, at + 3)) {
      const start = spans.start[eventIndex.get(e.id)!]!;
      expect(start, e.id).toBeGreaterThan(w.start);
      expect(start, e.id).toBeLessThan(w.end);
    }
    // Narrower than the whole story: the neighbours' labels have room.
    const extent = store.getState().extent;
    expect(w.end - w.start).toBeLessThan((extent.end - extent.start) / 3);
    expect(store.getState().timeWindowOrigin).toBe('user');
  });

  it('frames the event a link opens, before the timeline has a window', () => {
    const store = readyStore();
    store.getState().selectEvent('civil-war-onset', 'url');
    const w = store.getState().timeWindow!;
    expect(w.start).toBeLessThan(Date.UTC(2011, 2, 15));
    expect(w.end).toBeGreaterThan(Date.UTC(2011, 2, 16));
  });

  it("frames by the view-model's one rule, which the build's timeline picture also draws", () => {
    const store = readyStore();
    const state = store.getState();
    // Asked before the selection (the build's page has no window yet), the frame is the one it gets.
    const frame = store.view.frameFor(state, 'civil-war-onset');
    expect(frame).not.toEqual(state.extent);
    state.selectEvent('civil-war-onset', 'user');
    expect(store.getState().timeWindow).toEqual(frame);
    // Followed through the filters: the neighbours are the visible events.
    store.getState().setVisibleCategories(['cultural']);
    const cultural = store.view.frameFor(store.getState(), 'cultural-agreement-2019');
    store.getState().selectEvent('cultural-agreement-2019', 'map');
    expect(store.getState().timeWindow).toEqual(cultural);
    expect(store.view.frameFor(store.getState(), 'no-such-event')).toEqual(state.extent);
  });
});

describe('store: views and filters', () => {
  it('keeps the origin of a map move and skips no-op updates', () => {
    const store = readyStore();
    store.getState().setMapView({ lat: 10, lng: 20, zoom: 3 }, 'map');
    const first = store.getState().mapView;
    store.getState().setMapView({ lat: 10, lng: 20, zoom: 3 }, 'url');
    expect(store.getState().mapView).toBe(first);
    expect(store.getState().mapViewOrigin).toBe('map');
  });

  it('refuses a non-finite map view or an empty time window', () => {
    const store = readyStore();
    store.getState().setMapView({ lat: NaN, lng: 20, zoom: 3 }, 'url');
    expect(store.getState().mapView).toBeNull();
    store.getState().setTimeWindow({ start: 5, end: 5 }, 'url');
    expect(store.getState().timeWindow).toBeNull();
  });

  it('toggles categories on and off', () => {
    const store = readyStore();
    store.getState().toggleCategory('era');
    expect(store.getState().hiddenCategories).toEqual(['era']);
    store.getState().toggleCategory('diplomatic');
    expect(store.getState().hiddenCategories).toEqual(['diplomatic', 'era']);
    store.getState().toggleCategory('era');
    expect(store.getState().hiddenCategories).toEqual(['diplomatic']);
  });

  it('applies the last language chosen, even while an earlier one is loading', async () => {
    const store = readyStore();
    const arabic = store.getState().chooseLanguage('ar', true);
    const english = store.getState().chooseLanguage('en', true);
    expect(await Promise.all([arabic, english])).toEqual([false, true]);
    expect(store.getState().lang).toBe('en');
    expect(store.getState().langChosen).toBe(true);
  });

  it('adds and dismisses notices', () => {
    const store = readyStore();
    store.getState().addNotice({ kind: 'status', titleKey: 'notice.linkIgnored', ignored: [] });
    const id = store.getState().notices[0]!.id;
    store.getState().dismissNotice(id);
    expect(store.getState().notices).toEqual([]);
  });
});

describe('panWindowToInclude', () => {
  const w = { start: 0, end: 100 * YEAR };
  it('leaves the window alone when the event is well inside', () => {
    expect(panWindowToInclude(w, 50 * YEAR, 50 * YEAR)).toBe(w);
  });
  it('pans right just enough for an event after the window', () => {
    const p = panWindowToInclude(w, 150 * YEAR, 150 * YEAR);
    expect(p.end - p.start).toBeCloseTo(100 * YEAR);
    expect(p.end).toBeCloseTo(155 * YEAR);
  });
  it('aligns a range longer than the window on its start', () => {
    const p = panWindowToInclude(w, 200 * YEAR, 400 * YEAR);
    expect(p.start).toBeCloseTo(195 * YEAR);
  });
});

describe('windowFromLink', () => {
  // Bounds: -500 to 1500 years; widest zoom 1000 years.
  const extent = { start: 0, end: 1000 * YEAR };
  const bounds = timelineBounds(extent);

  it('drops a window entirely outside the bounds', () => {
    expect(windowFromLink({ start: 2000 * YEAR, end: 2100 * YEAR }, extent)).toBeNull();
  });

  it('cuts a window to the bounds', () => {
    expect(windowFromLink({ start: -1000 * YEAR, end: 10 * YEAR }, extent)).toEqual({
      start: bounds.start,
      end: 10 * YEAR,
    });
  });

  it('narrows a window wider than the widest zoom around its middle', () => {
    expect(windowFromLink({ start: -400 * YEAR, end: 1400 * YEAR }, extent)).toEqual({
      start: 0,
      end: 1000 * YEAR,
    });
  });
});

describe('fitWindow', () => {
  const extent = extentWithMargin(Date.UTC(1965, 0, 1), Date.UTC(2025, 0, 1));

  it('keeps a window that the timeline can show as it is', () => {
    const w = { start: Date.UTC(1990, 0, 1), end: Date.UTC(2000, 0, 1) };
    expect(fitWindow(w, extent)).toBe(w);
  });

  it('widens a window narrower than the closest zoom around its middle', () => {
    const w = { start: Date.UTC(2000, 0, 1), end: Date.UTC(2000, 0, 4) };
    const fitted = fitWindow(w, extent);
    expect(fitted.end - fitted.start).toBe(MIN_WINDOW_MS);
    expect((fitted.start + fitted.end) / 2).toBe((w.start + w.end) / 2);
  });

  it('moves a window back inside the bounds, keeping its width', () => {
    const bounds = timelineBounds(extent);
    const w = { start: bounds.end - 5 * YEAR, end: bounds.end + 5 * YEAR };
    expect(fitWindow(w, extent)).toEqual({ start: bounds.end - 10 * YEAR, end: bounds.end });
  });

  it('is what the store keeps, so that the link holds the window shown', () => {
    const store = readyStore();
    store
      .getState()
      .setTimeWindow({ start: Date.UTC(2000, 0, 1), end: Date.UTC(2000, 0, 4) }, 'user');
    const w = store.getState().timeWindow!;
    expect(w.end - w.start).toBe(MIN_WINDOW_MS);
  });

  it('sends a window the timeline reported but cannot keep back to it', () => {
    const store = readyStore();
    store
      .getState()
      .setTimeWindow({ start: Date.UTC(2000, 0, 1), end: Date.UTC(2000, 0, 4) }, 'timeline');
    expect(store.getState().timeWindowOrigin).toBe('user');
  });
});

describe('frameWindow', () => {
  const extent = { start: Date.UTC(1950, 0, 1), end: Date.UTC(2030, 0, 1) };
  const at = (y: number) => ({ start: Date.UTC(y, 0, 1), end: Date.UTC(y, 0, 2) });
  it('holds the selection and its neighbours, with more room after the last for its label', () => {
    const w = frameWindow(at(2000), [at(1996), at(1998), at(2002), at(2004)], extent);
    expect(w.start).toBeLessThan(at(1996).start);
    expect(w.end).toBeGreaterThan(at(2004).start);
    expect(w.end - at(2004).start).toBeGreaterThan(at(1996).start - w.start);
  });
  it('is never narrower than the narrowest frame', () => {
    const w = frameWindow(at(2000), [], extent);
    expect(w.end - w.start).toBeGreaterThanOrEqual(MIN_FRAME_MS);
  });
  it('holds a long period whole', () => {
    const era = { start: Date.UTC(1965, 0, 1), end: Date.UTC(1992, 0, 1) };
    const w = frameWindow(era, [at(1965)], extent);
    expect(w.start).toBeLessThanOrEqual(era.start);
    expect(w.end).toBeGreaterThanOrEqual(era.end);
  });
});

describe('windows at the ends of the calendar', () => {
  for (const [name, min, max] of [
    ['9999-12-31', Date.UTC(2000, 0, 1), CALENDAR_END_MS],
    ['0001-01-01', CALENDAR_START_MS, Date.UTC(1000, 0, 1)],
  ] as const) {
    it(`keeps the extent, the bounds and every fitted window inside years 1..9999 (${name})`, () => {
      const extent = extentWithMargin(min, max);
      const bounds = timelineBounds(extent);
      for (const w of [extent, bounds]) {
        expect(w.start).toBeGreaterThanOrEqual(CALENDAR_START_MS);
        expect(w.end).toBeLessThanOrEqual(CALENDAR_END_MS);
      }
      // Zooming out around either end, as far as it goes.
      for (const mid of [min, max]) {
        const fitted = fitWindow({ start: mid - 1e6 * YEAR, end: mid + 1e6 * YEAR }, extent);
        expect(() => [isoDayFromMs(fitted.start), isoDayFromMs(fitted.end)]).not.toThrow();
      }
    });
  }
});
