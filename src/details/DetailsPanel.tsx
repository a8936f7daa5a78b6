import { useMemo } from 'react';
import { formatDateRange, periodEndMs, periodStartMs } from '../data/dates';
import { visibleEvents } from '../data/filter';
import type { TimelineEvent } from '../data/types';
import { directionOf, intlLocale } from '../i18n';
import { datasetTitle, eventText, placeText } from '../i18n/localize';
import { useT } from '../i18n/useT';
import { EventSources } from '../sources/EventSources';
import { useAppStore } from '../store';
import { categoryKey } from './Legend';
import { useSelectedEvent } from './useSelectedEvent';

/** The arrows that mean "next" and "previous" in the reading direction. */
export function directionArrows(dir: 'ltr' | 'rtl') {
  return dir === 'rtl' ? { next: '←', previous: '→' } : { next: '→', previous: '←' };
}

export function DetailsPanel() {
  const event = useSelectedEvent();
  const dataset = useAppStore((s) => s.dataset);
  const lang = useAppStore((s) => s.lang);
  const visible = useAppStore((s) => visibleEvents(s.events, s.hiddenCategories, s.query, s.lang));
  const selectEvent = useAppStore((s) => s.selectEvent);
  const focusPlaces = useAppStore((s) => s.focusPlaces);
  const t = useT();
  const locale = intlLocale(lang);
  const arrows = directionArrows(directionOf(lang));

  const index = event ? visible.findIndex((e) => e.id === event.id) : -1;
  const previous = index > 0 ? visible[index - 1] : undefined;
  const next = index >= 0 ? visible[index + 1] : visible[0];

  const related = useMemo(() => {
    if (!event) return [];
    return visible
      .filter(
        (e) =>
          e.id !== event.id && e.places.some((p) => event.places.includes(p)) && overlaps(e, event),
      )
      .slice(0, 6);
  }, [event, visible]);

  if (!event) {
    return (
      <div className="details-empty">
        <h2 className="details-title">
          {dataset ? datasetTitle(dataset, lang) : t('app.loading')}
        </h2>
        <p>{t('details.empty', arrows)}</p>
        {next && (
          <button type="button" className="button" onClick={() => selectEvent(next.id, 'user')}>
            {t('details.start', { title: eventText(next, lang).title })}
          </button>
        )}
      </div>
    );
  }

  const text = eventText(event, lang);
  const places = dataset?.places.filter((p) => event.places.includes(p.id)) ?? [];
  return (
    <article className="details-body" aria-labelledby="details-title">
      <p className="details-meta">
        <span className={`category-chip cat-${event.category}`}>
          <span className={`cat-shape cat-shape-${event.category}`} aria-hidden="true" />
          {t(categoryKey(event.category))}
        </span>{' '}
        <time
          className="details-date"
          dateTime={event.end ? `${event.start}/${event.end}` : event.start}
        >
          {formatDateRange(event.start, event.end, locale)}
        </time>
      </p>
      <h2 id="details-title" className="details-title">
        {text.title}
      </h2>
      <p className="details-summary">{text.summary}</p>
      {text.note && <p className="details-note">{t('details.note', { note: text.note })}</p>}
      {places.length > 0 && (
        <div className="details-places">
          <span className="details-label">{t('details.places')}</span>{' '}
          {places.map((p) => (
            <button
              key={p.id}
              type="button"
              className="chip-button"
              onClick={() => focusPlaces([p.id])}
            >
              {placeText(p, lang).name}
            </button>
          ))}
        </div>
      )}
      <EventSources event={event} />
      {related.length > 0 && (
        <div className="details-related">
          <span className="details-label">{t('details.related')}</span>
          <ul>
            {related.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => selectEvent(e.id, 'user')}
                >
                  {eventText(e, lang).title}
                </button>{' '}
                <span className="muted">({formatDateRange(e.start, e.end, locale)})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <nav className="details-nav" aria-label={t('details.nav')}>
        <button
          type="button"
          className="button"
          disabled={!previous}
          onClick={() => previous && selectEvent(previous.id, 'user')}
        >
          {arrows.previous} {t('details.previous')}
          {previous ? `: ${eventText(previous, lang).title}` : ''}
        </button>
        <button
          type="button"
          className="button"
          disabled={!next}
          onClick={() => next && selectEvent(next.id, 'user')}
        >
          {t('details.next')}
          {next ? `: ${eventText(next, lang).title}` : ''} {arrows.next}
        </button>
      </nav>
    </article>
  );
}

/** Same era: the two periods share at least one instant. */
function overlaps(a: TimelineEvent, b: TimelineEvent): boolean {
  return (
    periodStartMs(a.start) < periodEndMs(b.end ?? b.start) &&
    periodStartMs(b.start) < periodEndMs(a.end ?? a.start)
  );
}
