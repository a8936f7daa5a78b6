/**
 * Web Mercator as Leaflet draws it (EPSG:3857, 256 px world at zoom 0), and
 * the view Leaflet chooses to frame a set of places, without Leaflet: the
 * map's static picture (MapPicture) is placed with it before Leaflet has
 * loaded, so that the map that replaces it opens on the same view.
 */

import { MERCATOR_MAX_LAT } from './geo.ts';

const WORLD_PX = 256;

export interface Point {
  x: number;
  y: number;
}

/** A place's position on the world at zoom 0, in pixels (0–256 both ways). */
export function project(lat: number, lng: number): Point {
  const phi = (Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat)) * Math.PI) / 180;
  const y = Math.log(Math.tan(Math.PI / 4 + phi / 2));
  return {
    x: (WORLD_PX * (lng + 180)) / 360,
    y: (WORLD_PX * (1 - y / Math.PI)) / 2,
  };
}

export interface FramePadding {
  maxZoom: number;
  paddingTopLeft: [number, number];
  paddingBottomRight: [number, number];
}

/** How the map frames an event's places: clear of the controls at the top and the scale below. */
export const FOCUS_PADDING: FramePadding = {
  maxZoom: 5,
  paddingTopLeft: [48, 72],
  paddingBottomRight: [40, 48],
};

export interface ZoomLimits {
  minZoom: number;
  maxZoom: number;
  zoomSnap: number;
}

/** The map's limits (MapPane gives Leaflet the same). */
export const MAP_ZOOM: ZoomLimits = { minZoom: 1, maxZoom: 10, zoomSnap: 0.25 };

/** A view: its centre in world pixels at zoom 0, and its zoom. */
export interface PixelView {
  center: Point;
  zoom: number;
}

/**
 * The view Leaflet's `fitBounds(bounds, padding)` shows on a map of `size`
 * (its `_getBoundsCenterZoom` and `getBoundsZoom`, with zoom snapping),
 * for places given as [lat, lng].
 */
export function frameBounds(
  points: readonly (readonly [number, number])[],
  size: Point,
  padding: FramePadding,
  limits: ZoomLimits = MAP_ZOOM,
): PixelView | null {
  if (points.length === 0) return null;
  const lats = points.map((p) => p[0]);
  const lngs = points.map((p) => p[1]);
  const sw = project(Math.min(...lats), Math.min(...lngs));
  const ne = project(Math.max(...lats), Math.max(...lngs));
  const [tlx, tly] = padding.paddingTopLeft;
  const [brx, bry] = padding.paddingBottomRight;
  const boundsW = Math.abs(ne.x - sw.x);
  const boundsH = Math.abs(sw.y - ne.y);
  // Leaflet starts from zoom 0 on a new map: the scale is relative to it.
  const scale = Math.min((size.x - tlx - brx) / boundsW, (size.y - tly - bry) / boundsH);
  // Places at one point: Leaflet's scale is infinite, and the limits decide.
  let zoom = Number.isNaN(Math.log2(scale)) ? Infinity : Math.log2(scale);
  const snap = limits.zoomSnap;
  // Within 1% of a step, the step (Leaflet's rule); then down to a step.
  zoom = Math.round(zoom / (snap / 100)) * (snap / 100);
  zoom = Math.floor(zoom / snap) * snap;
  zoom = Math.max(limits.minZoom, Math.min(limits.maxZoom, zoom));
  zoom = Math.min(padding.maxZoom, zoom);
  const k = 2 ** zoom;
  // The padding's offset is in screen pixels: at zoom 0 it is k times smaller.
  const center = {
    x: (sw.x + ne.x) / 2 + (brx - tlx) / 2 / k,
    y: (sw.y + ne.y) / 2 + (bry - tly) / 2 / k,
  };
  return { center, zoom };
}

/** The zoom Leaflet shows when asked for `zoom`: to a step, within the limits. */
export function limitZoom(zoom: number, limits: ZoomLimits = MAP_ZOOM): number {
  const stepped = Math.round(zoom / limits.zoomSnap) * limits.zoomSnap;
  return Math.max(limits.minZoom, Math.min(limits.maxZoom, stepped));
}

/**
 * The part of the zoom-0 world a map of `size` shows around a view, as an
 * SVG viewBox, in units of 1/`scale` of a zoom-0 pixel.
 */
export function viewBoxOf(view: PixelView, size: Point, scale = 1): string {
  const k = 2 ** view.zoom;
  const w = size.x / k;
  const h = size.y / k;
  return [view.center.x - w / 2, view.center.y - h / 2, w, h]
    .map((n) => Number((n * scale).toFixed(4)))
    .join(' ');
}
