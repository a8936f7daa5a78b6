// @vitest-environment happy-dom
import type L from 'leaflet';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addInSlices } from './basemap';

vi.mock('virtual:basemap', () => ({ coarseUrl: '/110m.json', detailUrl: '/50m.json' }));

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
