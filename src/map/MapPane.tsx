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
import { boundsOfPlaces, FOCUS_PADDING } from './viewSync';

/**
 * The initial view (MapContainer's props are not reactive): the link's map
 * view if it has one, else the selected event's places (framed as a
 * selection would be, so that opening a link does not move the map again),
 * else both embassies.
 */
function initialView() {
  const s = useAppStore.getState();
  if (s.mapView)
    return { center: [s.mapView.lat, s.mapView.lng] as [number, number], zoom: s.mapView.zoom };
  const places = s.dataset?.places ?? [];
  const focus = s.mapFocusRequest
    ? places.filter((p) => s.mapFocusRequest?.placeIds.includes(p.id))
    : [];
  const embassies = places.filter((p) => p.kind === 'embassy');
  const bounds =
    boundsOfPlaces(focus) ??
    boundsOfPlaces(embassies.length ? embassies : places) ??
    L.latLngBounds([15, -90], [40, 40]);
  return { bounds, boundsOptions: FOCUS_PADDING };
}

/**
 * The map pane: react-leaflet makes the Leaflet map; a MapController draws
 * and syncs everything on it. The pane shows what the controller reports:
 * its errors (through the pane's error boundary), a place's events in a
 * popup or a sheet, and notices about the basemap and online tiles.
 */
export function MapPane() {
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
  const [initial] = useState(initialView);
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
          onBasemapError: setBasemapError,
          onTilesFailed: setTilesFailed,
          onPopup: setPopup,
          onSheet: setSheetPlace,
          reducedMotion: prefersReducedMotion,
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
    [map],
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
        {...initial}
        minZoom={1}
        maxZoom={10}
        zoomSnap={0.25}
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
