import { describe, expect, it } from 'vitest';
import {
  EARTH_RADIUS_KM,
  boundsOf,
  greatCircleMidpoint,
  greatCirclePoints,
  haversineKm,
  wrapLngDelta,
  type LatLng,
} from './geo';

const HAVANA: LatLng = { lat: 23.1136, lng: -82.3666 };
const DAMASCUS: LatLng = { lat: 33.5138, lng: 36.2765 };

/** Web Mercator y (radians-scale) and its inverse. */
const mercY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const mercLat = (y: number): number => ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;

/** Latitude of the straight Mercator line a→b at longitude lng. */
function mercatorLineLat(a: LatLng, b: LatLng, lng: number): number {
  const t = (lng - a.lng) / (b.lng - a.lng);
  return mercLat(mercY(a.lat) + t * (mercY(b.lat) - mercY(a.lat)));
}

describe('wrapLngDelta', () => {
  it('normalises into (-180, 180]', () => {
    expect(wrapLngDelta(0)).toBe(0);
    expect(wrapLngDelta(190)).toBe(-170);
    expect(wrapLngDelta(-190)).toBe(170);
    expect(wrapLngDelta(180)).toBe(180);
    expect(wrapLngDelta(-180)).toBe(180);
    expect(wrapLngDelta(359.5)).toBeCloseTo(-0.5, 12);
    expect(wrapLngDelta(-720)).toBe(0);
  });
});

describe('haversineKm', () => {
  it('gives ≈ 10,972 km from Havana to Damascus', () => {
    const d = haversineKm(HAVANA, DAMASCUS);
    expect(Math.abs(d - 10972)).toBeLessThan(2);
    expect(haversineKm(DAMASCUS, HAVANA)).toBeCloseTo(d, 9);
  });

  it('is 0 for the same point and a quarter circumference from equator to pole', () => {
    expect(haversineKm(HAVANA, HAVANA)).toBe(0);
    expect(haversineKm({ lat: 0, lng: 10 }, { lat: 90, lng: -50 })).toBeCloseTo(
      (Math.PI / 2) * EARTH_RADIUS_KM,
      6,
    );
  });

  it('takes the short way across the antimeridian', () => {
    // 2° of longitude on the equator.
    expect(haversineKm({ lat: 0, lng: 179 }, { lat: 0, lng: -179 })).toBeCloseTo(
      (2 * Math.PI * EARTH_RADIUS_KM) / 180,
      6,
    );
  });
});

describe('greatCirclePoints', () => {
  it('starts at a, ends at b, and has segments + 1 evenly spaced points', () => {
    const pts = greatCirclePoints(HAVANA, DAMASCUS, 32);
    expect(pts).toHaveLength(33);
    expect(pts[0]).toEqual(HAVANA);
    expect(pts[32]).toEqual(DAMASCUS);
    const total = haversineKm(HAVANA, DAMASCUS);
    for (let i = 1; i < pts.length; i++) {
      expect(haversineKm(pts[i - 1]!, pts[i]!)).toBeCloseTo(total / 32, 6);
    }
  });

  it('defaults to 64 segments and tolerates silly segment counts', () => {
    expect(greatCirclePoints(HAVANA, DAMASCUS)).toHaveLength(65);
    expect(greatCirclePoints(HAVANA, DAMASCUS, 0)).toEqual([HAVANA, DAMASCUS]);
    expect(greatCirclePoints(HAVANA, DAMASCUS, Number.NaN)).toHaveLength(65);
  });

  it('bulges poleward: the arc lies north of the straight Mercator line', () => {
    const mid = greatCircleMidpoint(HAVANA, DAMASCUS);
    const lineLat = mercatorLineLat(HAVANA, DAMASCUS, mid.lng);
    expect(mid.lat).toBeGreaterThan(lineLat + 10); // ≈ 46.5° vs ≈ 28.0°
    for (const p of greatCirclePoints(HAVANA, DAMASCUS).slice(1, -1)) {
      expect(p.lat).toBeGreaterThan(mercatorLineLat(HAVANA, DAMASCUS, p.lng));
    }
  });

  it('unwraps longitudes across the antimeridian instead of jumping', () => {
    const a = { lat: 60, lng: 170 };
    const b = { lat: 60, lng: -170 };
    const pts = greatCirclePoints(a, b, 16);
    expect(pts[0]).toEqual(a);
    expect(pts[16]).toEqual({ lat: 60, lng: 190 }); // b, shifted by 360
    for (let i = 1; i < pts.length; i++) {
      const step = pts[i]!.lng - pts[i - 1]!.lng;
      expect(step).toBeGreaterThan(0);
      expect(step).toBeLessThan(5);
    }
    expect(greatCircleMidpoint(a, b).lng).toBeCloseTo(180, 9);
  });

  it('never steps more than 180° of longitude, even over a pole between antipodes', () => {
    const a = { lat: 10, lng: 20 };
    const b = { lat: -10, lng: -160 };
    const pts = greatCirclePoints(a, b, 9);
    expect(pts[0]).toEqual(a);
    expect(pts[9]!.lat).toBe(b.lat);
    expect(wrapLngDelta(pts[9]!.lng - b.lng)).toBe(0);
    let length = 0;
    for (let i = 1; i < pts.length; i++) {
      expect(Math.abs(pts[i]!.lng - pts[i - 1]!.lng)).toBeLessThanOrEqual(180);
      expect(Number.isFinite(pts[i]!.lat)).toBe(true);
      const step = haversineKm(pts[i - 1]!, pts[i]!);
      expect(step).toBeCloseTo((Math.PI * EARTH_RADIUS_KM) / 9, 3);
      length += step;
    }
    expect(length).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 3);
  });

  it('handles a zero-length arc', () => {
    expect(greatCirclePoints(HAVANA, HAVANA, 2)).toEqual([HAVANA, HAVANA, HAVANA]);
  });
});

describe('greatCircleMidpoint', () => {
  it('is equidistant from both ends and on the drawn arc', () => {
    const mid = greatCircleMidpoint(HAVANA, DAMASCUS);
    expect(haversineKm(HAVANA, mid)).toBeCloseTo(haversineKm(DAMASCUS, mid), 6);
    const onArc = greatCirclePoints(HAVANA, DAMASCUS, 2)[1]!;
    expect(mid.lat).toBeCloseTo(onArc.lat, 9);
    expect(mid.lng).toBeCloseTo(onArc.lng, 9);
  });

  it('is unwrapped relative to a when the arc crosses the antimeridian', () => {
    const a = { lat: 0, lng: 170 };
    const b = { lat: 10, lng: -160 };
    const mid = greatCircleMidpoint(a, b);
    expect(mid.lng).toBeGreaterThan(180);
    expect(mid.lng).toBeLessThan(190);
    const onArc = greatCirclePoints(a, b, 2)[1]!;
    expect(mid.lng).toBeCloseTo(onArc.lng, 9);
  });

  it('is exact on the equator', () => {
    const mid = greatCircleMidpoint({ lat: 0, lng: 0 }, { lat: 0, lng: 90 });
    expect(mid.lat).toBeCloseTo(0, 12);
    expect(mid.lng).toBeCloseTo(45, 12);
  });
});

describe('boundsOf', () => {
  it('returns the extreme latitudes and longitudes', () => {
    expect(boundsOf([HAVANA, DAMASCUS, { lat: -5, lng: 0 }])).toEqual({
      south: -5,
      west: -82.3666,
      north: 33.5138,
      east: 36.2765,
    });
  });

  it('keeps unwrapped longitudes as they are', () => {
    const pts = greatCirclePoints({ lat: 60, lng: 170 }, { lat: 60, lng: -170 });
    const b = boundsOf(pts);
    expect(b.west).toBe(170);
    expect(b.east).toBe(190);
    expect(b.south).toBe(60);
    expect(b.north).toBeGreaterThan(60);
  });

  it('throws on an empty list', () => {
    expect(() => boundsOf([])).toThrow(RangeError);
  });
});
