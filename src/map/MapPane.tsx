import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import '../styles/leaflet-skin.css';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { MapContainer } from 'react-leaflet';
import { now } from '../lib/perf';
import { useAppStore } from '../store';
import { throwIfFaultInjected } from '../ui/faults';
import { MeasureSince } from '../ui/MeasureSince';
import { prefersReducedMotion } from '../ui/motion';
import { useT } from '../ui/useT';
import { useEventsByPlace, usePlaceById } from '../viewmodel/hooks';
import { MapController } from './MapController';
import { PlaceEvents } from './PlaceEvents';
import { PlaceSheet } from './PlaceSheet';
import { FOCUS_PADDING, MAP_ZOOM } from './mercator';
import { startFrame } from './startFrame';

/**
 * The initial view (MapContainer's props are not reactive): see startFrame.
 * With it, the store's view the map is made from: a later one is the
 * controller's to show, and a view set aside for the reader's event is not
 * a view that was asked for.
 */
function initialView(preferFocus: boolean) {
  const state = useAppStore.getState();
  const frame = startFrame(state, preferFocus);
  const props =
    'view' in frame
      ? { center: [frame.view.lat, frame.view.lng] as [number, number], zoom: frame.view.zoom }
      : { bounds: L.latLngBounds(frame.points), boundsOptions: FOCUS_PADDING };
  return {
    props,
    viewAtCreation: state.mapView,
    viewSetAside: !!state.mapView && !('view' in frame),
  };
}

/**
 * The map pane: react-leaflet makes the Leaflet map; a MapController draws
 * and syncs everything on it. The pane shows what the controller reports:
 * its errors (through the pane's error boundary), a place's events in a
 * popup or a sheet, and notices about the basemap and online tiles.
 */
export function MapPane({
  preferFocus = false,
  onShown,
}: {
  /** Made late: frame the reader's event rather than the link's view, if they have moved on. */
  preferFocus?: boolean;
  /** The basemap has been drawn, or could not be: the map stands on its own. */
  onShown?: () => void;
} = {}) {
  throwIfFaultInjected('map');
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const [map, setMap] = useState<L.Map | null>(null);
  const controllerRef = useRef<MapController | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [basemapError, setBasemapError] = useState<string | null>(null);
  const [tilesFailed, setTilesFailed] = useState(false);
  const [popup, setPopup] = useState<{ placeId: string; element: HTMLElement } | null>(null);
  const [sheetPlace, setSheetPlace] = useState<string | null>(null);
  const [renderStart] = useState(now);
  const [initial] = useState(() => initialView(preferFocus));
  const eventsByPlace = useEventsByPlace();
  const placeById = usePlaceById();
  if (failure) throw failure.error;

  useEffect(
    function mountMapController() {
      if (!map) return;
      const onError = (error: unknown) => setFailure({ error });
      let controller: MapController | null = null;
      try {
        controller = new MapController(map, {
          store: useAppStore,
          lang: useAppStore.getState().lang,
          onError,
          onBasemapError: (message) => {
            setBasemapError(message);
            onShown?.();
          },
          onBasemapShown: () => onShown?.(),
          onTilesFailed: setTilesFailed,
          onPopup: setPopup,
          onSheet: setSheetPlace,
          reducedMotion: prefersReducedMotion,
          viewAtCreation: initial.viewAtCreation,
          viewSetAside: initial.viewSetAside,
        });
      } catch (error) {
        onError(error);
      }
      controllerRef.current = controller;
      return function unmountMapController() {
        controller?.destroy();
        controllerRef.current = null;
      };
    },
    // onShown is stable (MapStage's callback) and `initial` never changes: the map is made once.
    [map, onShown, initial.viewAtCreation, initial.viewSetAside],
  );

  useEffect(
    function followLanguage() {
      controllerRef.current?.setLanguage(lang);
    },
    [lang],
  );

  const popupPlace = popup ? placeById.get(popup.placeId) : undefined;
  const popupEvents = popup ? eventsByPlace.get(popup.placeId) : undefined;
  useLayoutEffect(
    function placePopupAroundItsContent() {
      controllerRef.current?.refreshPopup();
    },
    [popup, popupEvents, lang],
  );

  return (
    <div className="map-wrap">
      <MapContainer
        ref={setMap}
        className="map-canvas"
        {...initial.props}
        {...MAP_ZOOM}
        worldCopyJump={false}
        // No maxBounds: Leaflet keeps the whole view inside them, which
        // moves a view by an amount that depends on the map's size (a notice
        // above the panes, a phone), so that a link would not reopen as
        // itself. The view sync keeps the centre over the world instead.
        attributionControl
        zoomControl={false}
        keyboard
      >
        <MeasureSince name="map: create the map and its layers" start={renderStart} />
      </MapContainer>
      {popup &&
        popupPlace &&
        createPortal(
          <PlaceEvents
            place={popupPlace}
            events={popupEvents ?? []}
            onChoose={() => controllerRef.current?.closePopup()}
          />,
          popup.element,
        )}
      {sheetPlace && (
        <PlaceSheet
          placeId={sheetPlace}
          onClose={() => {
            // Back to the marker the sheet was opened from.
            controllerRef.current?.markerElement(sheetPlace)?.focus();
            setSheetPlace(null);
          }}
        />
      )}
      {basemapError && (
        <p className="map-notice" role="status">
          {t('map.basemapFailed', { error: basemapError })}
        </p>
      )}
      {tilesFailed && (
        <p className="map-notice tiles-notice" role="status">
          {t('map.tilesFailed')}
        </p>
      )}
    </div>
  );
}
