import { useEffect, useRef, useState } from 'react';
import { formatDateRange } from '../data/dates';
import { intlLocale } from '../i18n';
import { eventText } from '../i18n/localize';
import { useT } from '../ui/useT';
import { useAppStore } from '../store';
import { DateRangeText } from '../ui/DateRangeText';
import { evidenceOf } from '../data/evidence';
import { evidenceText } from '../i18n/evidence';
import { EventLink } from '../ui/EventLink';
import { useVisibleEvents } from '../viewmodel/hooks';

/** Rows rendered at once: the whole list for a story, a window for 100,000 events. */
export const LIST_PAGE = 200;

/** The accessible alternative to the timeline canvas: every event, in order. */
export function EventList() {
  // Memoised in the view-model: the same array comes back until its inputs change.
  const visible = useVisibleEvents();
  const selectedId = useAppStore((s) => s.selectedId);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const lang = useAppStore((s) => s.lang);
  const sourceIndex = useAppStore((s) => s.sourceIndex);
  const t = useT();
  const listRef = useRef<HTMLOListElement>(null);
  const [first, setFirst] = useState(0);
  const selectedIndex = selectedId ? visible.findIndex((e) => e.id === selectedId) : -1;
  // Keep the selected event inside the rendered window (adjusting state while
  // rendering, as React recommends for state derived from props).
  let start = Math.min(first, Math.max(0, visible.length - LIST_PAGE));
  if (selectedIndex >= 0 && (selectedIndex < start || selectedIndex >= start + LIST_PAGE)) {
    start = Math.max(0, selectedIndex - Math.floor(LIST_PAGE / 4));
  }
  if (start !== first) setFirst(start);
  const shown = visible.length > LIST_PAGE ? visible.slice(start, start + LIST_PAGE) : visible;

  useEffect(
    function scrollSelectedIntoView() {
      if (!selectedId) return;
      const list = listRef.current;
      const el = list?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(selectedId)}"]`);
      const scroller = list?.closest<HTMLElement>('.pane-list');
      if (!el || !scroller) return;
      // Scroll the list's own pane only: scrollIntoView would also scroll the
      // page, yanking a phone user away from the details they are reading.
      const top =
        el.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
      if (top < scroller.scrollTop) scroller.scrollTop = top;
      else if (top + el.offsetHeight > scroller.scrollTop + scroller.clientHeight) {
        scroller.scrollTop = top + el.offsetHeight - scroller.clientHeight;
      }
    },
    [selectedId],
  );

  if (visible.length === 0) {
    const query = useAppStore.getState().query.trim();
    return (
      <p className="list-empty" role="status">
        {query ? t('search.none', { query }) : t('list.none')}
      </p>
    );
  }
  const paged = visible.length > LIST_PAGE;
  return (
    <>
      {paged && (
        <div className="event-list-paging">
          <p className="muted">
            {t('list.range', { from: start + 1, to: start + shown.length, total: visible.length })}
          </p>
          <button
            type="button"
            className="button"
            disabled={start === 0}
            onClick={() => setFirst(Math.max(0, start - LIST_PAGE))}
          >
            {t('list.earlier')}
          </button>
        </div>
      )}
      <ol className="event-list" ref={listRef} aria-label={t('list.label')} start={start + 1}>
        {shown.map((e) => (
          <li key={e.id}>
            <EventLink
              id={e.id}
              className={`event-list-item cat-${e.category}`}
              aria-current={e.id === selectedId ? 'true' : undefined}
              data-event-id={e.id}
              onSelect={() => selectEvent(e.id, 'user')}
            >
              <span className={`cat-shape cat-shape-${e.category}`} aria-hidden="true" />
              <span className="event-list-title" dir="auto">
                {eventText(e, lang).title}
              </span>
              <span className="event-list-date">
                <DateRangeText text={formatDateRange(e.start, e.end, intlLocale(lang))} />
              </span>
              <span className="event-list-evidence">
                {evidenceText(evidenceOf(e, sourceIndex), lang)}
              </span>
            </EventLink>
          </li>
        ))}
      </ol>
      {paged && (
        <div className="event-list-paging">
          <button
            type="button"
            className="button"
            disabled={start + LIST_PAGE >= visible.length}
            onClick={() => setFirst(start + LIST_PAGE)}
          >
            {t('list.later')}
          </button>
        </div>
      )}
    </>
  );
}
