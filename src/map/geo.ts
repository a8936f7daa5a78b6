/**
 * Small spherical-geometry helpers for the map (no Leaflet, no React).
 *
 * Longitudes returned by the arc helpers are *unwrapped*: they continue past
 * ±180 instead of jumping back, because Leaflet draws a polyline from 170 to
 * -170 the long way round (a band across the whole map) but draws 170 to 190
 * as the short hop it is.
 */

export type LatLng = { lat: number; lng: number };

export type Bounds = { south: number; west: number; north: number; east: number };

/** Mean Earth radius (IUGG), in km. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Web Mercator (Leaflet's EPSG3857) clamps latitudes to ±this. */
export const MERCATOR_MAX_LAT = 85.0511287798066;

const DEG = Math.PI / 180;
const RAD = 180 / Math.PI;

/** Normalise a longitude difference into (-180, 180]. */
export function wrapLngDelta(delta: number): number {
  const d = delta - 360 * Math.floor((delta + 180) / 360);
  return d === -180 ? 180 : d;
}

/** Great-circle distance in km (haversine formula). */
export function haversineKm(a: LatLng, b: LatLng): number {
  const dLat = (b.lat - a.lat) * DEG;
  const dLng = (b.lng - a.lng) * DEG;
  const s =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * DEG) * Math.cos(b.lat * DEG) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

type Vec3 = [number, number, number];

function toVec(p: LatLng): Vec3 {
  const phi = p.lat * DEG;
  const lambda = p.lng * DEG;
  const c = Math.cos(phi);
  return [c * Math.cos(lambda), c * Math.sin(lambda), Math.sin(phi)];
}

/**
 * Returns a function t ∈ [0, 1] ↦ point on the great circle from a to b as
 * raw (lat, lng in (-180, 180]) degrees, written into `out`.
 */
function slerp(a: LatLng, b: LatLng): (t: number, out: LatLng) => void {
  const [ax, ay, az] = toVec(a);
  const [bx, by, bz] = toVec(b);
  // Angle between the two unit vectors, robust for tiny and near-π angles.
  const cx = ay * bz - az * by;
  const cy = az * bx - ax * bz;
  const cz = ax * by - ay * bx;
  const dot = ax * bx + ay * by + az * bz;
  const angle = Math.atan2(Math.hypot(cx, cy, cz), dot);

  if (angle < 1e-12) {
    // Same point: stay exactly at a.
    return (_t, out) => {
      out.lat = a.lat;
      out.lng = a.lng;
    };
  }

  let wa: (t: number) => number;
  let wb: (t: number) => number;
  let ux = bx;
  let uy = by;
  let uz = bz;
  if (Math.PI - angle < 1e-9) {
    // Antipodal: every great circle through a reaches b. Pick the one that
    // leaves a heading north (or along lng 0 when a is a pole).
    const nx = -az * ax;
    const ny = -az * ay;
    const nz = 1 - az * az;
    const n = Math.hypot(nx, ny, nz);
    if (n < 1e-12) {
      ux = 1;
      uy = 0;
      uz = 0;
    } else {
      ux = nx / n;
      uy = ny / n;
      uz = nz / n;
    }
    wa = (t) => Math.cos(t * Math.PI);
    wb = (t) => Math.sin(t * Math.PI);
  } else {
    const s = Math.sin(angle);
    wa = (t) => Math.sin((1 - t) * angle) / s;
    wb = (t) => Math.sin(t * angle) / s;
  }

  return (t, out) => {
    const p = wa(t);
    const q = wb(t);
    const x = p * ax + q * ux;
    const y = p * ay + q * uy;
    const z = p * az + q * uz;
    out.lat = Math.atan2(z, Math.hypot(x, y)) * RAD;
    out.lng = Math.atan2(y, x) * RAD;
  };
}

/**
 * `segments + 1` points along the great circle from a to b (spherical linear
 * interpolation). The first point has a's coordinates; the last has b's
 * latitude and b's longitude shifted by a multiple of 360 if needed so that
 * consecutive longitudes never differ by more than 180 (the path is
 * unwrapped from a.lng). When the arc does not cross the antimeridian the
 * last point equals b exactly.
 */
export function greatCirclePoints(a: LatLng, b: LatLng, segments = 64): LatLng[] {
  const n = Number.isFinite(segments) ? Math.max(1, Math.floor(segments)) : 64;
  const at = slerp(a, b);
  const points: LatLng[] = [{ lat: a.lat, lng: a.lng }];
  const raw: LatLng = { lat: 0, lng: 0 };
  let prevLng = a.lng;
  for (let i = 1; i < n; i++) {
    at(i / n, raw);
    prevLng += wrapLngDelta(raw.lng - prevLng);
    points.push({ lat: raw.lat, lng: prevLng });
  }
  points.push({ lat: b.lat, lng: prevLng + wrapLngDelta(b.lng - prevLng) });
  return points;
}

/**
 * The point halfway along the great circle from a to b. Its longitude is
 * unwrapped relative to a.lng (within 180° of it), so it lies on the line
 * drawn by {@link greatCirclePoints}.
 */
export function greatCircleMidpoint(a: LatLng, b: LatLng): LatLng {
  const mid: LatLng = { lat: 0, lng: 0 };
  slerp(a, b)(0.5, mid);
  return { lat: mid.lat, lng: a.lng + wrapLngDelta(mid.lng - a.lng) };
}

/** Axis-aligned bounds of the points (longitudes taken as given, not wrapped). */
export function boundsOf(points: readonly LatLng[]): Bounds {
  if (points.length === 0) throw new RangeError('boundsOf: no points');
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  for (const { lat, lng } of points) {
    if (lat < south) south = lat;
    if (lat > north) north = lat;
    if (lng < west) west = lng;
    if (lng > east) east = lng;
  }
  return { south, west, north, east };
}
