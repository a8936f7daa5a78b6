/**
 * The basemap as the browser receives it: the countries' polygons, already
 * repaired for Leaflet at build time (basemapGeometry.ts), with coordinates
 * as integers in thousandths of a degree, each ring's points after the
 * first written as differences from the one before. Decoding is one pass
 * over the numbers: nothing is cut, stitched or repaired in the reader's
 * browser.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';

export interface BasemapData {
  /** Coordinates are whole numbers of 1/scale degree. */
  scale: number;
  features: {
    id?: string;
    name?: string;
    /** Polygons, each a list of rings, each ring [x0, y0, dx1, dy1, …]. */
    polygons: number[][][];
  }[];
}

export const BASEMAP_SCALE = 1000;

function encodeRing(ring: number[][], scale: number): number[] {
  const out: number[] = [];
  let px = 0;
  let py = 0;
  for (const [lng, lat] of ring) {
    const x = Math.round((lng ?? 0) * scale);
    const y = Math.round((lat ?? 0) * scale);
    // A point that rounds onto the one before adds nothing to a ring.
    if (out.length > 0 && x === px && y === py) continue;
    out.push(x - px, y - py);
    px = x;
    py = y;
  }
  return out;
}

function decodeRing(ring: readonly number[], scale: number): [number, number][] {
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < ring.length; i += 2) {
    x += ring[i]!;
    y += ring[i + 1]!;
    out.push([x / scale, y / scale]);
  }
  return out;
}

function polygonsOf(geometry: Geometry | null): number[][][][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates as number[][][]];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as number[][][][];
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(polygonsOf);
  return [];
}

/** Encodes countries (polygons only) for the browser. */
export function encodeBasemap(fc: FeatureCollection, scale = BASEMAP_SCALE): BasemapData {
  return {
    scale,
    features: fc.features.map((f) => {
      const name = (f.properties as { name?: unknown } | null)?.name;
      return {
        ...(f.id === undefined ? {} : { id: String(f.id) }),
        ...(typeof name === 'string' ? { name } : {}),
        polygons: polygonsOf(f.geometry)
          .map((polygon) =>
            polygon.map((ring) => encodeRing(ring, scale)).filter((ring) => ring.length >= 8),
          )
          .filter((polygon) => polygon.length > 0),
      };
    }),
  };
}

/** The countries as GeoJSON, ready for Leaflet. */
export function decodeBasemap(data: BasemapData): FeatureCollection {
  const features = data.features.map((f): Feature => {
    const polygons = f.polygons.map((p) => p.map((ring) => decodeRing(ring, data.scale)));
    const geometry: Polygon | MultiPolygon =
      polygons.length === 1
        ? { type: 'Polygon', coordinates: polygons[0]! }
        : { type: 'MultiPolygon', coordinates: polygons };
    return {
      type: 'Feature',
      ...(f.id === undefined ? {} : { id: f.id }),
      properties: f.name === undefined ? {} : { name: f.name },
      geometry,
    };
  });
  return { type: 'FeatureCollection', features };
}
