// @vitest-environment happy-dom
import L from 'leaflet';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FOCUS_PADDING, frameBounds, MAP_ZOOM, project, viewBoxOf } from './mercator';

/** A real Leaflet map of a given size (happy-dom has no layout: the size is told). */
function leafletMap(width: number, height: number): L.Map {
  const el = document.createElement('div');
  document.body.append(el);
  Object.defineProperty(el, 'clientWidth', { value: width });
  Object.defineProperty(el, 'clientHeight', { value: height });
  return L.map(el, { ...MAP_ZOOM, zoomAnimation: false, fadeAnimation: false });
}

// Leaflet snaps zooms to zoomSnap only where it can scale with CSS 3D
// transforms, as every browser it supports can; happy-dom says it cannot.
const any3d = L.Browser.any3d;
beforeAll(() => {
  (L.Browser as { any3d: boolean }).any3d = true;
});
afterAll(() => {
  (L.Browser as { any3d: boolean }).any3d = any3d;
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('project', () => {
  it('places points where Leaflet does at zoom 0', () => {
    const crs = L.CRS.EPSG3857;
    for (const [lat, lng] of [
      [23.1136, -82.3666],
      [33.5138, 36.2765],
      [-54.8, -68.3],
      [89.9, 179.99],
      [0, 0],
    ] as const) {
      const expected = crs.latLngToPoint(L.latLng(lat, lng), 0);
      const got = project(lat, lng);
      expect(got.x).toBeCloseTo(expected.x, 6);
      expect(got.y).toBeCloseTo(expected.y, 6);
    }
  });
});

describe('frameBounds', () => {
  const havana: [number, number] = [23.1136, -82.3666];
  const damascus: [number, number] = [33.5138, 36.2765];
  const geneva: [number, number] = [46.2266, 6.1404];
  const cases: { name: string; points: [number, number][]; size: [number, number] }[] = [
    { name: 'both capitals on a laptop', points: [havana, damascus], size: [640, 420] },
    { name: 'both capitals on a phone', points: [havana, damascus], size: [390, 320] },
    { name: 'one place (the padding zoom cap)', points: [havana], size: [640, 420] },
    { name: 'three places, narrow and tall', points: [havana, damascus, geneva], size: [300, 700] },
    { name: 'two nearby places', points: [damascus, [33.52, 36.3]], size: [500, 400] },
  ];
  for (const c of cases) {
    it(`gives the view Leaflet's fitBounds shows: ${c.name}`, () => {
      const map = leafletMap(...c.size);
      map.fitBounds(L.latLngBounds(c.points), FOCUS_PADDING);
      const view = frameBounds(c.points, { x: c.size[0], y: c.size[1] }, FOCUS_PADDING)!;
      expect(view.zoom).toBe(map.getZoom());
      const center = L.CRS.EPSG3857.latLngToPoint(map.getCenter(), 0);
      expect(view.center.x).toBeCloseTo(center.x, 6);
      expect(view.center.y).toBeCloseTo(center.y, 6);
      map.remove();
    });
  }

  it('frames nothing when there are no places', () => {
    expect(frameBounds([], { x: 100, y: 100 }, FOCUS_PADDING)).toBeNull();
  });
});

describe('viewBoxOf', () => {
  it('is the part of the zoom-0 world the map shows', () => {
    // Zoom 1 doubles the world: a 256 px map shows half of it around the centre.
    expect(viewBoxOf({ center: { x: 128, y: 128 }, zoom: 1 }, { x: 256, y: 128 })).toBe(
      '64 96 128 64',
    );
  });
});
