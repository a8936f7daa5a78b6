import { forwardRef } from 'react';
import { formatDateRange } from '../data/dates';
import type { TimelineEvent } from '../data/types';
import { intlLocale } from '../i18n';
import { eventText, placeText } from '../i18n/localize';
import { CiteButton } from '../export/CiteButton';
import { evidenceOf } from '../data/evidence';
import { threadsOf } from '../data/threads';
import { EventSources } from '../sources/EventSources';
import { EvidenceSummary } from '../sources/EvidenceSummary';
import { ThreadBadge } from '../threads/ThreadBadge';
import { useAppStore } from '../store';
import { DateRangeText } from '../ui/DateRangeText';
import { useT } from '../ui/useT';
import type { Chapter } from '../viewmodel/viewModel';
import { usePlaceById } from '../viewmodel/hooks';
import { categoryKey } from './Legend';

/**
 * One event as the story tells it: its category and date, a large headline,
 * the summary and its evidence (the sources, quoted), then the note, the
 * places and the threads it is part of. An era opens a chapter:
 * its card says which chapter, how many events it holds, and what changed.
 */
export const StoryContent = forwardRef<
  HTMLHeadingElement,
  {
    event: TimelineEvent;
    /** The chapter this event opens (an era), if it does. */
    chapter: Chapter | undefined;
    hidden: boolean;
    onReveal: () => void;
    onBeginChapter: (() => void) | undefined;
  }
>(function StoryContent({ event, chapter, hidden, onReveal, onBeginChapter }, headingRef) {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const focusPlaces = useAppStore((s) => s.focusPlaces);
  const placeById = usePlaceById();
  const sourceIndex = useAppStore((s) => s.sourceIndex);
  const events = useAppStore((s) => s.events);
  const dataset = useAppStore((s) => s.dataset);
  const thread = useAppStore((s) => s.thread);
  const followThread = useAppStore((s) => s.followThread);
  const locale = intlLocale(lang);
  const text = eventText(event, lang);
  const places = event.places.flatMap((id) => placeById.get(id) ?? []);
  const opensChapter = chapter !== undefined && chapter.era.id === event.id;
  return (
    <>
      <p className="story-meta">
        {opensChapter ? (
          <span className="chapter-chip">
            {t('details.chapter', { number: chapter.number, total: chapter.total })}
          </span>
        ) : (
          <span className={`category-chip cat-${event.category}`}>
            <span className={`cat-shape cat-shape-${event.category}`} aria-hidden="true" />
            {t(categoryKey(event.category))}
          </span>
        )}
        <time
          className="story-date"
          dateTime={event.end ? `${event.start}/${event.end}` : event.start}
        >
          <DateRangeText text={formatDateRange(event.start, event.end, locale)} />
        </time>
      </p>
      <h2
        id="details-title"
        className={`story-title${opensChapter ? ' story-title-chapter' : ''}`}
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
          <button type="button" className="button" onClick={onReveal}>
            {t('details.reveal')}
          </button>
        </p>
      )}
      <p className="story-summary" dir="auto">
        {text.summary}
      </p>
      <EvidenceSummary evidence={evidenceOf(event, sourceIndex)} lang={lang} />
      {/* The sources right after the summary: the evidence is read with the story. */}
      <EventSources event={event} />
      {opensChapter && (
        <p className="chapter-count">
          {t('details.chapterEvents', { count: chapter.visibleCount })}{' '}
          {onBeginChapter && (
            <button type="button" className="button" onClick={onBeginChapter}>
              {t('details.beginChapter')}
            </button>
          )}
        </p>
      )}
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
      <ThreadBadge
        places={threadsOf(event, { events, threads: dataset?.threads })}
        lang={lang}
        following={thread}
        onFollow={followThread}
      />
      <p className="story-actions">
        <CiteButton event={event} />
      </p>
    </>
  );
});
