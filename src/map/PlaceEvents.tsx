import { formatDate } from '../data/dates';
import type { Place, TimelineEvent } from '../data/types';
import { intlLocale } from '../i18n';
import { placeText } from '../i18n/localize';
import { useAppStore } from '../store';
import { DatedEventLink } from '../ui/EventLink';
import { useT } from '../ui/useT';

const POPUP_EVENT_LIMIT = 30;

/** Moves focus to the story's headline once it shows the new selection. */
function focusHeadline() {
  requestAnimationFrame(() => document.getElementById('details-title')?.focus());
}

/**
 * A place's name, how exactly it is located, and its events (in a map popup
 * or sheet); choosing an event moves the map to its places.
 */
export function PlaceEvents({
  place,
  events,
  onChoose,
}: {
  place: Place;
  events: readonly TimelineEvent[];
  onChoose: () => void;
}) {
  const selectEvent = useAppStore((s) => s.selectEvent);
  const lang = useAppStore((s) => s.lang);
  const t = useT();
  const text = placeText(place, lang);
  const locale = intlLocale(lang);
  return (
    <div className="place-popup">
      <h3 className="place-popup-title" dir="auto">
        {text.name}
      </h3>
      {place.established && (
        <p className="place-popup-meta">
          {t('map.established', { date: formatDate(place.established, locale) })}
        </p>
      )}
      {text.precisionNote && <p className="place-popup-meta">{text.precisionNote}</p>}
      {events.length > 0 ? (
        <>
          <p className="place-popup-label">{t('map.eventsHere', { count: events.length })}</p>
          <ul className="place-popup-events">
            {events.slice(0, POPUP_EVENT_LIMIT).map((e) => (
              <li key={e.id}>
                <DatedEventLink
                  event={e}
                  lang={lang}
                  onSelect={() => {
                    onChoose();
                    selectEvent(e.id, 'map');
                    focusHeadline();
                  }}
                />
              </li>
            ))}
          </ul>
          {events.length > POPUP_EVENT_LIMIT && (
            <p className="place-popup-meta">
              {t('map.moreEvents', { count: events.length - POPUP_EVENT_LIMIT })}
            </p>
          )}
        </>
      ) : (
        <p className="place-popup-meta">{t('map.noEvents')}</p>
      )}
    </div>
  );
}
