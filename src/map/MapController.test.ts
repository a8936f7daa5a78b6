// @vitest-environment happy-dom
import L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset, Place, TimelineEvent } from '../data/types';
import { createAppStore, type MapView } from '../store';
import { leafletSupported } from './leafletCompat';
import { MapController } from './MapController';
import { stubScreen } from '../ui/stubScreen';

// The basemap is fetched: nothing to fetch in a unit test.
vi.mock('virtual:basemap', () => ({
  coarseUrl: '/110m.json',
  detailUrl: '/50m.json',
  pictureUrl: '/110m.svg',
}));

const place = (id: string, more: Partial<Place> = {}): Place => ({
  id,
  name: id,
  lat: 20,
  lng: 10,
  precision: 'city',
  ...more,
});
const event = (id: string, start: string, places: string[]): TimelineEvent => ({
  id,
  title: `Event ${id}`,
  summary: 'A summary.',
  start,
  category: 'political',
  places,
  sources: [{ source: 's', quote: 'q' }],
});

const DATASET: Dataset = {
  title: 'Test',
  parties: ['Cuba', 'Syria'],
  sources: [{ id: 's', title: 'S', publisher: 'P', url: 'https://example.org/', kind: 'wire' }],
  places: [
    place('havana', { kind: 'embassy', country: 'Cuba', lat: 23.1, lng: -82.4 }),
    place('damascus', { kind: 'embassy', country: 'Syria', lat: 33.5, lng: 36.3 }),
    place('geneva', { lat: 46.2, lng: 6.1, precision: 'site' }),
  ],
  events: [
    event('both', '1965-08-11', ['havana', 'damascus']),
    event('vote', '2011-08-23', ['geneva']),
    event('later', '2020-01-01', ['havana']),
  ],
};

describe('MapController', () => {
  let store: ReturnType<typeof createAppStore>;
  let map: L.Map;
  let controller: MapController;
  let errors: unknown[];
  let popups: ({ placeId: string } | null)[];

  const make = (
    more: { viewAtCreation?: MapView | null; viewSetAside?: boolean; stageBudgetMs?: number } = {},
  ) =>
    new MapController(map, {
      ...more,
      store,
      lang: 'en',
      onError: (e) => errors.push(e),
      onBasemapError: () => undefined,
      onTilesFailed: () => undefined,
      onPopup: (open) => popups.push(open && { placeId: open.placeId }),
      onSheet: () => undefined,
      reducedMotion: () => true,
    });

  beforeEach(async () => {
    vi.stubGlobal('fetch', () => new Promise(() => undefined));
    store = createAppStore();
    store.getState().setDataset(DATASET, '/data/test.json');
    const container = document.createElement('div');
    document.body.append(container);
    map = L.map(container, { center: [30, 0], zoom: 2 });
    errors = [];
    popups = [];
    controller = make();
    await controller.ready;
  });
  afterEach(() => {
    controller.destroy();
    map.remove();
    vi.unstubAllGlobals();
  });

  const marker = (id: string) =>
    map.getContainer().querySelector<HTMLElement>(`.leaflet-marker-icon[data-place-id="${id}"]`);

  it('runs on the Leaflet version it was written for', () => {
    expect(leafletSupported()).toBe(true);
    expect(leafletSupported('2.0.0-alpha')).toBe(false);
  });

  it('draws every place, named for assistive technology', () => {
    for (const id of ['havana', 'damascus', 'geneva']) {
      expect(marker(id), id).not.toBeNull();
      expect(marker(id)?.getAttribute('aria-label')).toBe(id);
    }
  });

  it('lists a place’s visible events, and follows the filters', () => {
    const states = () => controller.placeStates(store.getState());
    const havana = () => states().find((s) => s.place.id === 'havana')!;
    expect(havana().events.map((e) => e.id)).toEqual(['both', 'later']);
    store.getState().setQuery('later');
    expect(havana().events.map((e) => e.id)).toEqual(['later']);
    expect(states().find((s) => s.place.id === 'geneva')!.faded).toBe(true);
  });

  it('marks the selected event’s places and fades places with nothing in the time window', () => {
    store.getState().selectEvent('vote', 'user');
    const states = controller.placeStates(store.getState());
    expect(states.find((s) => s.place.id === 'geneva')!.selected).toBe(true);
    expect(marker('geneva')?.className).toContain('is-selected');
    store
      .getState()
      .setTimeWindow({ start: Date.UTC(2019, 0, 1), end: Date.UTC(2021, 0, 1) }, 'user');
    const faded = controller.placeStates(store.getState());
    expect(faded.find((s) => s.place.id === 'damascus')!.faded).toBe(true);
    expect(faded.find((s) => s.place.id === 'havana')!.faded).toBe(false);
  });

  it('highlights the line between the embassies for an event that concerns both', () => {
    const line = () => map.getContainer().querySelector('path.embassy-link');
    expect(line()?.classList.contains('is-highlighted')).toBe(false);
    store.getState().selectEvent('both', 'user');
    expect(line()?.classList.contains('is-highlighted')).toBe(true);
    store.getState().selectEvent('vote', 'user');
    expect(line()?.classList.contains('is-highlighted')).toBe(false);
  });

  it('moves to a view from a link exactly, and reports its own moves as the map’s', () => {
    store.getState().setMapView({ lat: 10, lng: 20, zoom: 3 }, 'url');
    expect(map.getCenter().lat).toBeCloseTo(10, 6);
    expect(map.getZoom()).toBe(3);
    map.setView([5, 5], 4, { animate: false });
    expect(store.getState().mapView).toEqual({ lat: 5, lng: 5, zoom: 4 });
    expect(store.getState().mapViewOrigin).toBe('map');
  });

  it('opens a place’s popup for the pane to fill, and closes it on Escape', () => {
    // happy-dom gives the map no size: a large map is assumed (no sheet).
    vi.spyOn(map, 'getSize').mockReturnValue(L.point(900, 600));
    marker('geneva')!.click();
    expect(popups.at(-1)).toEqual({ placeId: 'geneva' });
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(popups.at(-1)).toBeNull();
  });

  it('sends an error in a store change to the pane, not to the caller of the action', () => {
    vi.spyOn(map, 'flyToBounds').mockImplementation(() => {
      throw new Error('map broke');
    });
    vi.spyOn(map, 'fitBounds').mockImplementation(() => {
      throw new Error('map broke');
    });
    expect(() => store.getState().focusPlaces(['geneva'])).not.toThrow();
    expect(errors).toEqual([new Error('map broke')]);
  });

  it('on a slow machine draws a part per task, and misses no change made in between', async () => {
    controller.destroy();
    const line = () => map.getContainer().querySelector('path.embassy-link');
    // No time to spare: every part after the first waits for a task of its own.
    controller = make({ stageBudgetMs: 0 });
    // The first task keeps the map in step; the places and the line come later.
    expect(marker('geneva')).toBeNull();
    expect(line()).toBeNull();
    store.getState().selectEvent('both', 'user');
    store.getState().setMapView({ lat: 10, lng: 20, zoom: 3 }, 'url');
    await controller.ready;
    expect(marker('havana')?.className).toContain('is-selected');
    expect(line()?.classList.contains('is-highlighted')).toBe(true);
    expect(map.getCenter().lat).toBeCloseTo(10, 6);
    expect(map.getZoom()).toBe(3);
    expect(map.getContainer().querySelectorAll('.map-extra-controls')).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('on a fast machine draws every part in its first task', () => {
    controller.destroy();
    controller = make({ stageBudgetMs: Number.POSITIVE_INFINITY });
    expect(marker('geneva')).not.toBeNull();
    expect(map.getContainer().querySelector('path.embassy-link')).not.toBeNull();
    expect(map.getContainer().querySelectorAll('.map-extra-controls')).toHaveLength(1);
  });

  it.each([
    [true, 'a laptop draws every part at once'],
    [false, 'a phone draws a part per task'],
  ])('by default %s: %s', (desktop) => {
    controller.destroy();
    const spy = stubScreen(desktop);
    controller = make();
    expect(marker('geneva') !== null).toBe(desktop);
    spy.mockRestore();
  });

  it('shows a view the store was given after the map was made, rather than reporting its own', async () => {
    controller.destroy();
    // Back, between the map's making and its controller's: the store's view stands.
    store.getState().setMapView({ lat: -12, lng: 40, zoom: 4 }, 'url');
    controller = make();
    await controller.ready;
    expect(store.getState().mapView).toEqual({ lat: -12, lng: 40, zoom: 4 });
    expect(map.getCenter().lng).toBeCloseTo(40, 6);
    expect(map.getZoom()).toBe(4);
  });

  it("keeps its own view when it was made from a newer one than the store's (the reader moved on)", async () => {
    controller.destroy();
    store.getState().setMapView({ lat: -12, lng: 40, zoom: 4 }, 'url');
    // Made over the reader's event rather than the link's view (MapStage's preferFocus).
    controller = make({ viewAtCreation: store.getState().mapView, viewSetAside: true });
    await controller.ready;
    expect(map.getZoom()).toBe(2);
    expect(store.getState().mapView).toEqual({ lat: 30, lng: 0, zoom: 2 });
    // The link's view was set aside, not refused: no notice that it was adjusted.
    expect(store.getState().notices).toEqual([]);
  });

  it('stops drawing when destroyed before it has finished', async () => {
    controller.destroy();
    controller = make();
    controller.destroy();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(marker('havana')).toBeNull();
    expect(map.getContainer().querySelector('path.embassy-link')).toBeNull();
  });

  it('lets go of the store and the map when destroyed', () => {
    controller.destroy();
    expect(marker('havana')).toBeNull();
    store.getState().setMapView({ lat: 10, lng: 20, zoom: 3 }, 'url');
    expect(map.getZoom()).toBe(2);
    expect(errors).toEqual([]);
  });
});
