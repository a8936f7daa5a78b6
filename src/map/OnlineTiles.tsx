import L from 'leaflet';
import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import { useT } from '../ui/useT';

/** Build-time configuration: without VITE_TILE_URL nothing is requested off the machine. */
export const TILE_URL: string = import.meta.env.VITE_TILE_URL ?? '';
export const TILE_ATTRIBUTION: string = import.meta.env.VITE_TILE_ATTRIBUTION ?? '';

/**
 * Offers configured online tiles in a layer switch. The offline basemap sits
 * in a pane below the tiles, so it shows through wherever tiles fail.
 */
export function OnlineTiles() {
  const map = useMap();
  const [failed, setFailed] = useState(false);
  const t = useT();

  useEffect(
    function addLayerSwitch() {
      if (!TILE_URL) return;
      const tiles = L.tileLayer(TILE_URL, { attribution: TILE_ATTRIBUTION, maxZoom: 19 });
      // Leaflet fires `load` once every visible tile has loaded or failed.
      let errors = 0;
      tiles.on('loading', () => {
        errors = 0;
      });
      tiles.on('tileerror', () => {
        errors += 1;
      });
      tiles.on('load', () => setFailed(errors > 0));
      tiles.on('remove', () => setFailed(false));
      // The offline basemap is always drawn; this entry just means "no tiles".
      const offline = L.layerGroup().addTo(map);
      const control = L.control
        .layers(
          { [t('map.offlineLayer')]: offline, [t('map.onlineLayer')]: tiles },
          {},
          { collapsed: false },
        )
        .addTo(map);
      return function removeLayerSwitch() {
        control.remove();
        tiles.remove();
        offline.remove();
      };
    },
    [map, t],
  );

  if (!failed) return null;
  return (
    <p className="map-notice tiles-notice" role="status">
      {t('map.tilesFailed')}
    </p>
  );
}
