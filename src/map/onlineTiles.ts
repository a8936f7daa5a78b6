/**
 * Configured online tiles, offered in a layer switch (nothing is requested
 * off the machine unless VITE_TILE_URL was set when building). The offline
 * basemap sits in a pane below the tiles, so it shows through wherever
 * tiles fail; the reader is told when some failed.
 */
import L from 'leaflet';

/** Build-time configuration: without VITE_TILE_URL nothing is requested off the machine. */
export const TILE_URL: string = import.meta.env.VITE_TILE_URL ?? '';
export const TILE_ATTRIBUTION: string = import.meta.env.VITE_TILE_ATTRIBUTION ?? '';

/** Adds the layer switch when tiles are configured; returns the function that removes it. */
export function addOnlineTiles(
  map: L.Map,
  options: { offline: string; online: string; onFailed: (failed: boolean) => void },
): () => void {
  if (!TILE_URL) return () => undefined;
  const tiles = L.tileLayer(TILE_URL, { attribution: TILE_ATTRIBUTION, maxZoom: 19 });
  // Leaflet fires `load` once every visible tile has loaded or failed.
  let errors = 0;
  tiles.on('loading', () => {
    errors = 0;
  });
  tiles.on('tileerror', () => {
    errors += 1;
  });
  tiles.on('load', () => options.onFailed(errors > 0));
  tiles.on('remove', () => options.onFailed(false));
  // The offline basemap is always drawn; this entry just means "no tiles".
  const offline = L.layerGroup().addTo(map);
  const control = L.control
    .layers({ [options.offline]: offline, [options.online]: tiles }, {}, { collapsed: false })
    .addTo(map);
  return function removeOnlineTiles() {
    control.remove();
    tiles.remove();
    offline.remove();
  };
}
