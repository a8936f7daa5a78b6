import { useCallback, useEffect, useRef, useState } from 'react';
import { useAppStore } from '../store';
import { PanePlaceholder } from '../ui/PanePlaceholder';
import { lazyPart } from '../ui/lazyPart';
import { whenReaderIsHere } from '../ui/readerHere';
import { useIsClient } from '../ui/useIsClient';
import { PHONE_QUERY, useMediaQuery } from '../ui/useMediaQuery';
import { MapPicture } from './MapPicture';

/**
 * Leaflet reads `window` as soon as it is imported: the map's code loads
 * only in a browser, so that the app's modules import in Node (the
 * prerender) without a DOM.
 */
export const mapPane = lazyPart(() => import('./MapPane').then((m) => m.MapPane));

/** On a phone the map is made as it comes on screen… */
const NEAR = '0px';
/** …once the page is idle (at the latest after this time) or the reader touches it… */
const IDLE_TIMEOUT_MS = 1000;
/** …over its picture, drawn a screen ahead. */
const PICTURE_NEAR = '0px 0px 100% 0px';

/**
 * Where the map goes: its static picture at once, then Leaflet's map over
 * it, which the picture leaves to as soon as the map's basemap is drawn.
 * On a laptop the map is made right after the page is taken over; on a
 * phone, where it sits below the story, only when the reader scrolls near
 * it, so that nothing of it stands between a shared link and the first tap.
 */
export function MapStage() {
  const client = useIsClient();
  const ref = useRef<HTMLDivElement>(null);
  const phone = useMediaQuery(PHONE_QUERY);
  const [near, setNear] = useState({ picture: false, map: false });
  // On a phone the map is made once the page is idle or the reader touches it.
  const [settled, setSettled] = useState(false);
  // Once made, the map stays (a laptop's window narrowed, a phone turned).
  const [made, setMade] = useState(false);
  const [shown, setShown] = useState(false);
  const onShown = useCallback(() => setShown(true), []);
  // Made after the reader has moved on from the link's event, the map frames theirs.
  const [focusAtStart] = useState(() => useAppStore.getState().mapFocusRequest);
  const preferFocus = useAppStore((s) => s.mapFocusRequest !== focusAtStart);

  useEffect(
    function watchForTheReader() {
      const el = ref.current;
      if (!client || !phone || made || !el || typeof IntersectionObserver !== 'function') return;
      const observers = (
        [
          ['picture', PICTURE_NEAR],
          ['map', NEAR],
        ] as const
      ).map(([what, rootMargin]) => {
        const observer = new IntersectionObserver(
          (entries) => {
            if (entries.some((e) => e.isIntersecting))
              setNear((n) => (n[what] ? n : { ...n, [what]: true }));
          },
          { rootMargin },
        );
        observer.observe(el);
        return observer;
      });
      return () => {
        for (const observer of observers) observer.disconnect();
      };
    },
    [client, phone, made],
  );

  useEffect(
    function waitForIdleOrTouch() {
      if (!client || !phone || made || settled) return;
      return whenReaderIsHere(document, () => setSettled(true), { timeout: IDLE_TIMEOUT_MS });
    },
    [client, phone, made, settled],
  );

  const watching = phone && typeof IntersectionObserver === 'function';
  const awake = client && (made || !watching || (near.map && settled));
  if (awake && !made) setMade(true);
  const picturing = client && (!watching || near.picture || near.map) && !shown;
  return (
    <div className={`map-stage${picturing ? ' is-picturing' : ''}`} ref={ref}>
      {picturing && <MapPicture preferFocus={preferFocus} />}
      {awake ? (
        <mapPane.Part preferFocus={preferFocus} onShown={onShown} fallback={<MapPlaceholder />} />
      ) : (
        <MapPlaceholder />
      )}
    </div>
  );
}

/** The map's place before its code has loaded (and in the prerendered page). */
function MapPlaceholder() {
  return <PanePlaceholder frame="map-wrap" canvas="map-canvas" noscript="app.noscriptMap" />;
}
