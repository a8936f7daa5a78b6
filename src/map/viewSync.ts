/**
 * The store's map view and Leaflet's, kept in step in both directions
 * without echo: the map reports its moves with origin 'map', and applies
 * only views that came from elsewhere (a link, Back, a focus request).
 */
import L from 'leaflet';
import type { Place } from '../data/types';
import type { AppState, MapView } from '../store';
import { throwIfFaultInjected } from '../ui/faults';
import { formatMapParam, MAX_LAT } from '../url/codec';
import { resetView } from './leafletCompat';
import { FOCUS_PADDING } from './mercator';

/** The easternmost centre a link can name (180 is written as -180, the other side of the map). */
const MAX_LNG = 179.9999;

export function boundsOfPlaces(places: readonly Place[]): L.LatLngBounds | null {
  if (places.length === 0) return null;
  return L.latLngBounds(places.map((p) => [p.lat, p.lng] as [number, number]));
}

export interface ViewSyncStore {
  getState(): AppState;
  subscribe(listener: (state: AppState, prev: AppState) => void): () => void;
}

/**
 * Starts syncing; returns the function that stops it. `guard` runs each
 * callback and sends what it throws to the pane.
 */
export function syncMapView(
  map: L.Map,
  store: ViewSyncStore,
  options: {
    guard: (fn: () => void) => void;
    reducedMotion: () => boolean;
    placesById: (ids: readonly string[]) => Place[];
    /** The store's view when the map was made from it (a later one is applied at once). */
    viewAtCreation?: MapView | null | undefined;
    /** The map was made over the reader's event instead of that view: it is not asked for. */
    viewSetAside?: boolean | undefined;
  },
): () => void {
  const { guard } = options;
  // A view asked for by a link, until the map has shown it: if Leaflet had
  // to show another one (zoom limits and steps, the world's edges), the
  // reader is told once.
  let fromLink: MapView | null = null;
  const takeLinkView = (state: { mapView: MapView | null; mapViewOrigin: string }) => {
    fromLink = state.mapViewOrigin === 'url' && state.mapView ? { ...state.mapView } : null;
  };
  // From a move's start to its end (pans, zooms, flights): a resize must not cut it short.
  let moving = false;
  const onMoveStart = () => {
    moving = true;
  };
  const report = () =>
    guard(() => {
      moving = false;
      const c = map.getCenter();
      // The centre stays over the world, whatever the map's size: a rule a
      // link can state, so that the view it names is the view shown.
      const lat = Math.min(MAX_LAT, Math.max(-MAX_LAT, c.lat));
      const lng = Math.min(MAX_LNG, Math.max(-180, c.lng));
      if (lat !== c.lat || lng !== c.lng) {
        resetView(map, [lat, lng], map.getZoom()); // reports again, from its moveend
        return;
      }
      const shown = { lat: c.lat, lng: c.lng, zoom: map.getZoom() };
      if (fromLink) {
        const asked = formatMapParam(fromLink);
        fromLink = null;
        if (formatMapParam(shown) !== asked)
          store
            .getState()
            .reportLink([{ key: 'map', value: asked, reason: { code: 'mapAdjusted' } }]);
      }
      store.getState().setMapView(shown, 'map');
    });
  // A view the store was given after the map was made (a link, Back) is
  // shown first: the map's own view must not overwrite it.
  const start = store.getState();
  takeLinkView(start);
  if (options.viewSetAside && start.mapView === options.viewAtCreation) fromLink = null;
  if (start.mapView && start.mapView !== options.viewAtCreation && start.mapViewOrigin !== 'map') {
    const c = map.getCenter();
    const shown = { lat: c.lat, lng: c.lng, zoom: map.getZoom() };
    if (formatMapParam(shown) !== formatMapParam(start.mapView))
      resetView(map, [start.mapView.lat, start.mapView.lng], start.mapView.zoom);
  }
  map.on('movestart', onMoveStart);
  map.on('moveend', report);
  report();

  const unsubscribe = store.subscribe((state, prev) =>
    guard(() => {
      throwIfFaultInjected('map:subscriber');
      if (state.mapView && state.mapView !== prev.mapView && state.mapViewOrigin !== 'map') {
        takeLinkView(state);
        // Reset rather than pan, which moves by whole pixels: the view is the link's, exactly.
        resetView(map, [state.mapView.lat, state.mapView.lng], state.mapView.zoom);
        // setView fires no moveend when nothing moved: the link's view is shown as it is.
        fromLink = null;
      }
      const request = state.mapFocusRequest;
      if (request && request !== prev.mapFocusRequest) {
        const bounds = boundsOfPlaces(options.placesById(request.placeIds));
        if (!bounds) return;
        const animate = !options.reducedMotion();
        map.stop();
        map.closePopup();
        const focus = { ...FOCUS_PADDING, animate, duration: 0.8 };
        if (animate) map.flyToBounds(bounds, focus);
        else map.fitBounds(bounds, focus);
      }
    }),
  );

  // Leaflet only watches window resizes; panes change size on their own (a
  // notice shown or dismissed, a font arriving, a scrollbar). The centre
  // stays exactly where it was: invalidateSize forgets the exact centre and
  // keeps the top-left corner (pan: false) or pans by a rounded half of the
  // change, and setView pans by whole pixels; any of them moves the view a
  // little at every load, so that a reopened link would not give back the
  // same link. A reset view keeps the centre as given.
  const observer =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() =>
          guard(() => {
            const el = map.getContainer();
            const size = map.getSize();
            if (el.clientWidth === size.x && el.clientHeight === size.y) return;
            if (moving) {
              map.invalidateSize({ pan: false });
              return;
            }
            const center = map.getCenter();
            const zoom = map.getZoom();
            map.invalidateSize({ pan: false });
            resetView(map, center, zoom);
          }),
        )
      : null;
  observer?.observe(map.getContainer());

  return function stopSyncingMapView() {
    map.off('movestart', onMoveStart);
    map.off('moveend', report);
    unsubscribe();
    observer?.disconnect();
  };
}
