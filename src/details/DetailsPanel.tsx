import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { formatDateRange, periodEndMs, periodStartMs } from '../data/dates';
import type { TimelineEvent } from '../data/types';
import { directionOf, intlLocale } from '../i18n';
import { datasetTitle, eventText, placeText } from '../i18n/localize';
import { useT } from '../ui/useT';
import { CiteButton } from '../export/CiteButton';
import { EventSources } from '../sources/EventSources';
import { useAppStore } from '../store';
import { DateRangeText } from '../ui/DateRangeText';
import { DatedEventLink, EventLink } from '../ui/EventLink';
import { PHONE_QUERY, TOUCH_QUERY, useMediaQuery } from '../ui/useMediaQuery';
import { categoryKey } from './Legend';
import {
  useNeighbours,
  usePlaceById,
  useSelectedEvent,
  useVisibleEvents,
} from '../viewmodel/hooks';

/** The arrows that mean "next" and "previous" in the reading direction. */
export function directionArrows(dir: 'ltr' | 'rtl') {
  return dir === 'rtl' ? { next: '←', previous: '→' } : { next: '→', previous: '←' };
}

/**
 * The story: the selected event as the headline moment (category, date,
 * large title, summary), then its note, places, sources and related events.
 * Each new selection starts at the headline; Previous and Next stay in view
 * below the text.
 */
export function DetailsPanel() {
  const event = useSelectedEvent();
  const dataset = useAppStore((s) => s.dataset);
  const lang = useAppStore((s) => s.lang);
  const visible = useVisibleEvents();
  const placeById = usePlaceById();
  const { previous, next, position, total, hidden } = useNeighbours();
  const selectEvent = useAppStore((s) => s.selectEvent);
  const focusPlaces = useAppStore((s) => s.focusPlaces);
  const revealEvent = useAppStore((s) => s.revealEvent);
  const t = useT();
  const phone = useMediaQuery(PHONE_QUERY);
  const touch = useMediaQuery(TOUCH_QUERY);
  const locale = intlLocale(lang);
  const arrows = directionArrows(directionOf(lang));
  const bodyRef = useRef<HTMLDivElement>(null);
  const navRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const related = useMemo(() => {
    if (!event) return [];
    return visible
      .filter(
        (e) =>
          e.id !== event.id && e.places.some((p) => event.places.includes(p)) && overlaps(e, event),
      )
      .slice(0, 6);
  }, [event, visible]);

  const eventId = event?.id;
  useLayoutEffect(
    function startAtTheHeadline() {
      // A new selection is read from its headline, not from where the last
      // one was scrolled to.
      const body = bodyRef.current;
      if (body) body.scrollTop = 0;
      if (!phone || !eventId) return;
      // On a phone the story is part of the page: bring its top into view
      // if the reader is elsewhere (the timeline or map below).
      const top = body?.getBoundingClientRect().top ?? 0;
      const header = document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0;
      if (top < 0 || top > window.innerHeight * 0.6) {
        window.scrollTo({
          top: window.scrollY + top - Math.min(header, 8) - 8,
          behavior: 'instant',
        });
      }
    },
    [eventId, phone],
  );

  // Whether the reader's focus is in Previous/Next (a focused link that
  // disappears, at the first or last event, fires no blur).
  const navHasFocus = useRef(false);
  useEffect(
    function keepFocusOffThePage() {
      // End or Home can remove the focused Next or Previous link: focus then
      // moves to the headline instead of falling to the page.
      const active = document.activeElement;
      const lost = !active || active === document.body;
      const disabled =
        active instanceof HTMLButtonElement && active.disabled && navRef.current?.contains(active);
      if ((lost && navHasFocus.current) || disabled) headingRef.current?.focus();
    },
    [previous, next],
  );

  if (!event) {
    return (
      <div className="story story-empty" ref={bodyRef}>
        <h2 className="story-title story-title-intro" dir="auto">
          {dataset ? datasetTitle(dataset, lang) : t('app.loading')}
        </h2>
        <p className="story-summary">
          {touch ? t('details.emptyTouch') : t('details.empty', arrows)}
        </p>
        {next && (
          <EventLink
            id={next.id}
            className="button button-primary"
            onSelect={() => selectEvent(next.id, 'user')}
          >
            {t('details.start', { title: eventText(next, lang).title })}
          </EventLink>
        )}
      </div>
    );
  }

  const text = eventText(event, lang);
  const places = event.places.flatMap((id) => placeById.get(id) ?? []);
  return (
    <article className="story" aria-labelledby="details-title">
      <div className="story-body" ref={bodyRef}>
        <p className="story-meta">
          <span className={`category-chip cat-${event.category}`}>
            <span className={`cat-shape cat-shape-${event.category}`} aria-hidden="true" />
            {t(categoryKey(event.category))}
          </span>
          <time
            className="story-date"
            dateTime={event.end ? `${event.start}/${event.end}` : event.start}
          >
            <DateRangeText text={formatDateRange(event.start, event.end, locale)} />
          </time>
        </p>
        <h2
          id="details-title"
          className="story-title"
          tabIndex={-1}
          ref={headingRef}
          // Dataset text, isolated: it keeps its own direction and cannot
          // reorder the interface around it.
          dir="auto"
        >
          {text.title}
        </h2>
        {hidden && (
          <p className="story-hidden" role="status">
            {t('details.hidden')}{' '}
            <button type="button" className="button" onClick={() => revealEvent(event.id)}>
              {t('details.reveal')}
            </button>
          </p>
        )}
        <p className="story-summary" dir="auto">
          {text.summary}
        </p>
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
                <bdi>{placeText(p, lang).name}</bdi>
              </button>
            ))}
          </div>
        )}
        <EventSources event={event} />
        <p className="story-actions">
          <CiteButton event={event} />
        </p>
        {related.length > 0 && (
          <div className="details-related">
            <h3 className="details-label">{t('details.related')}</h3>
            <ul>
              {related.map((e) => (
                <li key={e.id}>
                  <DatedEventLink
                    event={e}
                    lang={lang}
                    onSelect={() => selectEvent(e.id, 'user')}
                  />
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <nav
        className="story-nav"
        aria-label={t('details.nav')}
        ref={navRef}
        onFocus={() => (navHasFocus.current = true)}
        onBlur={(e) => {
          if (!navRef.current?.contains(e.relatedTarget)) navHasFocus.current = false;
        }}
      >
        <StepLink
          event={previous}
          label={`${arrows.previous} ${t('details.previous')}`}
          name={t('details.previous')}
          className="button story-nav-button"
          onSelect={(id) => selectEvent(id, 'user')}
        />
        {position > 0 && (
          <span className="story-position">
            {t('details.position', { index: position, total })}
          </span>
        )}
        <StepLink
          event={next}
          label={`${t('details.next')} ${arrows.next}`}
          name={t('details.next')}
          className="button story-nav-button story-nav-next"
          onSelect={(id) => selectEvent(id, 'user')}
        />
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

/**
 * Previous or Next: a link to the neighbouring event (named with its title),
 * or a disabled button at either end of the story.
 */
function StepLink({
  event,
  label,
  name,
  className,
  onSelect,
}: {
  event: TimelineEvent | undefined;
  /** The direction with its arrow, e.g. "← Previous". */
  label: string;
  /** The direction alone, for the accessible name. */
  name: string;
  className: string;
  onSelect: (id: string) => void;
}) {
  const lang = useAppStore((s) => s.lang);
  if (!event)
    return (
      <button type="button" className={className} aria-label={name} disabled>
        <span className="story-nav-dir">{label}</span>
      </button>
    );
  const title = eventText(event, lang).title;
  return (
    <EventLink
      id={event.id}
      className={className}
      aria-label={`${name}: ${title}`}
      onSelect={() => onSelect(event.id)}
    >
      <span className="story-nav-dir">{label}</span>
      <span className="story-nav-title" dir="auto">
        {title}
      </span>
    </EventLink>
  );
}
