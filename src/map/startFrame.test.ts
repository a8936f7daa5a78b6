import { describe, expect, it } from 'vitest';
import type { Dataset, Place } from '../data/types';
import { FOCUS_PADDING, frameBounds, project } from './mercator';
import { pixelViewOf, startFrame } from './startFrame';

const place = (id: string, lat: number, lng: number, kind?: Place['kind']): Place => ({
  id,
  name: id,
  lat,
  lng,
  precision: 'city',
  ...(kind ? { kind } : {}),
});
const havana = place('havana-embassy', 23.1, -82.4, 'embassy');
const damascus = place('damascus-embassy', 33.5, 36.3, 'embassy');
const geneva = place('geneva', 46.2, 6.1);
const dataset = { places: [havana, damascus, geneva] } as unknown as Dataset;
const linkView = { lat: 10, lng: 20, zoom: 3 };
const focusGeneva = { seq: 1, placeIds: ['geneva'] };

describe('startFrame', () => {
  it("opens on a link's map view before anything else", () => {
    expect(startFrame({ dataset, mapView: linkView, mapFocusRequest: focusGeneva })).toEqual({
      view: linkView,
    });
  });

  it("frames the reader's event instead once they have moved on from the link's", () => {
    expect(startFrame({ dataset, mapView: linkView, mapFocusRequest: focusGeneva }, true)).toEqual({
      points: [[46.2, 6.1]],
    });
  });

  it("keeps the link's view when the reader's event has no place", () => {
    const request = { seq: 2, placeIds: [] };
    expect(startFrame({ dataset, mapView: linkView, mapFocusRequest: request }, true)).toEqual({
      view: linkView,
    });
  });

  it("frames the selected event's places, else both embassies, else every place", () => {
    expect(startFrame({ dataset, mapView: null, mapFocusRequest: focusGeneva })).toEqual({
      points: [[46.2, 6.1]],
    });
    expect(startFrame({ dataset, mapView: null, mapFocusRequest: null })).toEqual({
      points: [
        [23.1, -82.4],
        [33.5, 36.3],
      ],
    });
    const noEmbassies = { places: [geneva] } as unknown as Dataset;
    expect(startFrame({ dataset: noEmbassies, mapView: null, mapFocusRequest: null })).toEqual({
      points: [[46.2, 6.1]],
    });
  });

  it('frames the Atlantic between the parties when there are no places at all', () => {
    const frame = startFrame({ dataset: null, mapView: null, mapFocusRequest: null });
    expect(frame).toEqual({
      points: [
        [15, -90],
        [40, 40],
      ],
    });
  });
});

describe('pixelViewOf', () => {
  it("shows a link's view at the zoom Leaflet would (a step, within the limits)", () => {
    expect(pixelViewOf({ view: { lat: 10, lng: 20, zoom: 4.6 } }, { x: 300, y: 200 })).toEqual({
      center: project(10, 20),
      zoom: 4.5,
    });
    expect(pixelViewOf({ view: { lat: 10, lng: 20, zoom: 0 } }, { x: 300, y: 200 }).zoom).toBe(1);
  });

  it('frames places as fitBounds does', () => {
    const points: [number, number][] = [
      [23.1, -82.4],
      [33.5, 36.3],
    ];
    const size = { x: 390, y: 320 };
    expect(pixelViewOf({ points }, size)).toEqual(frameBounds(points, size, FOCUS_PADDING));
  });
});
