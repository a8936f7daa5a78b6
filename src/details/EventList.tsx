import { useEffect, useRef } from 'react';
import { formatDateRange } from '../data/dates';
import { visibleEvents } from '../data/filter';
import { useAppStore, useShallow } from '../store';

/** The accessible alternative to the timeline canvas: every event, in order. */
export function EventList() {
  const visible = useAppStore(
    useShallow((s) => visibleEvents(s.events, s.hiddenCategories, s.query)),
  );
  const selectedId = useAppStore((s) => s.selectedId);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(
    function scrollSelectedIntoView() {
      if (!selectedId) return;
      const list = listRef.current;
      const el = list?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(selectedId)}"]`);
      const scroller = list?.parentElement;
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

  if (visible.length === 0) return <p className="muted">No events match the current filters.</p>;
  return (
    <ol className="event-list" ref={listRef} aria-label="Events">
      {visible.map((e) => (
        <li key={e.id}>
          <button
            type="button"
            className={`event-list-item cat-${e.category}`}
            aria-current={e.id === selectedId ? 'true' : undefined}
            data-event-id={e.id}
            onClick={() => selectEvent(e.id, 'user')}
          >
            <span className={`cat-shape cat-shape-${e.category}`} aria-hidden="true" />
            <span className="event-list-title">{e.title}</span>
            <span className="event-list-date">{formatDateRange(e.start, e.end)}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
