/**
 * Makes Natural Earth country shapes (world-atlas TopoJSON) safe to draw with
 * Leaflet's default Web Mercator CRS.
 *
 * Leaflet projects each vertex independently and joins them with straight
 * lines, so a ring that goes from lng 179.9 to -179.9 is drawn as a segment
 * across the whole map (a horizontal band). world-atlas rings are stitched
 * across the antimeridian, so Russia (Chukotka, Wrangel Island), Fiji and
 * Antarctica (whose coast ring encircles the south pole) all have such
 * jumps. {@link fixAntimeridian} rewrites only the polygons that need it:
 *
 * - a ring that encircles a pole is cut at the antimeridian and closed via
 *   the pole, giving a polygon spanning exactly [-180, 180];
 * - any other polygon gets continuous ("unwrapped") longitudes, which Leaflet
 *   is happy with even beyond ±180, plus a copy shifted by ∓360 so the part
 *   past the antimeridian also shows on the other side of the map.
 *
 * Unchanged features, geometries and rings are reused, not copied; the input
 * is never mutated.
 *
 * This runs when building (vite-plugins/basemap.ts), never in the reader's
 * browser: the app receives the repaired shapes (basemapFormat.ts).
 */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry, Position } from 'geojson';
// With its extension: the build's basemap plugin (vite-plugins/basemap.ts) loads this module too.
import { MERCATOR_MAX_LAT } from './geo.ts';

/** TopoJSON topology as accepted by topojson-client. */
export type Topology = Parameters<typeof feature>[0];

type Ring = Position[];
type PolygonCoords = Ring[];

/** Tolerance (degrees) for "exactly on ±180". */
const EPS = 1e-9;

function lngOf(p: Position): number {
  return p[0] as number;
}

function latOf(p: Position): number {
  return p[1] as number;
}

/** Longitude difference normalised into (-180, 180]. */
function wrapDelta(delta: number): number {
  const d = delta - 360 * Math.floor((delta + 180) / 360);
  return d === -180 ? 180 : d;
}

function isClosed(ring: readonly Position[]): boolean {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return (
    first !== undefined &&
    last !== undefined &&
    lngOf(first) === lngOf(last) &&
    latOf(first) === latOf(last)
  );
}

/** Number of distinct vertices (the closing duplicate, if present, excluded). */
function openLength(ring: readonly Position[]): number {
  return ring.length > 1 && isClosed(ring) ? ring.length - 1 : ring.length;
}

/**
 * Number of segments of the ring (including the implicit closing segment of
 * an unclosed ring) whose longitude changes by more than 180°, i.e. that
 * Leaflet would draw across the map. Segments with both ends at
 * |lat| >= `polarLat` are not counted (at or beyond ±85.0511 they lie on the
 * edge of the Mercator map, where Leaflet clamps them, and are invisible).
 */
export function ringLongitudeJumps(ring: readonly Position[], polarLat = Infinity): number {
  const n = openLength(ring);
  let jumps = 0;
  for (let i = 0; i < n; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1 < n ? i + 1 : 0] as Position;
    if (
      Math.abs(lngOf(b) - lngOf(a)) > 180 &&
      !(Math.abs(latOf(a)) >= polarLat && Math.abs(latOf(b)) >= polarLat)
    ) {
      jumps++;
    }
  }
  return jumps;
}

/**
 * Total longitude change walking once around the ring, each step taken the
 * short way round: 0 for an ordinary ring, ±360 for a ring that encircles a
 * pole (Antarctica's coast).
 */
export function ringLongitudeWinding(ring: readonly Position[]): number {
  const n = openLength(ring);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1 < n ? i + 1 : 0] as Position;
    sum += wrapDelta(lngOf(b) - lngOf(a));
  }
  return sum;
}

interface RingScan {
  jumps: number;
  minLng: number;
  maxLng: number;
  /**
   * Encircles a pole entirely beyond ±MERCATOR_MAX_LAT: no visible area.
   * world-atlas 50m has one at lat -89.999, with Antarctica's coast as its hole.
   */
  polar: boolean;
}

function scanRing(ring: readonly Position[]): RingScan {
  const n = openLength(ring);
  let jumps = 0;
  let minLng = Infinity;
  let maxLng = -Infinity;
  let beyondMercator = true;
  let winding = 0;
  for (let i = 0; i < n; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1 < n ? i + 1 : 0] as Position;
    const x = lngOf(a);
    const d = lngOf(b) - x;
    if (x < minLng) minLng = x;
    if (x > maxLng) maxLng = x;
    if (Math.abs(d) > 180) jumps++;
    winding += wrapDelta(d);
    if (beyondMercator && Math.abs(latOf(a)) < MERCATOR_MAX_LAT) beyondMercator = false;
  }
  return { jumps, minLng, maxLng, polar: beyondMercator && Math.abs(winding) > 180 };
}

/** A ring with continuous longitudes, stored flat (no per-point objects). */
interface Unwrapped {
  lng: Float64Array;
  lat: Float64Array;
  /** Longitude change from the last vertex back to the first: 0 or ±360. */
  winding: number;
  minLng: number;
  maxLng: number;
  meanLat: number;
}

function unwrapRing(ring: readonly Position[]): Unwrapped {
  const n = openLength(ring);
  const lng = new Float64Array(n);
  const lat = new Float64Array(n);
  let prev = n > 0 ? lngOf(ring[0] as Position) : 0;
  let minLng = Infinity;
  let maxLng = -Infinity;
  let latSum = 0;
  for (let i = 0; i < n; i++) {
    const p = ring[i] as Position;
    const x = i === 0 ? prev : prev + wrapDelta(lngOf(p) - prev);
    lng[i] = x;
    lat[i] = latOf(p);
    latSum += latOf(p);
    if (x < minLng) minLng = x;
    if (x > maxLng) maxLng = x;
    prev = x;
  }
  const winding = n > 0 ? prev + wrapDelta((lng[0] as number) - prev) - (lng[0] as number) : 0;
  return { lng, lat, winding, minLng, maxLng, meanLat: n > 0 ? latSum / n : 0 };
}

function isEncircling(u: Unwrapped): boolean {
  return Math.abs(u.winding) > 180;
}

/** Closed GeoJSON ring from flat arrays, longitudes shifted by `shift`. */
function toRing(lng: ArrayLike<number>, lat: ArrayLike<number>, n: number, shift: number): Ring {
  const ring: Ring = new Array<Position>(n + 1);
  for (let i = 0; i < n; i++) ring[i] = [(lng[i] as number) + shift, lat[i] as number];
  ring[n] = [(lng[0] as number) + shift, lat[0] as number];
  return ring;
}

function shiftRing(ring: Ring, shift: number): Ring {
  return ring.map((p) => [lngOf(p) + shift, latOf(p)]);
}

/**
 * Rebuilds a pole-encircling ring as a planar polygon: cut at the first
 * antimeridian crossing, add exact points on the cut, walk once round, and
 * close via the pole on the ring's side. Returned flat, shifted so the cut
 * lies at -180 and +180 (if the ring crosses the antimeridian more than once,
 * some vertices may still lie outside [-180, 180]).
 */
function closeAroundPole(u: Unwrapped): { lng: number[]; lat: number[] } {
  const n = u.lng.length;
  const w = u.winding > 0 ? 360 : -360;
  const at = (j: number): number => (j < n ? (u.lng[j] as number) : (u.lng[j - n] as number) + w);
  const latAt = (j: number): number => u.lat[j < n ? j : j - n] as number;
  const strip = (x: number): number => Math.floor((x + 180) / 360);

  // First segment (i -> i+1, the last one being the closing segment) that
  // crosses a line lng = 180 + 360k. One exists since the ring winds by 360.
  let i = 0;
  while (i < n - 1 && strip(at(i)) === strip(at(i + 1))) i++;
  const x0 = at(i);
  const x1 = at(i + 1);
  const cut = x1 > x0 ? 180 + 360 * strip(x0) : -180 + 360 * strip(x0);
  const t = x1 === x0 ? 0 : (cut - x0) / (x1 - x0);
  const cutLat = latAt(i) + t * (latAt(i + 1) - latAt(i));
  const pole = u.meanLat < 0 ? -90 : 90;
  const shift = w > 0 ? -(cut + 180) : -(cut - 180);

  const lng: number[] = [];
  const lat: number[] = [];
  const push = (x: number, y: number): void => {
    const k = lng.length - 1;
    if (k >= 0 && lng[k] === x && lat[k] === y) return;
    lng.push(x);
    lat.push(y);
  };
  push(cut + shift, cutLat);
  for (let j = i + 1; j <= i + n; j++) push(at(j) + shift, latAt(j));
  // Vertex i + n is vertex i one lap later; the cut follows it.
  push(cut + w + shift, cutLat);
  push(cut + w + shift, pole);
  push(cut + shift, pole);
  return { lng, lat };
}

/**
 * Sutherland–Hodgman clip of a ring against the strip lo <= lng <= hi,
 * shifted by `shift`. Returns null when nothing (or a degenerate sliver of
 * fewer than 3 vertices) is left.
 */
function clipToStrip(
  lng: readonly number[],
  lat: readonly number[],
  lo: number,
  hi: number,
  shift: number,
): Ring | null {
  const clip = (
    xs: readonly number[],
    ys: readonly number[],
    bound: number,
    keepAbove: boolean,
  ): [number[], number[]] => {
    const ox: number[] = [];
    const oy: number[] = [];
    const n = xs.length;
    const inside = (x: number): boolean => (keepAbove ? x >= bound : x <= bound);
    for (let i = 0; i < n; i++) {
      const px = xs[i === 0 ? n - 1 : i - 1] as number;
      const py = ys[i === 0 ? n - 1 : i - 1] as number;
      const cx = xs[i] as number;
      const cy = ys[i] as number;
      const pin = inside(px);
      const cin = inside(cx);
      if (pin !== cin) {
        ox.push(bound);
        oy.push(py + ((bound - px) / (cx - px)) * (cy - py));
      }
      if (cin) {
        ox.push(cx);
        oy.push(cy);
      }
    }
    return [ox, oy];
  };
  const [ax, ay] = clip(lng, lat, lo, true);
  const [bx, by] = clip(ax, ay, hi, false);
  if (bx.length < 3) return null;
  return toRing(bx, by, bx.length, shift);
}

function withinWorld(lng: readonly number[]): boolean {
  for (const x of lng) if (x < -180 - EPS || x > 180 + EPS) return false;
  return true;
}

/** Polygon whose outer ring encircles a pole. */
function fixPolarPolygon(outer: Unwrapped, holes: readonly Ring[], out: PolygonCoords[]): void {
  const flat: { lng: number[]; lat: number[] }[] = [closeAroundPole(outer)];
  for (const hole of holes) {
    const u = unwrapRing(hole);
    if (isEncircling(u)) {
      flat.push(closeAroundPole(u));
    } else {
      const shift = -360 * Math.round((u.minLng + u.maxLng) / 2 / 360);
      flat.push({ lng: Array.from(u.lng, (x) => x + shift), lat: Array.from(u.lat) });
    }
  }

  if (flat.every((r) => withinWorld(r.lng))) {
    out.push(flat.map((r) => toRing(r.lng, r.lat, r.lng.length, 0)));
    return;
  }
  // The ring wanders across the antimeridian more than once: cut everything
  // into 360°-wide strips and move each strip's piece into [-180, 180].
  for (let k = -1; k <= 1; k++) {
    const lo = -180 + 360 * k;
    const hi = 180 + 360 * k;
    const [first, ...rest] = flat;
    const outerPiece = first && clipToStrip(first.lng, first.lat, lo, hi, -360 * k);
    if (!outerPiece) continue;
    const polygon: PolygonCoords = [outerPiece];
    for (const r of rest) {
      const piece = clipToStrip(r.lng, r.lat, lo, hi, -360 * k);
      if (piece) polygon.push(piece);
    }
    out.push(polygon);
  }
}

/** Ordinary polygon that crosses (or lies beyond) the antimeridian. */
function fixWrappedPolygon(outer: Unwrapped, holes: readonly Ring[], out: PolygonCoords[]): void {
  const center = (outer.minLng + outer.maxLng) / 2;
  const shift = -360 * Math.ceil((center - 180) / 360); // center into (-180, 180]
  const polygon: PolygonCoords = [toRing(outer.lng, outer.lat, outer.lng.length, shift)];
  let minLng = outer.minLng + shift;
  let maxLng = outer.maxLng + shift;
  for (const hole of holes) {
    const u = unwrapRing(hole);
    // Same shift as the outer ring, up to whole turns.
    const s = shift + 360 * Math.round((center - (u.minLng + u.maxLng) / 2) / 360);
    polygon.push(toRing(u.lng, u.lat, u.lng.length, s));
    minLng = Math.min(minLng, u.minLng + s);
    maxLng = Math.max(maxLng, u.maxLng + s);
  }
  out.push(polygon);
  if (maxLng > 180 + EPS) out.push(polygon.map((r) => shiftRing(r, -360)));
  if (minLng < -180 - EPS) out.push(polygon.map((r) => shiftRing(r, 360)));
}

/**
 * Appends the fixed version of one polygon (one or more polygons) to `out`.
 * Returns false (and appends the polygon itself) when nothing needed fixing.
 */
function fixPolygon(rings: PolygonCoords, out: PolygonCoords[]): boolean {
  const scans = rings.map(scanRing);
  if (scans.every((s) => s.jumps === 0 && !s.polar && s.minLng >= -180 && s.maxLng <= 180)) {
    out.push(rings);
    return false;
  }
  // Rings circling a pole beyond the Mercator limit have no visible area;
  // world-atlas 50m wraps Antarctica's coast (as a hole) in such a ring. Drop
  // them; holes of a dropped outer ring become polygons of their own.
  const [outerRing, ...holeRings] = rings;
  const [outerScan, ...holeScans] = scans;
  if (!outerRing || !outerScan) return true;
  const holes = holeRings.filter((_, i) => !holeScans[i]?.polar);
  if (outerScan.polar) {
    for (const hole of holes) fixPolygon([hole], out);
    return true;
  }
  const outer = unwrapRing(outerRing);
  if (isEncircling(outer)) fixPolarPolygon(outer, holes, out);
  else fixWrappedPolygon(outer, holes, out);
  return true;
}

function fixGeometry(geometry: Geometry): Geometry {
  switch (geometry.type) {
    case 'Polygon': {
      const out: PolygonCoords[] = [];
      if (!fixPolygon(geometry.coordinates, out)) return geometry;
      const [only] = out;
      return out.length === 1 && only
        ? { type: 'Polygon', coordinates: only }
        : { type: 'MultiPolygon', coordinates: out };
    }
    case 'MultiPolygon': {
      const out: PolygonCoords[] = [];
      let changed = false;
      for (const polygon of geometry.coordinates) {
        if (fixPolygon(polygon, out)) changed = true;
      }
      return changed ? { type: 'MultiPolygon', coordinates: out } : geometry;
    }
    case 'GeometryCollection': {
      const geometries = geometry.geometries.map(fixGeometry);
      return geometries.every((g, i) => g === geometry.geometries[i])
        ? geometry
        : { type: 'GeometryCollection', geometries };
    }
    default:
      return geometry;
  }
}

/**
 * Returns a copy of the collection whose polygons draw correctly in Leaflet
 * (no bands across the map, Antarctica closed at the south pole). Feature
 * count, order, `id` and `properties` are preserved; a fixed Polygon may
 * become a MultiPolygon. Output longitudes stay within [-540, 540].
 */
export function fixAntimeridian<P = GeoJsonProperties>(
  fc: FeatureCollection<Geometry, P>,
): FeatureCollection<Geometry, P> {
  const features = fc.features.map((f): Feature<Geometry, P> => {
    // topojson-client yields `geometry: null` for null objects despite the types.
    const geometry = (f.geometry as Geometry | null) && fixGeometry(f.geometry);
    if (!geometry || geometry === f.geometry) return f;
    return f.id === undefined
      ? { type: 'Feature', geometry, properties: f.properties }
      : { type: 'Feature', id: f.id, geometry, properties: f.properties };
  });
  return { type: 'FeatureCollection', features };
}

/**
 * Converts a world-atlas topology (countries-110m.json, countries-50m.json)
 * to GeoJSON countries ready for Leaflet: `feature(topology,
 * topology.objects.countries)` followed by {@link fixAntimeridian}.
 */
export function topologyToCountries(
  topology: Topology,
  objectName = 'countries',
): FeatureCollection<Geometry, GeoJsonProperties> {
  const object = topology.objects[objectName];
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error(`topology has no GeometryCollection named "${objectName}"`);
  }
  return fixAntimeridian(feature(topology, object));
}
