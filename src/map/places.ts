/**
 * The places on the map: the embassies as pins, the other places as rings
 * (dashed for a region), or, above CANVAS_PLACES_ABOVE places, as circles on
 * one canvas (the embassies stay pins). Each is named for assistive
 * technology, faded when none of its events is in the time window, and
 * labelled when the selected event happened there. A click opens the
 * place's events: in a popup (its content is rendered by the pane into the
 * element `onPopup` gives it) or, on a small map, in a sheet over it.
 */
import L from 'leaflet';
import type { Place, TimelineEvent } from '../data/types';
import { TOKENS } from '../lib/tokens';
import { embassyIcon, placeIcon } from './icons';
import { labelSide, type Side } from './labelSide';

/**
 * Above this many places, the places other than the embassies are drawn as
 * circles on one canvas: thousands of DOM markers took seconds to add and
 * slowed every drag. On the canvas a place is reached with the mouse or a
 * finger; the event list is the keyboard's way to them.
 */
export const CANVAS_PLACES_ABOVE = 500;

/** A place as the map shows it now. */
export interface PlaceState {
  place: Place;
  /** Its name in the shown language. */
  name: string;
  /** The visible events that happened there. */
  events: TimelineEvent[];
  selected: boolean;
  faded: boolean;
}

/** Room kept free around a popup for the map's controls (zoom, "Show both embassies", scale). */
const POPUP_PADDING_TOP_LEFT = L.point(52, 84);
const POPUP_PADDING_BOTTOM_RIGHT = L.point(16, 56);

export interface PlaceLayerOptions {
  /** The place's popup opened (its content goes in `element`), or closed (null). */
  onPopup: (open: { placeId: string; element: HTMLElement } | null) => void;
  /** On a small map: show the place's events in a sheet instead of a popup. */
  onSheet: (placeId: string) => void;
  /** A place with a single event was chosen: select it (the place's events still show). */
  onChooseOnly: (eventId: string) => void;
  /** Whether the map is small enough for a sheet. */
  useSheet: () => boolean;
  guard: (fn: () => void) => void;
}

const CANVAS_STYLE = {
  site: { color: TOKENS.placeLine, fillColor: TOKENS.placeFill },
  region: { color: TOKENS.placeLine, fillColor: TOKENS.regionFill },
  selected: { color: TOKENS.selectedLine, fillColor: TOKENS.selectedFill },
};

function countryOf(place: Place): 'cuba' | 'syria' | 'other' {
  return place.country === 'Cuba' ? 'cuba' : place.country === 'Syria' ? 'syria' : 'other';
}

const isEmbassy = (place: Place) => place.kind === 'embassy';

/** Where a label beside its place sits: its anchor, and a small gap on its side. */
function labelOffset(side: Side, anchor: L.Point): L.Point {
  return anchor.add([side === 'left' ? -6 : 6, 0]);
}

export class PlaceLayer {
  private readonly map: L.Map;
  private readonly options: PlaceLayerOptions;
  private readonly group = L.layerGroup();
  private readonly pins = new Map<string, { marker: L.Marker; key: string }>();
  private canvas: { markers: Map<string, L.CircleMarker>; styles: Map<string, string> } | null =
    null;
  private states = new Map<string, PlaceState>();
  private labels: L.Tooltip[] = [];
  /**
   * The side each label was put on first, and its anchor's distance from the
   * point. A name beside an embassy pin is not here: it keeps its side (the
   * other is the pin's).
   */
  private readonly labelSides = new WeakMap<L.Tooltip, { side: Side; anchor: L.Point }>();
  private popup: { placeId: string; popup: L.Popup; element: HTMLElement; from?: L.Marker } | null =
    null;
  private lang = '';
  /** Points that carry an embassy pin: a place there (its city) is drawn beside the pin. */
  private embassyPoints = new Set<string>();

  constructor(map: L.Map, options: PlaceLayerOptions) {
    this.map = map;
    this.options = options;
    this.group.addTo(map);
    map.on('moveend resize', this.fitLabels);
  }

  /** Draws the places as `states` say, changing only what changed. */
  update(states: readonly PlaceState[], lang: string): void {
    const onCanvas = states.length > CANVAS_PLACES_ABOVE;
    const previous = this.states;
    this.states = new Map(states.map((s) => [s.place.id, s]));
    this.embassyPoints = new Set(
      states.filter((s) => isEmbassy(s.place)).map((s) => `${s.place.lat},${s.place.lng}`),
    );
    const languageChanged = lang !== this.lang;
    this.lang = lang;
    const pinned = onCanvas ? states.filter((s) => isEmbassy(s.place)) : states;
    const drawn = onCanvas ? states.filter((s) => !isEmbassy(s.place)) : [];
    this.updatePins(pinned, languageChanged);
    this.updateCanvas(drawn, previous);
    this.updateLabels(states);
    // An open popup follows its place (its events change with the filters).
    if (this.popup && !this.states.has(this.popup.placeId)) this.map.closePopup(this.popup.popup);
  }

  /** The state of a place, as last drawn. */
  stateOf(placeId: string): PlaceState | undefined {
    return this.states.get(placeId);
  }

  /** Re-positions the open popup once its content has been rendered or changed size. */
  refreshPopup(): void {
    this.popup?.popup.update();
  }

  /** Closes the open popup; with `returnFocus`, focus goes back to the marker that opened it. */
  closePopup(returnFocus = false): boolean {
    const open = this.popup;
    if (!open) return false;
    this.map.closePopup(open.popup);
    if (returnFocus) open.from?.getElement()?.focus();
    return true;
  }

  /** The marker element of a place, for returning focus to it. */
  markerElement(placeId: string): HTMLElement | undefined {
    return this.pins.get(placeId)?.marker.getElement();
  }

  private choose(placeId: string, latlng: L.LatLngExpression, from?: L.Marker): void {
    const state = this.states.get(placeId);
    if (!state) return;
    const only = state.events.length === 1 ? state.events[0] : undefined;
    if (only) this.options.onChooseOnly(only.id);
    if (this.options.useSheet()) this.options.onSheet(placeId);
    else this.openPopup(placeId, latlng, from);
  }

  private openPopup(placeId: string, latlng: L.LatLngExpression, from?: L.Marker): void {
    const size = this.map.getSize();
    const element = document.createElement('div');
    const popup = L.popup({
      // A popup never exceeds the map: its list scrolls inside it.
      maxHeight: Math.max(
        120,
        size.y - POPUP_PADDING_TOP_LEFT.y - POPUP_PADDING_BOTTOM_RIGHT.y - 90,
      ),
      maxWidth: Math.min(340, size.x - 80),
      autoPanPaddingTopLeft: POPUP_PADDING_TOP_LEFT,
      autoPanPaddingBottomRight: POPUP_PADDING_BOTTOM_RIGHT,
      // Where Leaflet would put it if the marker had opened it: above its icon.
      offset: L.point(from?.options.icon?.options.popupAnchor ?? [0, -6]).add([0, 7]),
    })
      .setLatLng(latlng)
      .setContent(element);
    popup.on('remove', () =>
      this.options.guard(() => {
        if (this.popup?.popup !== popup) return;
        this.popup = null;
        this.options.onPopup(null);
      }),
    );
    this.popup = { placeId, popup, element, ...(from ? { from } : {}) };
    popup.openOn(this.map);
    this.options.onPopup({ placeId, element });
  }

  private updatePins(states: readonly PlaceState[], languageChanged: boolean): void {
    const wanted = new Set(states.map((s) => s.place.id));
    for (const [id, pin] of this.pins) {
      if (!wanted.has(id)) {
        pin.marker.remove();
        this.pins.delete(id);
      }
    }
    for (const state of states) {
      const { place } = state;
      const embassy = isEmbassy(place);
      const key = `${String(state.selected)}:${String(state.faded)}`;
      const existing = this.pins.get(place.id);
      // Leaflet takes a marker's title at creation only: a new language makes new markers.
      if (existing && languageChanged) {
        existing.marker.remove();
        this.pins.delete(place.id);
      } else if (existing) {
        if (existing.key !== key) {
          existing.marker.setIcon(this.iconFor(state));
          existing.marker.setOpacity(embassy ? 1 : state.faded ? 0.5 : 1);
          existing.key = key;
          this.nameMarker(existing.marker, state);
        }
        continue;
      }
      const marker = L.marker([place.lat, place.lng], {
        icon: this.iconFor(state),
        title: state.name,
        opacity: embassy ? 1 : state.faded ? 0.5 : 1,
        // Other places above the embassy pins: the Golan Heights ring stays
        // visible next to the Damascus pin at world zoom.
        zIndexOffset: embassy ? 0 : 1000,
        keyboard: true,
      });
      marker.on('add', () => this.nameMarker(marker, this.states.get(place.id) ?? state));
      marker.on('click', () =>
        this.options.guard(() => this.choose(place.id, marker.getLatLng(), marker)),
      );
      marker.addTo(this.group);
      this.pins.set(place.id, { marker, key });
    }
  }

  private besidePin(place: Place): boolean {
    return !isEmbassy(place) && this.embassyPoints.has(`${place.lat},${place.lng}`);
  }

  private iconFor(state: PlaceState): L.DivIcon {
    return isEmbassy(state.place)
      ? embassyIcon(countryOf(state.place), state.selected)
      : placeIcon(
          state.place.precision === 'region' ? 'region' : 'site',
          state.faded,
          state.selected,
          this.besidePin(state.place),
        );
  }

  /** Names the marker (its icon is re-created with each new state). */
  private nameMarker(marker: L.Marker, state: PlaceState): void {
    const el = marker.getElement();
    el?.setAttribute('aria-label', state.name);
    el?.setAttribute('data-place-id', state.place.id);
    el?.setAttribute('role', 'button');
  }

  private updateCanvas(states: readonly PlaceState[], previous: Map<string, PlaceState>): void {
    const same =
      this.canvas &&
      states.length === this.canvas.markers.size &&
      states.every((s) => previous.get(s.place.id)?.place === s.place);
    if (!same) {
      this.canvas?.markers.forEach((m) => m.remove());
      this.canvas = null;
      if (states.length === 0) return;
      const renderer = L.canvas({ padding: 0.5 });
      const markers = new Map<string, L.CircleMarker>();
      for (const { place } of states) {
        const marker = L.circleMarker([place.lat, place.lng], {
          renderer,
          radius: place.precision === 'region' ? 7 : 5,
          weight: 2,
          fillOpacity: 1,
          dashArray: place.precision === 'region' ? '3 2' : undefined,
          bubblingMouseEvents: false,
        });
        marker.on('click', () =>
          this.options.guard(() => this.choose(place.id, [place.lat, place.lng])),
        );
        marker.addTo(this.group);
        markers.set(place.id, marker);
      }
      this.canvas = { markers, styles: new Map() };
    }
    const canvas = this.canvas;
    if (!canvas) return;
    for (const state of states) {
      const kind = state.selected
        ? 'selected'
        : state.place.precision === 'region'
          ? 'region'
          : 'site';
      const key = `${kind}:${String(state.faded)}`;
      if (canvas.styles.get(state.place.id) === key) continue;
      canvas.styles.set(state.place.id, key);
      const marker = canvas.markers.get(state.place.id);
      marker?.setStyle({
        ...CANVAS_STYLE[kind],
        opacity: state.faded ? 0.45 : 1,
        fillOpacity: state.faded ? 0.45 : 1,
      });
      if (state.selected) marker?.bringToFront();
    }
  }

  /** The names of the selected event's places (not the embassies, whose pins say it), as text. */
  private updateLabels(states: readonly PlaceState[]): void {
    for (const label of this.labels) this.map.closeTooltip(label);
    this.labels = states
      .filter((s) => s.selected && !isEmbassy(s.place))
      .map((s) => {
        const content = document.createElement('bdi');
        content.textContent = s.name;
        // Beside its ring: where the ring's icon anchors a tooltip (on its far
        // side from an embassy pin it sits beside), or beside a canvas circle.
        const beside = this.besidePin(s.place);
        const anchor = this.pins.has(s.place.id)
          ? L.point(this.iconFor(s).options.tooltipAnchor ?? [8, 0])
          : L.point(8, 0);
        const side: Side = beside ? 'left' : 'right';
        const label = L.tooltip({
          permanent: true,
          direction: side,
          offset: labelOffset(side, anchor),
          className: 'place-label',
        })
          .setLatLng([s.place.lat, s.place.lng])
          .setContent(content);
        if (!beside) this.labelSides.set(label, { side, anchor });
        this.map.openTooltip(label);
        return label;
      });
    this.fitLabels();
  }

  /**
   * Keeps each place's name inside the map: a name that would run past the
   * map's edge on its side goes to the other side of its place.
   */
  private readonly fitLabels = (): void => {
    const width = this.map.getSize().x;
    for (const label of this.labels) {
      const first = this.labelSides.get(label);
      const element = label.getElement();
      const at = label.getLatLng();
      if (!first || !element || !at) continue;
      const x = this.map.latLngToContainerPoint(at).x;
      const side = labelSide(
        first.side,
        x,
        element.offsetWidth + Math.abs(first.anchor.x) + 6,
        width,
      );
      if (side === label.options.direction) continue;
      label.options.direction = side;
      // The anchor mirrored: the ring's other edge.
      const anchor = side === first.side ? first.anchor : L.point(-first.anchor.x, first.anchor.y);
      label.options.offset = labelOffset(side, anchor);
      label.update();
    }
  };

  destroy(): void {
    this.map.off('moveend resize', this.fitLabels);
    for (const label of this.labels) this.map.closeTooltip(label);
    this.labels = [];
    this.closePopup();
    this.group.remove();
    this.pins.clear();
    this.canvas = null;
  }
}
