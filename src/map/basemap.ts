/**
 * Offline basemap: Natural Earth countries on one canvas, 110m shapes at
 * start-up and 50m shapes fetched the first time the reader zooms in. The
 * shapes come ready to draw (their rings were repaired at build time, see
 * vite-plugins/basemap.ts). Country names show on hover. A basemap failure
 * leaves the sea background and a notice; the rest of the map keeps working.
 */
import L from 'leaflet';
import { measureSince, now, timed } from '../lib/perf';
import { PARTY_LAND, TOKENS } from '../lib/tokens';
import { coarseUrl, detailUrl, pictureUrl } from 'virtual:basemap';
import { DESKTOP_QUERY, whenReaderIsHere } from '../ui/readerHere';
import { decodeBasemap, type BasemapData } from './basemapFormat';
import { PICTURE_ID, PICTURE_SIDE } from './basemapPicture';
import { MERCATOR_MAX_LAT } from './geo';

/** Zoom from which the finer 50m shapes replace the 110m ones. */
export const DETAIL_ZOOM = 4;
/** The picture of the coarse shapes covers the Web Mercator world (see basemapPicture.ts). */
const WORLD: L.LatLngBoundsExpression = [
  [-MERCATOR_MAX_LAT, -180],
  [MERCATOR_MAX_LAT, 180],
];
const SVG_NS = 'http://www.w3.org/2000/svg';
/** On a laptop the fine shapes load when it is idle, within this time at the latest. */
const DETAIL_IDLE_TIMEOUT_MS = 4000;

export async function fetchCountries(url: string): Promise<GeoJSON.FeatureCollection> {
  const start = now();
  const response = await fetch(url);
  if (!response.ok) throw new Error(`basemap request failed: ${response.status}`);
  const data = (await response.json()) as BasemapData;
  measureSince('basemap: fetch and parse', start, true);
  return timed('basemap: decode', () => decodeBasemap(data), true);
}

function layerOptions(renderer: L.Renderer, pane: string) {
  // GeoJSON passes its options on to each polygon, renderer included.
  const options: L.GeoJSONOptions & { renderer: L.Renderer } = {
    renderer,
    pane,
    interactive: true,
    style: (feature) => ({
      color: TOKENS.border,
      weight: 0.6,
      fillColor: PARTY_LAND[String(feature?.id ?? '')] ?? TOKENS.land,
      fillOpacity: 1,
    }),
    onEachFeature: (feature, layer) => {
      const name = (feature.properties as { name?: unknown } | null)?.name;
      if (typeof name === 'string')
        layer.bindTooltip(name, { sticky: true, className: 'country-tooltip' });
    },
  };
  return options;
}

/** A tap names its country when the shapes come within this long of it; later, it would surprise. */
const TAP_NAMED_MS = 5_000;

type Rings = L.LatLng[] | Rings[];

/**
 * Whether `point` is inside a polygon's rings (as Leaflet gives them: one
 * ring, a ring and its holes, or several polygons), by the even-odd rule: a
 * hole's inside is outside.
 */
export function ringsContain(rings: Rings, point: L.LatLng): boolean {
  const flat: L.LatLng[][] = [];
  const collect = (r: Rings) => {
    if (r.length === 0) return;
    if (Array.isArray(r[0])) for (const inner of r as Rings[]) collect(inner);
    else flat.push(r as L.LatLng[]);
  };
  collect(rings);
  let inside = false;
  for (const ring of flat)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (
        a.lat > point.lat !== b.lat > point.lat &&
        point.lng < ((b.lng - a.lng) * (point.lat - a.lat)) / (b.lat - a.lat) + a.lng
      )
        inside = !inside;
    }
  return inside;
}

/** Opens the name of the country at `at`, as a tap on it does. */
export function nameCountryAt(shapes: L.GeoJSON, at: L.LatLng): void {
  let found = false;
  shapes.eachLayer((layer) => {
    const shape = layer as L.Polygon;
    if (found || typeof shape.getLatLngs !== 'function' || !shape.getBounds().contains(at)) return;
    if (!ringsContain(shape.getLatLngs() as Rings, at)) return;
    found = true;
    shape.openTooltip(at);
  });
}

/** Main-thread time one slice of the basemap may take before the browser gets a turn. */
const SLICE_MS = 8;

/**
 * Adds `features` to `layer` (already on the map) a slice at a time, each
 * slice at most about SLICE_MS, yielding to the browser between slices:
 * Leaflet projects every ring as it is added, a long task at once on a
 * phone. Returns a cancel function.
 */
export function addInSlices(
  layer: L.GeoJSON,
  features: readonly GeoJSON.Feature[],
  done: () => void,
  budgetMs = SLICE_MS,
): () => void {
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const step = () => {
    const start = now();
    do layer.addData(features[next++]!);
    while (next < features.length && now() - start < budgetMs);
    if (next < features.length) timer = setTimeout(step, 0);
    else done();
  };
  step();
  return () => clearTimeout(timer);
}

/** Adds the basemap; returns the function that removes it. */
export function addBasemap(
  map: L.Map,
  onError: (message: string) => void,
  onShown?: () => void,
): () => void {
  let cancelled = false;
  let layer: L.GeoJSON | null = null;
  /** The level being built (hidden) and how to stop it. */
  let pending: { layer: L.GeoJSON; cancel: () => void } | null = null;
  let detailRequested = false;
  let shown = false;
  /** On a phone, the coarse shapes' picture until the reader is here. */
  let picture: L.SVGOverlay | null = null;
  const markShown = (level: string) => {
    container.dataset.basemap = level;
    if (shown) return;
    shown = true;
    onShown?.();
  };
  const dropPending = () => {
    pending?.cancel();
    pending?.layer.remove();
    pending = null;
  };
  const container = map.getContainer();
  /** Where and when the reader tapped the map's picture (on a phone, before the shapes came). */
  let tapped: { at: L.LatLng; time: number } | null = null;
  const rememberTap = (event: L.LeafletMouseEvent) => {
    // On the map itself, not on a place or the line: those answer the tap themselves.
    if (!layer && event.sourceTarget === map)
      tapped = { at: map.wrapLatLng(event.latlng), time: now() };
  };
  /**
   * Each level of detail on its own pane and canvas, below the tile pane
   * (configured online tiles cover it and it shows through wherever they
   * fail). A level is built hidden, a slice at a time, and shown whole in
   * place of the one before.
   */
  const paneFor = (level: string) => {
    const name = `basemap-${level}`;
    const pane = map.getPane(name) ?? map.createPane(name);
    pane.style.zIndex = '150';
    return { name, pane, renderer: L.canvas({ padding: 0.5, pane: name }) };
  };
  const show = (fc: GeoJSON.FeatureCollection, level: '110m' | '50m') => {
    // Coarse shapes that arrive after the fine ones are not drawn.
    if (cancelled || (level === '110m' && (pending || layer))) return;
    dropPending();
    const drawStart = now();
    const { name, pane, renderer } = paneFor(level);
    const next = L.geoJSON(undefined, layerOptions(renderer, name));
    pane.style.visibility = 'hidden';
    next.addTo(map);
    const cancel = addInSlices(next, fc.features, () => {
      pending = null;
      pane.style.visibility = '';
      if (layer && layer !== next) layer.remove();
      picture?.remove();
      picture = null;
      layer = next;
      markShown(level);
      if (tapped && now() - tapped.time < TAP_NAMED_MS) nameCountryAt(next, tapped.at);
      tapped = null;
      map.off('click', rememberTap);
      measureSince('basemap: build the layer', drawStart, true);
    });
    if (next !== layer) pending = { layer: next, cancel };
  };
  const fail = (error: unknown) => {
    if (!cancelled) onError(error instanceof Error ? error.message : String(error));
  };
  const loadDetail = () => fetchCountries(detailUrl).then((fc) => show(fc, '50m'));
  const maybeLoadDetail = () => {
    if (cancelled || detailRequested || map.getZoom() < DETAIL_ZOOM) return;
    detailRequested = true;
    loadDetail().catch(fail);
  };
  const loadCoarse = () => {
    fetchCountries(coarseUrl)
      .then((fc) => show(fc, '110m'))
      .catch(fail);
  };
  // Opened close in (a link to one event), the coarse shapes draw first and
  // the fine ones (five times the work: a long task on a phone) replace them
  // only once the reader is there: at the first touch, click or key, or when
  // a laptop is idle. They stay off the path to the first tap.
  const doc = container.ownerDocument;
  const desktop = doc.defaultView?.matchMedia?.(DESKTOP_QUERY).matches ?? false;
  let cancelWait: () => void;
  if (desktop) {
    cancelWait = whenReaderIsHere(doc, maybeLoadDetail, { timeout: DETAIL_IDLE_TIMEOUT_MS });
    loadCoarse();
  } else {
    // A phone shows the coarse shapes' picture (already fetched for the map's
    // stand-in, see MapPicture): nothing to decode or build. The shapes,
    // which name a country when tapped, come at the reader's first touch.
    // An SVG that uses the picture's document, as MapPicture does (an <img>
    // would stand as the page's largest paint).
    const svg = doc.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', `0 0 ${PICTURE_SIDE} ${PICTURE_SIDE}`);
    svg.setAttribute('preserveAspectRatio', 'none');
    const use = doc.createElementNS(SVG_NS, 'use');
    use.setAttribute('href', `${pictureUrl}#${PICTURE_ID}`);
    svg.append(use);
    picture = L.svgOverlay(svg, WORLD, {
      pane: paneFor('picture').name,
      interactive: false,
      className: 'basemap-picture',
    });
    picture.addTo(map);
    markShown('picture');
    // A tap on the map before the shapes are there names its country once they are.
    map.on('click', rememberTap);
    cancelWait = whenReaderIsHere(doc, () => {
      if (cancelled) return;
      if (map.getZoom() >= DETAIL_ZOOM) maybeLoadDetail();
      else loadCoarse();
    });
  }
  map.on('zoomend', maybeLoadDetail);
  return function removeBasemap() {
    cancelled = true;
    map.off('zoomend', maybeLoadDetail);
    map.off('click', rememberTap);
    cancelWait();
    dropPending();
    layer?.remove();
    picture?.remove();
  };
}
