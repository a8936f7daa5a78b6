import L from 'leaflet';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';

// Leaflet guesses its image path from CSS, which breaks once Vite has
// bundled (and inlined) the PNGs: give it the imported URLs instead.
// https://github.com/Leaflet/Leaflet/issues/4968
export const embassyIcon = L.icon({
  iconUrl,
  iconRetinaUrl,
  shadowUrl,
  iconSize: [25, 41],
  iconAnchor: [12, 41],
  popupAnchor: [1, -34],
  tooltipAnchor: [16, -28],
  shadowSize: [41, 41],
  className: 'marker-embassy',
});

/** Smaller round marker for the other places events happen at. */
export function placeIcon(faded: boolean, selected: boolean): L.DivIcon {
  return L.divIcon({
    className: `marker-place${faded ? ' is-faded' : ''}${selected ? ' is-selected' : ''}`,
    html: '',
    iconSize: [18, 18],
    iconAnchor: [9, 9],
    popupAnchor: [0, -10],
  });
}

L.Marker.prototype.options.icon = embassyIcon;
