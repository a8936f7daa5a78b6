/**
 * What the map needs from Leaflet beyond its typings, in one place, with the
 * version it was written for. The app uses only Leaflet's public API; the
 * one option used here (`reset`) is documented ("Zoom/pan options") but
 * missing from @types/leaflet.
 */
import L from 'leaflet';

/** The Leaflet versions this module was written and tested against. */
export const SUPPORTED_LEAFLET = /^1\.9\./;

/** Whether the running Leaflet is one this module supports (unit-tested; warned about at run time). */
export function leafletSupported(version: string = L.version): boolean {
  return SUPPORTED_LEAFLET.test(version);
}

let warned = false;
/** Says once, in the console, that Leaflet is a version the map was not written for. */
export function checkLeafletVersion(): void {
  if (warned || leafletSupported()) return;
  warned = true;
  console.warn(`Leaflet ${L.version} is not a version the map was written for (1.9.x).`);
}

/**
 * Shows `center` at `zoom` as given: setView without animation still pans by
 * whole pixels when it can, which moves the centre by up to a pixel; a reset
 * view does not.
 */
export function resetView(map: L.Map, center: L.LatLngExpression, zoom: number): void {
  map.setView(center, zoom, { reset: true } as L.ZoomPanOptions);
}
