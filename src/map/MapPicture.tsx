import { useLayoutEffect, useRef, useState } from 'react';
import { pictureUrl } from 'virtual:basemap';
import { useAppStore } from '../store';
import { PICTURE_ID, PICTURE_SCALE } from './basemapPicture';
import { viewBoxOf, type Point } from './mercator';
import { pixelViewOf, startFrame } from './startFrame';

/**
 * The map before Leaflet's: the coarse countries drawn at build time
 * (basemapPicture.ts), framing the view the map will open on, so that the
 * map replaces it without a move. It follows the story (Next, a link) until
 * then. It is a picture: hidden from assistive technology, which gets the
 * map itself once it is made.
 */
export function MapPicture({ preferFocus }: { preferFocus: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Point | null>(null);
  const mapView = useAppStore((s) => s.mapView);
  const mapFocusRequest = useAppStore((s) => s.mapFocusRequest);
  const dataset = useAppStore((s) => s.dataset);
  const frame = startFrame({ mapView, mapFocusRequest, dataset }, preferFocus);
  useLayoutEffect(function measure() {
    const el = ref.current;
    if (!el) return;
    const read = () => {
      const next = { x: el.clientWidth, y: el.clientHeight };
      setSize((prev) => (prev && prev.x === next.x && prev.y === next.y ? prev : next));
    };
    read();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const viewBox =
    size && size.x > 0 && size.y > 0
      ? viewBoxOf(pixelViewOf(frame, size), size, PICTURE_SCALE)
      : null;
  return (
    <div className="map-picture" ref={ref} aria-hidden="true">
      {viewBox && (
        <svg viewBox={viewBox} preserveAspectRatio="none" focusable="false">
          <use href={`${pictureUrl}#${PICTURE_ID}`} />
        </svg>
      )}
    </div>
  );
}
