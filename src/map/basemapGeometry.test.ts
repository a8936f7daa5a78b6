/// <reference types="node" />
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import {
  fixAntimeridian,
  ringLongitudeJumps,
  ringLongitudeWinding,
  topologyToCountries,
  type Topology,
} from './basemapGeometry';

/** Segments with both ends this far north/south sit on Mercator's clamped edge. */
const POLAR = 85;

function loadTopology(res: '110m' | '50m'): Topology {
  const url = new URL(`../../node_modules/world-atlas/countries-${res}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Topology;
}

function rawCountries(topology: Topology): FeatureCollection {
  const countries = topology.objects.countries;
  if (countries?.type !== 'GeometryCollection') throw new Error('no countries');
  return feature(topology, countries);
}

function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function ringsOf(f: Feature): Position[][] {
  return polygonsOf(f.geometry).flat();
}

function byId(fc: FeatureCollection, id: string): Feature {
  const found = fc.features.find((f) => f.id === id);
  if (!found) throw new Error(`no feature ${id}`);
  return found;
}

function jumpsIn(fc: FeatureCollection, polarLat = POLAR): number {
  let jumps = 0;
  for (const f of fc.features) for (const r of ringsOf(f)) jumps += ringLongitudeJumps(r, polarLat);
  return jumps;
}

function lngs(f: Feature): number[] {
  return ringsOf(f).flatMap((r) => r.map((p) => p[0]!));
}

/**
 * Whether Leaflet would paint (lng, lat): it draws a feature as one path
 * with fill-rule evenodd, so count crossings over every ring of the feature.
 */
function paints(f: Feature, lng: number, lat: number): boolean {
  let inside = false;
  for (const ring of ringsOf(f)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) {
        inside = !inside;
      }
    }
  }
  return inside;
}

function paintedBy(fc: FeatureCollection, lng: number, lat: number): string[] {
  return fc.features.filter((f) => paints(f, lng, lat)).map((f) => String(f.id));
}

describe.each(['110m', '50m'] as const)('world-atlas countries-%s', (res) => {
  const topology = loadTopology(res);
  const raw = rawCountries(topology);
  const rawJson = JSON.stringify(raw);
  const fixed = fixAntimeridian(raw);

  it('unfixed data has segments across the whole map (so these tests can fail)', () => {
    expect(jumpsIn(raw)).toBeGreaterThan(0);
    // …which Leaflet would paint as bands over open sea.
    expect(paintedBy(raw, -20, 68.5)).toEqual(['643']); // Norwegian Sea, "Russia"
    expect(paintedBy(raw, -90, -16.5)).toEqual(['242']); // Pacific, "Fiji"
  });

  it('fixed data has no segment jumping more than 180° outside the polar edge', () => {
    expect(jumpsIn(fixed)).toBe(0);
  });

  it('keeps the features, their order, ids and properties, and leaves the input alone', () => {
    expect(fixed.features).toHaveLength(raw.features.length);
    expect(fixed.features.map((f) => f.id)).toEqual(raw.features.map((f) => f.id));
    fixed.features.forEach((f, i) => {
      expect(f.properties).toBe(raw.features[i]!.properties);
    });
    expect(JSON.stringify(raw)).toBe(rawJson);
    expect(JSON.stringify(topologyToCountries(topology))).toBe(JSON.stringify(fixed));
  });

  it('only rewrites the features that need it', () => {
    const changed = fixed.features
      .filter((f, i) => f !== raw.features[i])
      .map((f) => String(f.id))
      .sort();
    expect(changed).toEqual(['010', '242', '643']);
  });

  it('keeps every coordinate within [-540, 540] × [-90, 90]', () => {
    let maxAbsLng = 0;
    let maxAbsLat = 0;
    let count = 0;
    for (const f of fixed.features) {
      for (const ring of ringsOf(f)) {
        for (const [lng, lat] of ring) {
          maxAbsLng = Math.max(maxAbsLng, Math.abs(lng!));
          maxAbsLat = Math.max(maxAbsLat, Math.abs(lat!));
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(1000);
    expect(maxAbsLng).toBeLessThanOrEqual(540);
    expect(maxAbsLng).toBeGreaterThan(180); // the shifted copies
    expect(maxAbsLat).toBeLessThanOrEqual(90);
  });

  it('closes Antarctica at the south pole across the whole longitude range', () => {
    const antarctica = byId(fixed, '010');
    const cap = polygonsOf(antarctica.geometry).find(
      ([outer]) =>
        outer !== undefined &&
        Math.min(...outer.map((p) => p[0]!)) === -180 &&
        Math.max(...outer.map((p) => p[0]!)) === 180,
    );
    expect(cap).toBeDefined();
    const outer = cap![0]!;
    expect(Math.min(...outer.map((p) => p[1]!))).toBe(-90);
    expect(outer[0]).toEqual(outer[outer.length - 1]);
    for (const lng of [0, 90, -90, 179.9, -179.9, 45]) {
      expect(paintedBy(fixed, lng, -87)).toEqual(['010']);
    }
    expect(paintedBy(fixed, 45, -89.5)).toEqual(['010']);
    expect(paintedBy(raw, 45, -89.5)).toEqual([]); // the unfixed ring leaves the pole open
    expect(paintedBy(fixed, 0, -60)).toEqual([]);
  });

  it.each([
    ['643', 'Russia'],
    ['242', 'Fiji'],
  ])('keeps %s (%s) on both sides of the antimeridian', (id) => {
    const country = byId(fixed, id);
    const xs = lngs(country);
    expect(xs.some((x) => x >= 178.5 && x <= 180)).toBe(true);
    expect(xs.some((x) => x >= -180 && x <= -178.5)).toBe(true);
    for (const ring of ringsOf(country)) expect(ringLongitudeJumps(ring)).toBe(0);
  });

  it('paints Chukotka, Wrangel Island and Vanua Levu on both sides, and no sea', () => {
    for (const [lng, lat] of [
      [37.6, 55.75], // Moscow
      [175, 67],
      [179.5, 68],
      [-179.5, 68],
      [-175, 67],
      [-178, 71.2], // Wrangel Island
      [179.5, 71],
    ] as const) {
      expect(paintedBy(fixed, lng, lat), `${lng},${lat}`).toEqual(['643']);
    }
    expect(paintedBy(fixed, 179.5, -16.5)).toEqual(['242']);
    expect(paintedBy(fixed, -179.95, -16.5)).toEqual(['242']);
    for (const [lng, lat] of [
      [-20, 68.5],
      [-90, -16.5],
      [0, -16.5],
      [-175, 58],
      [-140, 72],
      [170, 45],
      [-170, 45],
    ] as const) {
      expect(paintedBy(fixed, lng, lat), `${lng},${lat}`).toEqual([]);
    }
  });

  it('keeps the USA (Aleutians) without any band', () => {
    const usa = byId(fixed, '840');
    for (const ring of ringsOf(usa)) expect(ringLongitudeJumps(ring)).toBe(0);
    expect(lngs(usa).every((x) => x >= -180 && x <= 180)).toBe(true);
    expect(paintedBy(fixed, -100, 40)).toEqual(['840']);
    if (res === '50m') {
      // 110m has no Aleutians west of -172; 50m reaches 179.78 and -178.19.
      expect(lngs(usa).some((x) => x >= 178 && x <= 180)).toBe(true);
      expect(lngs(usa).some((x) => x >= -180 && x <= -178)).toBe(true);
    }
  });
});

describe('fixAntimeridian on hand-made shapes', () => {
  const collection = (...geometries: (Geometry | null)[]): FeatureCollection =>
    ({
      type: 'FeatureCollection',
      features: geometries.map((geometry, i) => ({
        type: 'Feature',
        id: i,
        properties: { i },
        geometry,
      })),
    }) as FeatureCollection;

  const square = (west: number, east: number, south = -10, north = 10): Position[] => [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];

  it('passes through polygons that do not cross, and non-polygon geometries', () => {
    const input = collection(
      { type: 'Polygon', coordinates: [square(10, 20)] },
      {
        type: 'LineString',
        coordinates: [
          [170, 0],
          [-170, 0],
        ],
      },
      null,
    );
    const out = fixAntimeridian(input);
    expect(out.features).toHaveLength(3);
    out.features.forEach((f, i) => expect(f).toBe(input.features[i]));
  });

  it('unwraps a polygon crossing 180 and adds a copy shifted by -360', () => {
    // The square 170..190 as stored by world-atlas: 170, -170, -170, 170.
    const ring = square(170, -170);
    const outer = square(165, -165, -20, 20);
    const out = fixAntimeridian(collection({ type: 'Polygon', coordinates: [outer, ring] }));
    const g = out.features[0]!.geometry;
    expect(g.type).toBe('MultiPolygon');
    const polys = polygonsOf(g);
    expect(polys).toHaveLength(2);
    expect(polys[0]).toEqual([square(165, 195, -20, 20), square(170, 190)]);
    expect(polys[1]).toEqual([square(-195, -165, -20, 20), square(-190, -170)]);
    expect(out.features[0]!.id).toBe(0);
    expect(out.features[0]!.properties).toEqual({ i: 0 });
    expect(paints(out.features[0]!, 179, 15)).toBe(true);
    expect(paints(out.features[0]!, -179, 15)).toBe(true);
    expect(paints(out.features[0]!, 179, 0)).toBe(false); // the hole
    expect(paints(out.features[0]!, -179, 0)).toBe(false);
    expect(paints(out.features[0]!, 0, 0)).toBe(false);
  });

  it('puts a polygon that starts west of 180 back mostly inside the world', () => {
    const ring: Position[] = [
      [-179, 0],
      [-179, 5],
      [178, 5],
      [178, 0],
      [-179, 0],
    ];
    const polys = polygonsOf(
      fixAntimeridian(collection({ type: 'Polygon', coordinates: [ring] })).features[0]!.geometry,
    );
    expect(polys.map((p) => Math.min(...p[0]!.map((q) => q[0]!)))).toEqual([178, -182]);
  });

  it('closes a ring around the north pole via the pole', () => {
    const ring: Position[] = [];
    for (let lng = -150; lng <= 210; lng += 30) ring.push([lng > 180 ? lng - 360 : lng, 70]);
    const out = fixAntimeridian(collection({ type: 'Polygon', coordinates: [ring] }));
    const [outer, ...rest] = polygonsOf(out.features[0]!.geometry).flat();
    expect(rest).toEqual([]);
    expect(outer![0]).toEqual([-180, 70]);
    expect(outer!.slice(-4)).toEqual([
      [180, 70],
      [180, 90],
      [-180, 90],
      [-180, 70],
    ]);
    expect(ringLongitudeJumps(outer!, POLAR)).toBe(0);
    expect(paints(out.features[0]!, 0, 80)).toBe(true);
    expect(paints(out.features[0]!, 0, 60)).toBe(false);
  });

  it('cuts a south-polar ring that crosses the antimeridian three times', () => {
    // Coast at -70 that wiggles over 180 (to 175 and back) before going round.
    const ring: Position[] = [
      [170, -70],
      [-175, -72],
      [175, -74],
      [-170, -70],
      [-90, -70],
      [0, -70],
      [90, -70],
      [170, -70],
    ];
    expect(ringLongitudeWinding(ring)).toBe(360);
    const out = fixAntimeridian(collection({ type: 'Polygon', coordinates: [ring] }));
    const f = out.features[0]!;
    for (const r of ringsOf(f)) {
      expect(ringLongitudeJumps(r, POLAR)).toBe(0);
      for (const p of r) expect(Math.abs(p[0]!)).toBeLessThanOrEqual(180);
    }
    expect(paints(f, 0, -80)).toBe(true);
    expect(paints(f, -179, -80)).toBe(true);
    expect(paints(f, 179, -80)).toBe(true);
    expect(paints(f, 0, -60)).toBe(false);
    expect(paints(f, 177, -72.5)).toBe(true); // inside the tongue beyond 180
    expect(paints(f, -178, -72.5)).toBe(false); // sea between the crossings
  });

  it('drops a zero-area ring around the pole and promotes its hole', () => {
    // world-atlas 50m Antarctica: an outer ring at -89.999, the coast as hole.
    const pole: Position[] = [];
    for (let lng = 180; lng >= -180; lng -= 45) pole.push([lng, -89.999]);
    const coast: Position[] = [];
    for (let lng = -180; lng <= 180; lng += 45) coast.push([lng, -70]);
    const out = fixAntimeridian(collection({ type: 'Polygon', coordinates: [pole, coast] }));
    const rings = ringsOf(out.features[0]!);
    expect(rings).toHaveLength(1);
    expect(Math.min(...rings[0]!.map((p) => p[1]!))).toBe(-90);
    expect(Math.max(...rings[0]!.map((p) => p[1]!))).toBe(-70);
    expect(paints(out.features[0]!, 10, -80)).toBe(true);
  });
});

describe('ring helpers', () => {
  it('count jumps, optionally ignoring segments along the polar edge', () => {
    const ring: Position[] = [
      [170, 0],
      [-170, 0],
      [-170, 89],
      [170, 89],
      [170, 0],
    ];
    expect(ringLongitudeJumps(ring)).toBe(2);
    expect(ringLongitudeJumps(ring, POLAR)).toBe(1);
    expect(ringLongitudeWinding(ring)).toBe(0);
    // An unclosed ring has an implicit closing segment.
    expect(ringLongitudeJumps(ring.slice(0, 4))).toBe(2);
    // A jump is only exempt when both of its ends are on the polar edge.
    const diagonal: Position[] = [
      [170, 0],
      [-170, 89],
      [-170, 0],
      [170, 0],
    ];
    expect(ringLongitudeJumps(diagonal, POLAR)).toBe(2);
  });
});

describe('topologyToCountries', () => {
  it('rejects a topology without the object', () => {
    const topology = loadTopology('110m');
    expect(() => topologyToCountries(topology, 'nope')).toThrow(/nope/);
  });

  it('rejects an object that is not a GeometryCollection', () => {
    const topology: Topology = {
      type: 'Topology',
      arcs: [],
      objects: { countries: { type: 'Polygon', arcs: [] } },
    };
    expect(() => topologyToCountries(topology)).toThrow(/countries/);
  });
});
