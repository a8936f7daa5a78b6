import { useEffect, useRef } from 'react';
import { placeText } from '../i18n/localize';
import { useAppStore } from '../store';
import { useT } from '../ui/useT';
import { useEventsByPlace, usePlaceById } from '../viewmodel/hooks';
import { PlaceEvents } from './PlaceEvents';

/** On a small map: the place's events in a sheet over the map's lower part. */
export function PlaceSheet({ placeId, onClose }: { placeId: string; onClose: () => void }) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const place = usePlaceById().get(placeId);
  const events = useEventsByPlace().get(placeId) ?? [];
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(function focusSheet() {
    closeRef.current?.focus();
  }, []);
  if (!place) return null;
  return (
    <div
      className="place-sheet"
      role="dialog"
      aria-label={placeText(place, lang).name}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <button
        ref={closeRef}
        type="button"
        className="dialog-close place-sheet-close"
        aria-label={t('dialog.close')}
        onClick={onClose}
      >
        ×
      </button>
      <PlaceEvents place={place} events={events} onChoose={onClose} />
    </div>
  );
}
