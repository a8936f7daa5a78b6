/**
 * The map view in a link, as OpenStreetMap writes it: `zoom/lat/lng`. One
 * spelling per view, so that a link read and written again is the same link.
 */
import type { LinkReason } from './reasons';

/** A map view: the centre and the zoom. The one definition the app uses. */
export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

export const MIN_ZOOM = 0;
export const MAX_ZOOM = 19;
/** Web Mercator stops here; beyond it tiles do not exist. */
export const MAX_LAT = 85.0511;

// Exponents, hex, '+' and 'Infinity' are refused so that a view has exactly
// one spelling and hand-edited links cannot smuggle in odd values.
const PLAIN_NUMBER_RE = /^-?\d+(\.\d+)?$/;

function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

function wrapLng(lng: number): number {
  // Leaving in-range values alone avoids float noise from the modulo.
  if (lng >= -180 && lng < 180) return lng;
  return ((((lng + 180) % 360) + 360) % 360) - 180;
}

function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  // `+ 0` turns -0 into 0 so that equal views compare equal.
  return Math.round(x * f) / f + 0;
}

/**
 * The nearest valid view: zoom clamped to 0..19, latitude to ±85.0511,
 * longitude wrapped into [-180, 180). A NaN component (and an infinite
 * longitude, which has no position) becomes 0; callers that would rather
 * drop such a view should check Number.isFinite first.
 */
export function clampMapView(view: MapView): MapView {
  const zoom = Number.isNaN(view.zoom) ? 0 : clamp(view.zoom, MIN_ZOOM, MAX_ZOOM);
  const lat = Number.isNaN(view.lat) ? 0 : clamp(view.lat, -MAX_LAT, MAX_LAT);
  const lng = Number.isFinite(view.lng) ? wrapLng(view.lng) : 0;
  return { zoom: zoom + 0, lat: lat + 0, lng: lng + 0 };
}

/** Clamps and rounds to exactly what the URL can express. */
function normalizeMapView(view: MapView): MapView {
  const c = clampMapView(view);
  let lng = roundTo(c.lng, 4);
  // 179.99996 rounds up to 180, which is the same meridian as -180.
  if (lng >= 180) lng = -180;
  return { zoom: roundTo(c.zoom, 2), lat: roundTo(c.lat, 4), lng };
}

/** OpenStreetMap's `zoom/lat/lng`, e.g. "4/28.0000/-20.0000"; clamps first. */
export function formatMapParam(view: MapView): string {
  const v = normalizeMapView(view);
  // After rounding to 2 decimals String() is already the shortest spelling
  // ("4", "4.5", "4.25") and never uses an exponent in 0..19.
  return `${String(v.zoom)}/${v.lat.toFixed(4)}/${v.lng.toFixed(4)}`;
}

export function parseMapParam(
  raw: string,
  report: (reason: LinkReason) => void,
): MapView | undefined {
  const parts = raw.split('/');
  if (parts.length !== 3) {
    report({ code: 'mapShape' });
    return undefined;
  }
  if (!parts.every((p) => PLAIN_NUMBER_RE.test(p))) {
    report({ code: 'mapNotPlainNumbers' });
    return undefined;
  }
  const [zoom, lat, lng] = parts.map(Number) as [number, number, number];
  // A plain decimal with hundreds of digits still parses to Infinity.
  if (![zoom, lat, lng].every(Number.isFinite)) {
    report({ code: 'mapNumberTooLarge' });
    return undefined;
  }
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
    report({ code: 'mapZoomOutside', min: MIN_ZOOM, max: MAX_ZOOM });
    return undefined;
  }
  // Refused rather than clamped: a link pointing off the map is more likely
  // a mistake worth reporting than a view worth approximating.
  if (lat < -MAX_LAT || lat > MAX_LAT) {
    report({ code: 'mapLatitudeOutside', max: MAX_LAT });
    return undefined;
  }
  return normalizeMapView({ zoom, lat, lng });
}
