/**
 * What the map opens on (Leaflet's map and its static picture alike): the
 * link's map view if it has one, else the selected event's places (framed
 * as a selection would be, so that opening a link does not move the map
 * again), else both embassies, else every place. A map made late (on a
 * phone, when the reader scrolls to it) frames the reader's event instead
 * of the link's view once the reader has moved on from it.
 */
import type { AppState } from '../store';
import {
  FOCUS_PADDING,
  frameBounds,
  limitZoom,
  project,
  type PixelView,
  type Point,
} from './mercator';

export type StartFrame =
  { view: { lat: number; lng: number; zoom: number } } | { points: [number, number][] };

/** Where nothing else says: the Atlantic between the two parties. */
const FALLBACK: [number, number][] = [
  [15, -90],
  [40, 40],
];

type FrameState = Pick<AppState, 'mapView' | 'mapFocusRequest' | 'dataset'>;

export function startFrame(state: FrameState, preferFocus = false): StartFrame {
  const places = state.dataset?.places ?? [];
  const request = state.mapFocusRequest;
  const focus = request ? places.filter((p) => request.placeIds.includes(p.id)) : [];
  if (state.mapView && !(preferFocus && focus.length > 0)) return { view: state.mapView };
  const embassies = places.filter((p) => p.kind === 'embassy');
  const framed = focus.length > 0 ? focus : embassies.length > 0 ? embassies : places;
  return {
    points: framed.length > 0 ? framed.map((p) => [p.lat, p.lng]) : FALLBACK,
  };
}

/** The frame as a view on a map of `size`. */
export function pixelViewOf(frame: StartFrame, size: Point): PixelView {
  if ('view' in frame)
    return { center: project(frame.view.lat, frame.view.lng), zoom: limitZoom(frame.view.zoom) };
  return frameBounds(frame.points, size, FOCUS_PADDING)!;
}
