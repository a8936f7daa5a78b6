import { useMemo } from 'react';
import { formatDateRange, periodEndMs, periodStartMs } from '../data/dates';
import type { TimelineEvent } from '../data/types';
import { visibleEvents } from '../data/filter';
import { CATEGORY_LABELS } from '../ui/categories';
import { isWebUrl } from '../data/links';
import { useAppStore, useShallow } from '../store';
import { useSelectedEvent } from './useSelectedEvent';

export function DetailsPanel() {
  const event = useSelectedEvent();
  const dataset = useAppStore((s) => s.dataset);
  const visible = useAppStore(
    useShallow((s) => visibleEvents(s.events, s.hiddenCategories, s.query)),
  );
  const selectEvent = useAppStore((s) => s.selectEvent);
  const focusPlaces = useAppStore((s) => s.focusPlaces);

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
        <h2 className="details-title">{dataset?.title ?? 'Loading…'}</h2>
        <p>
          Choose an event on the timeline, in the list or on the map, or use the arrow keys (→ next,
          ← previous) to step through the story.
        </p>
        {next && (
          <button type="button" className="button" onClick={() => selectEvent(next.id, 'user')}>
            Start with “{next.title}”
          </button>
        )}
      </div>
    );
  }

  const places = dataset?.places.filter((p) => event.places.includes(p.id)) ?? [];
  return (
    <article className="details-body" aria-labelledby="details-title">
      <p className="details-meta">
        <span className={`category-chip cat-${event.category}`}>
          <span className={`cat-shape cat-shape-${event.category}`} aria-hidden="true" />
          {CATEGORY_LABELS[event.category]}
        </span>{' '}
        <time
          className="details-date"
          dateTime={event.end ? `${event.start}/${event.end}` : event.start}
        >
          {formatDateRange(event.start, event.end)}
        </time>
      </p>
      <h2 id="details-title" className="details-title">
        {event.title}
      </h2>
      <p className="details-summary">{event.summary}</p>
      {event.note && <p className="details-note">Note: {event.note}</p>}
      {places.length > 0 && (
        <div className="details-places">
          <span className="details-label">Places:</span>{' '}
          {places.map((p) => (
            <button
              key={p.id}
              type="button"
              className="chip-button"
              onClick={() => focusPlaces([p.id])}
            >
              {p.name}
            </button>
          ))}
        </div>
      )}
      <div className="details-source">
        <span className="details-label">Source:</span> article section “{event.source.section}”
        {event.source.quote && (
          <blockquote className="details-quote">{event.source.quote}</blockquote>
        )}
        {event.source.url && <SourceLink url={event.source.url} />}
      </div>
      {related.length > 0 && (
        <div className="details-related">
          <span className="details-label">Related:</span>
          <ul>
            {related.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => selectEvent(e.id, 'user')}
                >
                  {e.title}
                </button>{' '}
                <span className="muted">({formatDateRange(e.start, e.end)})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <nav className="details-nav" aria-label="Previous and next event">
        <button
          type="button"
          className="button"
          disabled={!previous}
          onClick={() => previous && selectEvent(previous.id, 'user')}
        >
          ← Previous{previous ? `: ${previous.title}` : ''}
        </button>
        <button
          type="button"
          className="button"
          disabled={!next}
          onClick={() => next && selectEvent(next.id, 'user')}
        >
          Next{next ? `: ${next.title}` : ''} →
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

/** A dataset link, followed only when it is http: or https:. */
function SourceLink({ url }: { url: string }) {
  if (!isWebUrl(url)) {
    return <p className="details-note">Link not followed (only http and https links are): {url}</p>;
  }
  return (
    <p className="details-link">
      <a href={url} target="_blank" rel="noopener noreferrer">
        {url}
      </a>
    </p>
  );
}
