// @vitest-environment happy-dom
import type L from 'leaflet';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addInSlices } from './basemap';
import { stubScreen } from '../ui/stubScreen';

vi.mock('virtual:basemap', () => ({
  coarseUrl: '/110m.json',
  detailUrl: '/50m.json',
  pictureUrl: '/110m.svg',
}));

const feature = (id: number): GeoJSON.Feature => ({
  type: 'Feature',
  id,
  properties: {},
  geometry: { type: 'Point', coordinates: [0, 0] },
});

/** A layer that records what it was given, each addData taking `costMs` of the clock. */
function recordingLayer(clock: { t: number }, costMs: number) {
  const added: number[] = [];
  const layer = {
    addData(f: GeoJSON.Feature) {
      added.push(Number(f.id));
      clock.t += costMs;
      return layer;
    },
  };
  return { layer: layer as unknown as L.GeoJSON, added };
}

describe('addInSlices', () => {
  afterEach(() => vi.useRealTimers());

  it('adds every feature in order, a budget at a time, yielding between slices', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const clock = { t: 0 };
    vi.spyOn(performance, 'now').mockImplementation(() => clock.t);
    const { layer, added } = recordingLayer(clock, 3);
    const done = vi.fn();
    addInSlices(layer, [1, 2, 3, 4, 5, 6, 7].map(feature), done, 8);
    // 3 ms each against an 8 ms budget: three in the first slice, then a turn for the browser.
    expect(added).toEqual([1, 2, 3]);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersToNextTimer();
    expect(added).toEqual([1, 2, 3, 4, 5, 6]);
    vi.advanceTimersToNextTimer();
    expect(added).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(done).toHaveBeenCalledOnce();
  });

  it('stops when cancelled', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const clock = { t: 0 };
    vi.spyOn(performance, 'now').mockImplementation(() => clock.t);
    const { layer, added } = recordingLayer(clock, 10);
    const done = vi.fn();
    const cancel = addInSlices(layer, [1, 2, 3].map(feature), done, 8);
    expect(added).toEqual([1]);
    cancel();
    vi.runAllTimers();
    expect(added).toEqual([1]);
    expect(done).not.toHaveBeenCalled();
  });
});

describe('addBasemap', () => {
  async function setUp(desktop: boolean, zoom = 2) {
    // A fresh basemap module, and with it a page where the reader has not come yet.
    vi.resetModules();
    const leaflet = (await import('leaflet')).default;
    const { addBasemap } = await import('./basemap');
    stubScreen(desktop);
    const requested: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      requested.push(url);
      return new Promise(() => undefined);
    });
    vi.stubGlobal('requestIdleCallback', () => 1);
    const container = document.createElement('div');
    document.body.append(container);
    const map = leaflet.map(container, { center: [30, 0], zoom });
    const remove = addBasemap(map, () => undefined);
    const picture = () => container.querySelector('svg.basemap-picture');
    return { map, container, requested, remove, picture };
  }

  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  it('on a laptop, fetches the coarse shapes at once, with no picture', async () => {
    const { requested, picture, remove } = await setUp(true);
    expect(requested).toEqual(['/110m.json']);
    expect(picture()).toBeNull();
    remove();
  });

  it("on a phone, shows the shapes' picture over the world, and fetches shapes at the first touch", async () => {
    const { requested, picture, remove, container } = await setUp(false);
    expect(picture()?.querySelector('use')?.getAttribute('href')).toBe('/110m.svg#world');
    expect(picture()?.getAttribute('viewBox')).toBe('0 0 25600 25600');
    expect(requested).toEqual([]);
    expect(container.dataset.basemap).toBe('picture');
    document.dispatchEvent(new Event('touchstart'));
    expect(requested).toEqual(['/110m.json']);
    remove();
    expect(picture()).toBeNull();
  });

  it('on a phone opened close in, the first touch fetches the fine shapes only', async () => {
    const { requested, remove } = await setUp(false, 5);
    document.dispatchEvent(new Event('pointerdown'));
    expect(requested).toEqual(['/50m.json']);
    remove();
  });
});

const square = (lng: number, lat: number, size: number) => [
  [lng, lat],
  [lng + size, lat],
  [lng + size, lat + size],
  [lng, lat + size],
  [lng, lat],
];

describe('naming the country a tap fell on', () => {
  async function shapes() {
    const leaflet = (await import('leaflet')).default;
    const fc: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'Ringland' },
          // A square with a square hole in its middle.
          geometry: { type: 'Polygon', coordinates: [square(0, 0, 30), square(10, 10, 10)] },
        },
        {
          type: 'Feature',
          properties: { name: 'Islands' },
          geometry: {
            type: 'MultiPolygon',
            coordinates: [[square(40, 0, 5)], [square(50, 0, 5)]],
          },
        },
      ],
    };
    const container = document.createElement('div');
    document.body.append(container);
    const map = leaflet.map(container, { center: [10, 20], zoom: 3 });
    const layer = leaflet
      .geoJSON(fc, {
        onEachFeature: (f, l) => l.bindTooltip(String(f.properties?.name)),
      })
      .addTo(map);
    return { leaflet, map, layer, container };
  }

  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  /** A phone's map whose shapes (one country, Squareland) come when fetched. */
  async function phoneMap() {
    vi.resetModules();
    const leaflet = (await import('leaflet')).default;
    const { addBasemap } = await import('./basemap');
    const { encodeBasemap } = await import('./basemapFormat');
    stubScreen(false);
    const fc: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'Squareland' },
          geometry: { type: 'Polygon', coordinates: [square(0, 0, 30)] },
        },
      ],
    };
    vi.stubGlobal('fetch', async () => ({ ok: true, json: async () => encodeBasemap(fc) }));
    vi.stubGlobal('requestIdleCallback', () => 1);
    // The page has no canvas to draw on here: a 2D context that draws nothing.
    const draws = new Proxy({}, { get: () => () => undefined, set: () => true });
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
      () => draws as CanvasRenderingContext2D,
    );
    const errors: string[] = [];
    const container = document.createElement('div');
    document.body.append(container);
    const map = leaflet.map(container, { center: [10, 20], zoom: 3 });
    const remove = addBasemap(map, (error) => errors.push(error));
    const names = () =>
      [...container.querySelectorAll('.leaflet-tooltip')].map((t) => t.textContent);
    return { leaflet, map, container, remove, names, errors };
  }

  it("on a phone, a tap on the map's picture names its country once the shapes come", async () => {
    const { leaflet, map, container, remove, names, errors } = await phoneMap();
    // The tap is the reader's first touch: it brings the shapes.
    map.fire('click', { latlng: leaflet.latLng(5, 5) });
    document.dispatchEvent(new Event('touchstart'));
    await vi.waitFor(() => expect(container.dataset.basemap).toBe('110m'));
    expect(names()).toEqual(['Squareland']);
    expect(errors).toEqual([]);
    remove();
  });

  it('names nothing for a tap on a place (it answers the tap itself)', async () => {
    const { leaflet, map, container, remove, names } = await phoneMap();
    map.fire('click', { latlng: leaflet.latLng(5, 5), sourceTarget: {} });
    document.dispatchEvent(new Event('touchstart'));
    await vi.waitFor(() => expect(container.dataset.basemap).toBe('110m'));
    expect(names()).toEqual([]);
    remove();
  });

  it('tells inside from outside, holes and separate parts included', async () => {
    const { leaflet, layer } = await shapes();
    const { ringsContain } = await import('./basemap');
    const [ring, islands] = layer.getLayers() as L.Polygon[];
    const at = (lat: number, lng: number) => leaflet.latLng(lat, lng);
    expect(ringsContain(ring!.getLatLngs() as L.LatLng[][], at(5, 5))).toBe(true);
    expect(ringsContain(ring!.getLatLngs() as L.LatLng[][], at(15, 15))).toBe(false);
    expect(ringsContain(ring!.getLatLngs() as L.LatLng[][], at(5, 35))).toBe(false);
    expect(ringsContain(islands!.getLatLngs() as L.LatLng[][][], at(2, 52))).toBe(true);
    expect(ringsContain(islands!.getLatLngs() as L.LatLng[][][], at(2, 47))).toBe(false);
  });

  it('opens the name of the country at the point, and none over the sea or a hole', async () => {
    const { leaflet, layer, container } = await shapes();
    const { nameCountryAt } = await import('./basemap');
    const names = () =>
      [...container.querySelectorAll('.leaflet-tooltip')].map((t) => t.textContent);
    nameCountryAt(layer, leaflet.latLng(15, 15));
    nameCountryAt(layer, leaflet.latLng(-20, -20));
    expect(names()).toEqual([]);
    nameCountryAt(layer, leaflet.latLng(2, 42));
    expect(names()).toEqual(['Islands']);
  });
});
