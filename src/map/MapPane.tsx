import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  MapContainer,
  Marker,
  Polyline,
  Popup,
  ScaleControl,
  Tooltip,
  useMap,
  ZoomControl,
} from 'react-leaflet';
import { formatDate, formatDateRange } from '../data/dates';
import { visibleEvents } from '../data/filter';
import type { Place, TimelineEvent } from '../data/types';
import { useAppStore } from '../store';
import { throwIfFaultInjected } from '../ui/faults';
import { intlLocale } from '../i18n';
import { eventText, placeText } from '../i18n/localize';
import { useT } from '../i18n/useT';
import { prefersReducedMotion } from '../ui/motion';
import { Basemap } from './Basemap';
import { greatCirclePoints, haversineKm } from './geo';
import { embassyIcon, placeIcon } from './icons';
import { OnlineTiles } from './OnlineTiles';

const MAX_FOCUS_ZOOM = 5;
const POPUP_EVENT_LIMIT = 30;

function boundsOfPlaces(places: Place[]): L.LatLngBounds | null {
  if (places.length === 0) return null;
  return L.latLngBounds(places.map((p) => [p.lat, p.lng] as [number, number]));
}

/** Keeps the store's map view and Leaflet's in step, in both directions, without echo. */
function MapSync() {
  const map = useMap();
  useEffect(
    function syncMapWithStore() {
      const report = () => {
        const c = map.getCenter();
        useAppStore.getState().setMapView({ lat: c.lat, lng: c.lng, zoom: map.getZoom() }, 'map');
      };
      map.on('moveend', report);
      report();
      const unsubscribe = useAppStore.subscribe((state, prev) => {
        if (state.mapView && state.mapView !== prev.mapView && state.mapViewOrigin !== 'map') {
          map.setView([state.mapView.lat, state.mapView.lng], state.mapView.zoom, {
            animate: false,
          });
        }
        const request = state.mapFocusRequest;
        if (request && request !== prev.mapFocusRequest) {
          const places = state.dataset?.places.filter((p) => request.placeIds.includes(p.id)) ?? [];
          const bounds = boundsOfPlaces(places);
          if (!bounds) return;
          const animate = !prefersReducedMotion();
          const options = {
            maxZoom: MAX_FOCUS_ZOOM,
            padding: [40, 40] as [number, number],
            animate,
            duration: 0.8,
          };
          map.stop();
          if (animate) map.flyToBounds(bounds, options);
          else map.fitBounds(bounds, options);
        }
      });
      // Leaflet only watches window resizes; panes change size on their own.
      const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
      observer.observe(map.getContainer());
      return function unsyncMapWithStore() {
        map.off('moveend', report);
        unsubscribe();
        observer.disconnect();
      };
    },
    [map],
  );
  return null;
}

function PlaceEvents({ place, events }: { place: Place; events: TimelineEvent[] }) {
  const selectEvent = useAppStore((s) => s.selectEvent);
  const lang = useAppStore((s) => s.lang);
  const t = useT();
  const map = useMap();
  const text = placeText(place, lang);
  const locale = intlLocale(lang);
  return (
    <div className="place-popup">
      <h3 className="place-popup-title">{text.name}</h3>
      {place.established && (
        <p className="place-popup-meta">
          {t('map.established', { date: formatDate(place.established, locale) })}
        </p>
      )}
      {text.precisionNote && <p className="place-popup-meta">{text.precisionNote}</p>}
      {events.length > 0 ? (
        <>
          <p className="place-popup-label">{t('map.eventsHere')}</p>
          <ul className="place-popup-events">
            {events.slice(0, POPUP_EVENT_LIMIT).map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    map.closePopup();
                    selectEvent(e.id, 'map', { focusMap: false });
                  }}
                >
                  {eventText(e, lang).title}
                </button>{' '}
                <span className="muted">({formatDateRange(e.start, e.end, locale)})</span>
              </li>
            ))}
          </ul>
          {events.length > POPUP_EVENT_LIMIT && (
            <p className="place-popup-meta">
              {t('map.moreEvents', { count: events.length - POPUP_EVENT_LIMIT })}
            </p>
          )}
        </>
      ) : (
        <p className="place-popup-meta">{t('map.noEvents')}</p>
      )}
    </div>
  );
}

function PlaceMarkers() {
  const dataset = useAppStore((s) => s.dataset);
  const visible = useAppStore((s) => visibleEvents(s.events, s.hiddenCategories, s.query, s.lang));
  const lang = useAppStore((s) => s.lang);
  const selectedId = useAppStore((s) => s.selectedId);
  const timeWindow = useAppStore((s) => s.timeWindow);
  const spans = useAppStore((s) => s.spans);
  const eventIndex = useAppStore((s) => s.eventIndex);
  const selected = useAppStore((s) =>
    s.selectedId ? s.events[s.eventIndex.get(s.selectedId) ?? -1] : undefined,
  );

  const eventsByPlace = useMemo(() => {
    const m = new Map<string, TimelineEvent[]>();
    for (const e of visible) {
      for (const p of e.places) {
        const list = m.get(p);
        if (list) list.push(e);
        else m.set(p, [e]);
      }
    }
    return m;
  }, [visible]);

  if (!dataset) return null;
  return (
    <>
      {dataset.places.map((place) => {
        const events = eventsByPlace.get(place.id) ?? [];
        const isSelected = selected?.places.includes(place.id) ?? false;
        const inWindow =
          !timeWindow ||
          events.some((e) => {
            const i = eventIndex.get(e.id) ?? -1;
            return spans.start[i]! < timeWindow.end && spans.end[i]! > timeWindow.start;
          });
        const isEmbassy = place.kind === 'embassy';
        const name = placeText(place, lang).name;
        const faded = !isSelected && (!inWindow || events.length === 0);
        return (
          <Marker
            // Leaflet takes title and alt at creation only: a new language makes new markers.
            key={`${place.id}:${lang}`}
            position={[place.lat, place.lng]}
            icon={isEmbassy ? embassyIcon : placeIcon(faded, isSelected)}
            title={name}
            alt={name}
            opacity={isEmbassy ? 1 : faded ? 0.45 : 1}
            keyboard
            eventHandlers={{
              click: () => {
                // A place with a single event: the click selects it (the
                // popup still opens with the place's details).
                const only = events.length === 1 ? events[0] : undefined;
                if (only) useAppStore.getState().selectEvent(only.id, 'map', { focusMap: false });
              },
              add: (e) => {
                const el = (e.target as L.Marker).getElement();
                el?.setAttribute('aria-label', name);
                el?.setAttribute('data-place-id', place.id);
                if (el && !isEmbassy) el.setAttribute('role', 'button');
              },
            }}
          >
            <Popup>
              <PlaceEvents place={place} events={events} />
            </Popup>
            {isSelected && selectedId && !isEmbassy && (
              <Tooltip direction="top" offset={[0, -8]} permanent>
                {name}
              </Tooltip>
            )}
          </Marker>
        );
      })}
    </>
  );
}

function EmbassyLink() {
  const dataset = useAppStore((s) => s.dataset);
  const lang = useAppStore((s) => s.lang);
  const t = useT();
  const embassies = useMemo(
    () => dataset?.places.filter((p) => p.kind === 'embassy') ?? [],
    [dataset],
  );
  const [a, b] = embassies;
  // Highlighted when the selected event concerns both countries (both missions).
  const concernsBoth = useAppStore((s) => {
    const e = s.selectedId ? s.events[s.eventIndex.get(s.selectedId) ?? -1] : undefined;
    return !!e && !!a && !!b && e.places.includes(a.id) && e.places.includes(b.id);
  });
  const arc = useMemo(() => (a && b ? greatCirclePoints(a, b, 96) : null), [a, b]);
  const lineRef = useRef<L.Polyline | null>(null);
  useEffect(
    function markHighlight() {
      // react-leaflet applies `className` only when the path is created.
      lineRef.current?.getElement()?.classList.toggle('is-highlighted', concernsBoth);
    },
    [concernsBoth],
  );
  if (!a || !b || !arc) return null;
  const km = Math.round(haversineKm(a, b));
  // The two parties when the dataset names two, else the two missions.
  const parties = (lang !== 'en' && dataset?.i18n?.[lang]?.parties) || dataset?.parties || [];
  const [from, to] =
    parties.length === 2 ? parties : [placeText(a, lang).name, placeText(b, lang).name];
  return (
    <Polyline
      ref={lineRef}
      className="embassy-link"
      positions={arc.map((p) => [p.lat, p.lng] as [number, number])}
      pathOptions={{
        color: concernsBoth ? '#b3261e' : '#2f5d8a',
        weight: concernsBoth ? 4 : 2.5,
        dashArray: concernsBoth ? undefined : '6 6',
      }}
    >
      <Tooltip permanent direction="center" className="arc-label">
        {t('map.distance', { from: from ?? '', to: to ?? '', km })}
      </Tooltip>
    </Polyline>
  );
}

function ShowBothButton() {
  const map = useMap();
  const t = useT();
  const dataset = useAppStore((s) => s.dataset);
  const embassies = dataset?.places.filter((p) => p.kind === 'embassy') ?? [];
  return (
    <div className="leaflet-top leaflet-right">
      <div className="leaflet-control leaflet-bar map-extra-controls">
        <button
          type="button"
          className="map-button"
          onClick={() => {
            const bounds = boundsOfPlaces(embassies);
            if (bounds)
              map.fitBounds(bounds, { padding: [30, 30], animate: !prefersReducedMotion() });
          }}
        >
          {t('map.showBoth')}
        </button>
      </div>
    </div>
  );
}

export function MapPane() {
  throwIfFaultInjected('map');
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const [basemapError, setBasemapError] = useState<string | null>(null);
  const onBasemapError = useCallback((m: string) => setBasemapError(m), []);
  // Initial view only (MapContainer props are not reactive): the link's map
  // view if it has one, else the selected event's places, else both embassies.
  const [initial] = useState(() => {
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
    return {
      bounds,
      boundsOptions: { padding: [40, 40] as [number, number], maxZoom: MAX_FOCUS_ZOOM },
    };
  });
  return (
    <div className="map-wrap">
      <MapContainer
        className="map-canvas"
        {...initial}
        minZoom={1}
        maxZoom={10}
        zoomSnap={0.25}
        worldCopyJump={false}
        maxBounds={[
          [-85, -200],
          [85, 200],
        ]}
        attributionControl
        zoomControl={false}
        keyboard
      >
        <ZoomControl key={lang} zoomInTitle={t('map.zoomIn')} zoomOutTitle={t('map.zoomOut')} />
        <Basemap onError={onBasemapError} />
        <OnlineTiles />
        <EmbassyLink />
        <PlaceMarkers />
        <ScaleControl position="bottomleft" />
        <ShowBothButton />
        <MapSync />
        <AttributionText />
      </MapContainer>
      {basemapError && (
        <p className="map-notice" role="status">
          {t('map.basemapFailed', { error: basemapError })}
        </p>
      )}
    </div>
  );
}

function AttributionText() {
  const map = useMap();
  useEffect(
    function setAttribution() {
      map.attributionControl.setPrefix(false);
      map.attributionControl.addAttribution('Made with Natural Earth · Leaflet');
      return function clearAttribution() {
        map.attributionControl.removeAttribution('Made with Natural Earth · Leaflet');
      };
    },
    [map],
  );
  return null;
}
