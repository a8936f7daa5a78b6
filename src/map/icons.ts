import L from 'leaflet';

// Markers are drawn with SVG in a divIcon (no PNGs: Leaflet's default icon
// 404s once Vite has inlined its images, https://github.com/Leaflet/Leaflet/issues/4968).
// The markup is fixed here; no dataset text ever goes into it.

/** An embassy: a pin with a building, in the colour of its host country on the basemap. */
export function embassyIcon(country: 'cuba' | 'syria' | 'other', selected: boolean): L.DivIcon {
  return L.divIcon({
    className: `marker-embassy marker-embassy-${country}${selected ? ' is-selected' : ''}`,
    html:
      '<svg viewBox="0 0 32 42" width="32" height="42" aria-hidden="true" focusable="false">' +
      '<path class="pin" d="M16 41C16 41 2 25 2 15.5A14 14 0 0 1 30 15.5C30 25 16 41 16 41Z"/>' +
      '<path class="glyph" d="M9 21h14v2H9zM10 14h2v6h-2zM15 14h2v6h-2zM20 14h2v6h-2zM8 12l8-5 8 5z"/>' +
      '</svg>',
    iconSize: [32, 42],
    iconAnchor: [16, 41],
    popupAnchor: [0, -38],
    tooltipAnchor: [14, -26],
  });
}

/**
 * Where a ring goes when its place shares its point with an embassy pin (a
 * city and the mission in it): beside the pin's foot, to its left, clear of
 * the pin and of a ring centred on the point, so that each stays visible and
 * has its own click. In pixels from the point.
 */
export const BESIDE_PIN_OFFSET = { x: -24, y: 4 } as const;

/**
 * Another place events happen at: a ring, dashed for a region (its location
 * is approximate), drawn above the embassy pins so that a nearby pin (the
 * Golan front beside Damascus) never hides it. `besidePin` moves it beside
 * the pin of an embassy at the same point.
 */
export function placeIcon(
  kind: 'site' | 'region',
  faded: boolean,
  selected: boolean,
  besidePin = false,
): L.DivIcon {
  const size = kind === 'region' ? 24 : 18;
  const half = size / 2;
  const { x, y } = besidePin ? BESIDE_PIN_OFFSET : { x: 0, y: 0 };
  return L.divIcon({
    className: `marker-place marker-place-${kind}${besidePin ? ' is-beside-pin' : ''}${faded ? ' is-faded' : ''}${selected ? ' is-selected' : ''}`,
    html: '',
    iconSize: [size, size],
    iconAnchor: [half - x, half - y],
    popupAnchor: [x, y - half - 2],
    // Beside a pin, the name goes on the ring's far side, away from the pin.
    tooltipAnchor: besidePin ? [x - half, y] : [half, 0],
  });
}

L.Marker.prototype.options.icon = placeIcon('site', false, false);
