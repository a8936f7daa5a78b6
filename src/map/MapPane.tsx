import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { MapContainer, Marker, Polyline, Popup, Tooltip, useMap, ZoomControl } from 'react-leaflet';
import { formatDate } from '../data/dates';
import { visibleEvents } from '../data/filter';
import type { Place, TimelineEvent } from '../data/types';
import { directionOf, formatNumber, intlLocale, translate, type Language } from '../i18n';
import { placeText } from '../i18n/localize';
import { useT } from '../i18n/useT';
import { useAppStore, type MapView } from '../store';
import { formatMapParam, MAP_ADJUSTED_REASON, MAX_LAT } from '../url/codec';
import { DatedEventLink } from '../ui/EventLink';
import { MeasureSince } from '../ui/MeasureSince';
import { now } from '../ui/perf';
import { throwIfFaultInjected } from '../ui/faults';
import { prefersReducedMotion } from '../ui/motion';
import { Basemap } from './Basemap';
import { greatCirclePoints, haversineKm } from './geo';
import { embassyIcon, placeIcon } from './icons';
import { OnlineTiles } from './OnlineTiles';

const MAX_FOCUS_ZOOM = 5;
/** The easternmost centre a link can name (180 is written as -180, the other side of the map). */
const MAX_LNG = 179.9999;
/** How the map frames an event's places: clear of the controls at the top and the scale below. */
const FOCUS_PADDING = {
  maxZoom: MAX_FOCUS_ZOOM,
  paddingTopLeft: [48, 72] as [number, number],
  paddingBottomRight: [40, 48] as [number, number],
};
const POPUP_EVENT_LIMIT = 30;
/** Room kept free around a popup for the map's controls (zoom, "Show both embassies", scale). */
const POPUP_PADDING_TOP_LEFT = L.point(52, 84);
const POPUP_PADDING_BOTTOM_RIGHT = L.point(16, 56);
/** Below this size the map shows a place's events in a sheet over its lower part, not a popup. */
const SHEET_MAX_WIDTH = 520;
const SHEET_MAX_HEIGHT = 400;

function boundsOfPlaces(places: Place[]): L.LatLngBounds | null {
  if (places.length === 0) return null;
  return L.latLngBounds(places.map((p) => [p.lat, p.lng] as [number, number]));
}

/** Moves focus to the story's headline once it shows the new selection. */
function focusHeadline() {
  requestAnimationFrame(() => document.getElementById('details-title')?.focus());
}

/**
 * Shows `center` at `zoom` as given: setView without animation still pans by
 * whole pixels when it can, which moves the centre by up to a pixel; a reset
 * view does not. (`reset` is a Leaflet option its typings leave out.)
 */
function resetView(map: L.Map, center: L.LatLngExpression, zoom: number) {
  map.setView(center, zoom, { reset: true } as L.ZoomPanOptions);
}

/** Leaflet's private animation state (see Map.js and PosAnimation.js). */
function isAnimating(map: L.Map): boolean {
  const m = map as L.Map & { _animatingZoom?: boolean; _panAnim?: { _inProgress?: boolean } };
  return !!m._animatingZoom || !!m._panAnim?._inProgress;
}

/** Keeps the store's map view and Leaflet's in step, in both directions, without echo. */
function MapSync() {
  const map = useMap();
  useEffect(
    function syncMapWithStore() {
      // A view asked for by a link, until the map has shown it: if Leaflet
      // had to show another one (zoom limits and steps, the world's edges),
      // the reader is told once.
      let fromLink: MapView | null = null;
      const takeLinkView = (state: { mapView: MapView | null; mapViewOrigin: string }) => {
        fromLink = state.mapViewOrigin === 'url' && state.mapView ? { ...state.mapView } : null;
      };
      // Between a flyToBounds and its end (Leaflet keeps no flag for it).
      let flying = false;
      const report = () => {
        flying = false;
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
            useAppStore
              .getState()
              .reportLink([{ key: 'map', value: asked, reason: MAP_ADJUSTED_REASON }]);
        }
        useAppStore.getState().setMapView(shown, 'map');
      };
      takeLinkView(useAppStore.getState());
      map.on('moveend', report);
      report();
      const unsubscribe = useAppStore.subscribe((state, prev) => {
        if (state.mapView && state.mapView !== prev.mapView && state.mapViewOrigin !== 'map') {
          takeLinkView(state);
          // Reset rather than pan, which moves by whole pixels: the view is the link's, exactly.
          resetView(map, [state.mapView.lat, state.mapView.lng], state.mapView.zoom);
          // setView fires no moveend when nothing moved: the link's view is shown as it is.
          fromLink = null;
        }
        const request = state.mapFocusRequest;
        if (request && request !== prev.mapFocusRequest) {
          const places = state.dataset?.places.filter((p) => request.placeIds.includes(p.id)) ?? [];
          const bounds = boundsOfPlaces(places);
          if (!bounds) return;
          const animate = !prefersReducedMotion();
          const options = { ...FOCUS_PADDING, animate, duration: 0.8 };
          map.stop();
          map.closePopup();
          if (animate) {
            flying = true;
            map.flyToBounds(bounds, options);
          } else map.fitBounds(bounds, options);
        }
      });
      // Leaflet only watches window resizes; panes change size on their own
      // (a notice shown or dismissed, a font arriving, a scrollbar). The
      // centre stays exactly where it was: invalidateSize forgets the exact
      // centre and keeps the top-left corner (pan: false) or pans by a
      // rounded half of the change, and setView pans by whole pixels; any of
      // them moves the view a little at every load, so that a reopened link
      // would not give back the same link. A reset view keeps the centre as given.
      const observer = new ResizeObserver(() => {
        const el = map.getContainer();
        const size = map.getSize();
        if (el.clientWidth === size.x && el.clientHeight === size.y) return;
        // A resize must not cut a move short.
        if (flying || isAnimating(map)) {
          map.invalidateSize({ pan: false });
          return;
        }
        const center = map.getCenter();
        const zoom = map.getZoom();
        map.invalidateSize({ pan: false });
        resetView(map, center, zoom);
      });
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

/** Escape closes an open popup (and returns focus to its marker) before it clears the selection. */
function ClosePopupOnEscape() {
  const map = useMap();
  useEffect(
    function closePopupOnEscape() {
      const onKeyDown = (e: KeyboardEvent) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        let open: L.Popup | null = null;
        map.eachLayer((layer) => {
          if (layer instanceof L.Popup && layer.isOpen()) open = layer;
        });
        if (!open) return;
        e.preventDefault();
        const marker = (open as L.Popup & { _source?: L.Marker })._source;
        map.closePopup(open);
        marker?.getElement()?.focus();
      };
      // Capture: before the app's own Escape (clear the selection).
      window.addEventListener('keydown', onKeyDown, true);
      return function stopClosingPopupOnEscape() {
        window.removeEventListener('keydown', onKeyDown, true);
      };
    },
    [map],
  );
  return null;
}

/** The map's size in pixels, following resizes. */
function useMapSize(): L.Point {
  const map = useMap();
  const [size, setSize] = useState(() => map.getSize());
  useEffect(
    function followMapSize() {
      const update = () => setSize(map.getSize());
      map.on('resize', update);
      return function stopFollowingMapSize() {
        map.off('resize', update);
      };
    },
    [map],
  );
  return size;
}

/** A place's name, location note and events; choosing an event moves the map to its places. */
function PlaceEvents({
  place,
  events,
  onChoose,
}: {
  place: Place;
  events: TimelineEvent[];
  onChoose: () => void;
}) {
  const selectEvent = useAppStore((s) => s.selectEvent);
  const lang = useAppStore((s) => s.lang);
  const t = useT();
  const text = placeText(place, lang);
  const locale = intlLocale(lang);
  return (
    <div className="place-popup">
      <h3 className="place-popup-title" dir="auto">
        {text.name}
      </h3>
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
                <DatedEventLink
                  event={e}
                  lang={lang}
                  onSelect={() => {
                    onChoose();
                    selectEvent(e.id, 'map');
                    focusHeadline();
                  }}
                />
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

function countryOf(place: Place): 'cuba' | 'syria' | 'other' {
  return place.country === 'Cuba' ? 'cuba' : place.country === 'Syria' ? 'syria' : 'other';
}

/**
 * Above this many places, the places other than the embassies are drawn as
 * circles on one canvas (the embassies stay pins): thousands of DOM markers
 * took seconds to add and slowed every drag. On the canvas a place is reached
 * with the mouse or a finger; the event list is the keyboard's way to them.
 */
export const CANVAS_PLACES_ABOVE = 500;

interface PlaceState {
  place: Place;
  events: TimelineEvent[];
  selected: boolean;
  faded: boolean;
}

const CANVAS_STYLE = {
  site: { color: '#5a4a7a', fillColor: '#ffffff' },
  region: { color: '#5a4a7a', fillColor: '#ece6f5' },
  selected: { color: '#b3261e', fillColor: '#fbe4e2' },
};

/** Places drawn on a canvas: one layer, styled in place as the view and selection change. */
function CanvasPlaces({
  states,
  lang,
  onClick,
}: {
  states: PlaceState[];
  lang: Language;
  onClick: (state: PlaceState) => void;
}) {
  const map = useMap();
  const onClickRef = useRef(onClick);
  // The places' current states, for the click handlers made once per layer.
  const stateRef = useRef(new Map<string, PlaceState>());
  const layer = useRef<{
    markers: Map<string, L.CircleMarker>;
    styles: Map<string, string>;
  } | null>(null);
  useEffect(function followClickHandler() {
    onClickRef.current = onClick;
  });
  const places = useMemo(() => states.map((s) => s.place), [states]);
  const placeKey = places.map((p) => p.id).join('\n');
  useEffect(
    function addCanvasPlaces() {
      const renderer = L.canvas({ padding: 0.5 });
      const group = L.layerGroup();
      const markers = new Map<string, L.CircleMarker>();
      for (const place of places) {
        const marker = L.circleMarker([place.lat, place.lng], {
          renderer,
          radius: place.precision === 'region' ? 7 : 5,
          weight: 2,
          fillOpacity: 1,
          dashArray: place.precision === 'region' ? '3 2' : undefined,
          bubblingMouseEvents: false,
        });
        marker.on('click', () => {
          const state = stateRef.current.get(place.id);
          if (state) onClickRef.current(state);
        });
        markers.set(place.id, marker);
        group.addLayer(marker);
      }
      group.addTo(map);
      layer.current = { markers, styles: new Map() };
      return function removeCanvasPlaces() {
        group.remove();
        layer.current = null;
      };
    },
    // Recreated only when the places themselves change.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- placeKey stands for places
    [map, placeKey],
  );
  useEffect(
    function styleCanvasPlaces() {
      stateRef.current = new Map(states.map((s) => [s.place.id, s]));
      const current = layer.current;
      if (!current) return;
      for (const state of states) {
        const kind = state.selected
          ? 'selected'
          : state.place.precision === 'region'
            ? 'region'
            : 'site';
        const key = `${kind}:${String(state.faded)}`;
        if (current.styles.get(state.place.id) === key) continue;
        current.styles.set(state.place.id, key);
        const marker = current.markers.get(state.place.id);
        marker?.setStyle({
          ...CANVAS_STYLE[kind],
          opacity: state.faded ? 0.45 : 1,
          fillOpacity: state.faded ? 0.45 : 1,
        });
        if (state.selected) marker?.bringToFront();
      }
    },
    [states],
  );
  useEffect(
    function labelSelectedCanvasPlaces() {
      // The selected places' names, as text (never HTML), like the pins' labels.
      const labels = states
        .filter((s) => s.selected)
        .map((s) => {
          const content = document.createElement('bdi');
          content.textContent = placeText(s.place, lang).name;
          return L.tooltip({
            permanent: true,
            direction: 'right',
            offset: [8, 0],
            className: 'place-label',
          })
            .setLatLng([s.place.lat, s.place.lng])
            .setContent(content);
        });
      for (const label of labels) map.openTooltip(label);
      return function removeCanvasPlaceLabels() {
        for (const label of labels) map.closeTooltip(label);
      };
    },
    [map, states, lang],
  );
  return null;
}

function PlaceMarkers({ onOpenSheet }: { onOpenSheet: (placeId: string) => void }) {
  const map = useMap();
  const size = useMapSize();
  const dataset = useAppStore((s) => s.dataset);
  const visible = useAppStore((s) =>
    visibleEvents(s.events, s.hiddenCategories, s.query, s.lang, s.dataset?.places),
  );
  const lang = useAppStore((s) => s.lang);
  const selectedId = useAppStore((s) => s.selectedId);
  const timeWindow = useAppStore((s) => s.timeWindow);
  const spans = useAppStore((s) => s.spans);
  const eventIndex = useAppStore((s) => s.eventIndex);
  const selected = useAppStore((s) =>
    s.selectedId ? s.events[s.eventIndex.get(s.selectedId) ?? -1] : undefined,
  );
  const sheet = size.x < SHEET_MAX_WIDTH || size.y < SHEET_MAX_HEIGHT;
  // The place whose popup is open, when places are drawn on the canvas.
  const [openPlace, setOpenPlace] = useState<string | null>(null);
  // A popup never exceeds the map: its list scrolls inside it.
  const popupMaxHeight = Math.max(
    120,
    size.y - POPUP_PADDING_TOP_LEFT.y - POPUP_PADDING_BOTTOM_RIGHT.y - 90,
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

  const states = useMemo(
    () =>
      (dataset?.places ?? []).map((place): PlaceState => {
        const events = eventsByPlace.get(place.id) ?? [];
        const isSelected = selected?.places.includes(place.id) ?? false;
        const inWindow =
          !timeWindow ||
          events.some((e) => {
            const i = eventIndex.get(e.id) ?? -1;
            return spans.start[i]! < timeWindow.end && spans.end[i]! > timeWindow.start;
          });
        const faded = !isSelected && (!inWindow || events.length === 0);
        return { place, events, selected: isSelected, faded };
      }),
    [dataset, eventsByPlace, selected, timeWindow, eventIndex, spans],
  );
  const onCanvas = states.length > CANVAS_PLACES_ABOVE;
  const pinned = onCanvas ? states.filter((s) => s.place.kind === 'embassy') : states;
  const drawn = useMemo(
    () => (onCanvas ? states.filter((s) => s.place.kind !== 'embassy') : []),
    [onCanvas, states],
  );
  const openState = openPlace ? states.find((s) => s.place.id === openPlace) : undefined;

  /** A place with a single event: the click selects it (the place's details still show). */
  const choosePlace = (state: PlaceState) => {
    const only = state.events.length === 1 ? state.events[0] : undefined;
    if (only) useAppStore.getState().selectEvent(only.id, 'map', { focusMap: false });
    if (sheet) onOpenSheet(state.place.id);
  };

  if (!dataset) return null;
  return (
    <>
      {onCanvas && (
        <CanvasPlaces
          states={drawn}
          lang={lang}
          onClick={(state) => {
            choosePlace(state);
            if (!sheet) setOpenPlace(state.place.id);
          }}
        />
      )}
      {openState && !sheet && (
        <Popup
          position={[openState.place.lat, openState.place.lng]}
          maxHeight={popupMaxHeight}
          maxWidth={Math.min(340, size.x - 80)}
          autoPanPaddingTopLeft={POPUP_PADDING_TOP_LEFT}
          autoPanPaddingBottomRight={POPUP_PADDING_BOTTOM_RIGHT}
          eventHandlers={{ remove: () => setOpenPlace(null) }}
        >
          <PlaceEvents
            place={openState.place}
            events={openState.events}
            onChoose={() => map.closePopup()}
          />
        </Popup>
      )}
      {pinned.map(({ place, events, selected: isSelected, faded }) => {
        const isEmbassy = place.kind === 'embassy';
        const name = placeText(place, lang).name;
        return (
          <Marker
            // Leaflet takes title and alt at creation only: a new language makes new markers.
            key={`${place.id}:${lang}:${sheet ? 'sheet' : 'popup'}`}
            position={[place.lat, place.lng]}
            icon={
              isEmbassy
                ? embassyIcon(countryOf(place), isSelected)
                : placeIcon(place.precision === 'region' ? 'region' : 'site', faded, isSelected)
            }
            title={name}
            opacity={isEmbassy ? 1 : faded ? 0.5 : 1}
            // Other places above the embassy pins: the Golan Heights ring stays
            // visible next to the Damascus pin at world zoom.
            zIndexOffset={isEmbassy ? 0 : 1000}
            keyboard
            eventHandlers={{
              click: () => choosePlace({ place, events, selected: isSelected, faded }),
              add: (e) => {
                const el = (e.target as L.Marker).getElement();
                el?.setAttribute('aria-label', name);
                el?.setAttribute('data-place-id', place.id);
                el?.setAttribute('role', 'button');
              },
            }}
          >
            {!sheet && (
              <Popup
                maxHeight={popupMaxHeight}
                maxWidth={Math.min(340, size.x - 80)}
                autoPanPaddingTopLeft={POPUP_PADDING_TOP_LEFT}
                autoPanPaddingBottomRight={POPUP_PADDING_BOTTOM_RIGHT}
              >
                <PlaceEvents place={place} events={events} onChoose={() => map.closePopup()} />
              </Popup>
            )}
            {isSelected && selectedId && !isEmbassy && (
              <Tooltip direction="right" offset={[6, 0]} permanent className="place-label">
                <bdi>{name}</bdi>
              </Tooltip>
            )}
          </Marker>
        );
      })}
    </>
  );
}

/** On a small map: the place's events in a sheet over the map's lower part. */
function PlaceSheet({ placeId, onClose }: { placeId: string; onClose: () => void }) {
  const t = useT();
  const dataset = useAppStore((s) => s.dataset);
  const visible = useAppStore((s) =>
    visibleEvents(s.events, s.hiddenCategories, s.query, s.lang, s.dataset?.places),
  );
  const place = dataset?.places.find((p) => p.id === placeId);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(function focusSheet() {
    closeRef.current?.focus();
  }, []);
  if (!place) return null;
  const events = visible.filter((e) => e.places.includes(place.id));
  return (
    <div
      className="place-sheet"
      role="dialog"
      aria-label={placeText(place, useAppStore.getState().lang).name}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <button
        ref={closeRef}
        type="button"
        className="dialog-close place-sheet-close"
        aria-label={t('dialog.close')}
        onClick={onClose}
      >
        ×
      </button>
      <PlaceEvents place={place} events={events} onChoose={onClose} />
    </div>
  );
}

/** The arc between the embassies, highlighted when the selected event concerns both. */
function EmbassyLink() {
  const dataset = useAppStore((s) => s.dataset);
  const embassies = useMemo(
    () => dataset?.places.filter((p) => p.kind === 'embassy') ?? [],
    [dataset],
  );
  const [a, b] = embassies;
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
  return (
    <>
      <Polyline
        ref={lineRef}
        className="embassy-link"
        // A line to look at, not a control: no pointer, no click.
        interactive={false}
        positions={arc.map((p) => [p.lat, p.lng] as [number, number])}
        pathOptions={{
          color: concernsBoth ? '#b3261e' : '#2f5d8a',
          weight: concernsBoth ? 4 : 2.5,
          dashArray: concernsBoth ? undefined : '6 6',
        }}
      />
      <ArcLabel arc={arc} a={a} b={b} />
    </>
  );
}

/** Least room kept between the arc's label and the map's edges. */
const LABEL_MARGIN_PX = 6;

/**
 * "Cuba – Syria: 10,972 km", placed on the part of the arc that is in view
 * (nearest its middle) where the whole label fits inside the map, so that it
 * never runs off a narrow map; hidden when no such place is in view.
 */
function ArcLabel({ arc, a, b }: { arc: { lat: number; lng: number }[]; a: Place; b: Place }) {
  const map = useMap();
  const dataset = useAppStore((s) => s.dataset);
  const lang = useAppStore((s) => s.lang);
  const t = useT();
  const km = Math.round(haversineKm(a, b));
  // The two parties when the dataset names two, else the two missions.
  const parties = (lang !== 'en' && dataset?.i18n?.[lang]?.parties) || dataset?.parties || [];
  const [from, to] =
    parties.length === 2 ? parties : [placeText(a, lang).name, placeText(b, lang).name];
  const text = t('map.distance', { from: from ?? '', to: to ?? '', km });

  useEffect(
    function placeArcLabel() {
      const content = document.createElement('span');
      content.textContent = text;
      const tooltip = L.tooltip({
        permanent: true,
        direction: 'center',
        className: 'arc-label',
        interactive: false,
      }).setContent(content);
      /** The arc point nearest the arc's middle that passes `ok`. */
      const nearestMiddle = (ok: (p: { lat: number; lng: number }) => boolean) => {
        const middle = Math.floor(arc.length / 2);
        let best: { lat: number; lng: number } | undefined;
        let bestDistance = Infinity;
        arc.forEach((p, i) => {
          const d = Math.abs(i - middle);
          if (d < bestDistance && ok(p)) {
            bestDistance = d;
            best = p;
          }
        });
        return best;
      };
      const place = () => {
        // Away from the map's edges and corner controls, where the arc allows.
        const view = map.getBounds().pad(-0.15);
        const inView = (p: { lat: number; lng: number }) => view.contains([p.lat, p.lng]);
        if (!map.hasLayer(tooltip)) {
          const first = nearestMiddle(inView);
          if (!first) return;
          tooltip.setLatLng([first.lat, first.lng]);
          map.openTooltip(tooltip);
        }
        // The whole label inside the map: its size is known once it is open
        // (and changes with the language and the font).
        const element = tooltip.getElement();
        const half = { x: (element?.offsetWidth ?? 0) / 2, y: (element?.offsetHeight ?? 0) / 2 };
        const size = map.getSize();
        const fits = (p: { lat: number; lng: number }) => {
          const at = map.latLngToContainerPoint([p.lat, p.lng]);
          return (
            at.x - half.x >= LABEL_MARGIN_PX &&
            at.x + half.x <= size.x - LABEL_MARGIN_PX &&
            at.y - half.y >= LABEL_MARGIN_PX &&
            at.y + half.y <= size.y - LABEL_MARGIN_PX
          );
        };
        const best = nearestMiddle((p) => inView(p) && fits(p)) ?? nearestMiddle(fits);
        if (best) tooltip.setLatLng([best.lat, best.lng]);
        else map.closeTooltip(tooltip);
      };
      place();
      map.on('moveend resize', place);
      // The label's font (Arabic's) may arrive after it is placed, wider.
      let removed = false;
      void document.fonts?.ready.then(() => {
        if (!removed) place();
      });
      return function removeArcLabel() {
        removed = true;
        map.off('moveend resize', place);
        map.closeTooltip(tooltip);
      };
    },
    [map, arc, text],
  );
  return null;
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

/**
 * Leaflet's scale bar with the language's digits and unit names ("2,000 km",
 * "2000 كم"): Leaflet writes English units itself.
 */
function LocalScale() {
  const map = useMap();
  const lang = useAppStore((s) => s.lang);
  useEffect(
    function addLocalScale() {
      const control = new LocalizedScale(lang);
      control.addTo(map);
      return function removeLocalScale() {
        control.remove();
      };
    },
    [map, lang],
  );
  return null;
}

class LocalizedScale extends L.Control.Scale {
  constructor(private readonly lang: Language) {
    super({ position: 'bottomleft' });
  }
  // Leaflet's own hook, called with e.g. ("2000 km"); see Control.Scale.js.
  _updateScale(scale: HTMLElement, text: string, ratio: number) {
    const [number, unit] = text.split(' ');
    const key = unit === 'km' ? 'map.unitKm' : unit === 'mi' ? 'map.unitMi' : null;
    scale.style.width = `${String(Math.round(100 * ratio))}px`;
    scale.textContent =
      key && number
        ? `${formatNumber(Number(number), this.lang)} ${translate(this.lang, key)}`
        : text;
    scale.dir = directionOf(this.lang);
  }
}

export function MapPane() {
  throwIfFaultInjected('map');
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const [basemapError, setBasemapError] = useState<string | null>(null);
  const [sheetPlace, setSheetPlace] = useState<string | null>(null);
  const onBasemapError = useCallback((m: string) => setBasemapError(m), []);
  const [renderStart] = useState(now);
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
    // The same framing as a selection's, so that opening a link does not move the map again.
    return { bounds, boundsOptions: FOCUS_PADDING };
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
        // No maxBounds: Leaflet keeps the whole view inside them, which
        // moves a view by an amount that depends on the map's size (a notice
        // above the panes, a phone), so that a link would not reopen as
        // itself. KeepCentreOnWorld keeps the centre over the world instead.
        attributionControl
        zoomControl={false}
        keyboard
      >
        <ZoomControl key={lang} zoomInTitle={t('map.zoomIn')} zoomOutTitle={t('map.zoomOut')} />
        <Basemap onError={onBasemapError} />
        <OnlineTiles />
        <EmbassyLink />
        <PlaceMarkers onOpenSheet={setSheetPlace} />
        <LocalScale />
        <ShowBothButton />
        <MapSync />
        <ClosePopupOnEscape />
        <AttributionText />
        <MeasureSince name="map: create the map and its layers" start={renderStart} />
      </MapContainer>
      {sheetPlace && (
        <PlaceSheet
          placeId={sheetPlace}
          onClose={() => {
            // Back to the marker the sheet was opened from.
            document
              .querySelector<HTMLElement>(
                `.leaflet-marker-icon[data-place-id="${CSS.escape(sheetPlace)}"]`,
              )
              ?.focus();
            setSheetPlace(null);
          }}
        />
      )}
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
  const t = useT();
  const text = t('map.attribution');
  useEffect(
    function setAttribution() {
      map.attributionControl.setPrefix(false);
      // Leaflet writes attributions as HTML: this is our own message, never dataset text.
      map.attributionControl.addAttribution(text);
      return function clearAttribution() {
        map.attributionControl.removeAttribution(text);
      };
    },
    [map, text],
  );
  return null;
}
