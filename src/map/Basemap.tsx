import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { Topology } from 'topojson-specification';
import countries110mUrl from 'world-atlas/countries-110m.json?url';
import { measureSince, now, timed } from '../lib/perf';

/** ISO 3166 numeric codes of the two parties, drawn in their own colours. */
const HIGHLIGHT: Record<string, string> = { '192': 'country-cuba', '760': 'country-syria' };

export async function fetchCountries(url: string): Promise<GeoJSON.FeatureCollection> {
  // The decoder and ring repair load with the shapes, off the start-up path.
  const start = now();
  const [response, { topologyToCountries }] = await Promise.all([
    fetch(url),
    import('./basemapGeometry'),
  ]);
  if (!response.ok) throw new Error(`basemap request failed: ${response.status}`);
  const topology = (await response.json()) as Topology;
  measureSince('basemap: fetch and parse', start, true);
  return timed('basemap: decode and repair', () => topologyToCountries(topology), true);
}

/** Zoom from which the finer 50m shapes replace the 110m ones. */
export const DETAIL_ZOOM = 4;

function countryLayer(fc: GeoJSON.FeatureCollection, renderer: L.Renderer): L.GeoJSON {
  // GeoJSON passes its options on to each polygon, renderer included.
  const options: L.GeoJSONOptions & { renderer: L.Renderer } = {
    renderer,
    pane: 'basemap',
    interactive: true,
    style: (feature) => {
      const cls = HIGHLIGHT[String(feature?.id ?? '')];
      return {
        color: '#8a8f7a',
        weight: 0.6,
        fillColor:
          cls === 'country-cuba' ? '#d9a441' : cls === 'country-syria' ? '#c7653f' : '#eeeadf',
        fillOpacity: 1,
      };
    },
    onEachFeature: (feature, lyr) => {
      const name = (feature.properties as { name?: unknown } | null)?.name;
      if (typeof name === 'string')
        lyr.bindTooltip(name, { sticky: true, className: 'country-tooltip' });
    },
  };
  return L.geoJSON(fc, options);
}

/**
 * Offline basemap: Natural Earth countries on one canvas, 110m shapes at
 * start-up and 50m shapes fetched the first time the user zooms in. Country
 * names show on hover. A basemap failure leaves the sea background and a
 * notice; the rest of the map keeps working.
 */
export function Basemap({ onError }: { onError: (message: string) => void }) {
  const map = useMap();

  useEffect(
    function addBasemap() {
      let cancelled = false;
      let layer: L.GeoJSON | null = null;
      let detailRequested = false;
      // Its own pane below the tile pane, so configured online tiles cover it
      // and it shows through wherever they fail.
      const pane = map.getPane('basemap') ?? map.createPane('basemap');
      pane.style.zIndex = '150';
      const renderer = L.canvas({ padding: 0.5, pane: 'basemap' });
      const container = map.getContainer();
      const show = (fc: GeoJSON.FeatureCollection, level: string) => {
        if (cancelled) return;
        const drawStart = now();
        const next = countryLayer(fc, renderer);
        next.addTo(map);
        next.bringToBack();
        measureSince('basemap: build the layer', drawStart, true);
        layer?.remove();
        layer = next;
        container.dataset.basemap = level;
      };
      const fail = (error: unknown) => {
        if (!cancelled) onError(error instanceof Error ? error.message : String(error));
      };
      const maybeLoadDetail = () => {
        if (detailRequested || map.getZoom() < DETAIL_ZOOM) return;
        detailRequested = true;
        // The 50m shapes (230 KB gzipped) stay off the start-up path.
        void import('world-atlas/countries-50m.json?url')
          .then((m) => fetchCountries(m.default))
          .then((fc) => show(fc, '50m'))
          .catch(fail);
      };
      const loadCoarse = () =>
        fetchCountries(countries110mUrl)
          .then((fc) => {
            if (container.dataset.basemap !== '50m') show(fc, '110m');
            maybeLoadDetail();
          })
          .catch(fail);
      if (map.getZoom() >= DETAIL_ZOOM) {
        // Opening close in (a link to one event): draw the fine shapes at once
        // rather than swapping coarse coastlines for fine ones in view.
        detailRequested = true;
        void import('world-atlas/countries-50m.json?url')
          .then((m) => fetchCountries(m.default))
          .then((fc) => show(fc, '50m'))
          .catch(() => loadCoarse());
      } else void loadCoarse();
      map.on('zoomend', maybeLoadDetail);
      return function removeBasemap() {
        cancelled = true;
        map.off('zoomend', maybeLoadDetail);
        layer?.remove();
      };
    },
    [map, onError],
  );

  return null;
}
