import { forwardRef, type FocusEvent } from 'react';
import type { TimelineEvent } from '../data/types';
import { eventText, threadText } from '../i18n/localize';
import { useAppStore } from '../store';
import { EventLink } from '../ui/EventLink';
import { useT } from '../ui/useT';
import { useChapters, useNeighbours, useSelectedChapter } from '../viewmodel/hooks';

/** The arrows that mean "next" and "previous" in the reading direction. */
export function directionArrows(dir: 'ltr' | 'rtl') {
  return dir === 'rtl' ? { next: '←', previous: '→' } : { next: '→', previous: '←' };
}

/**
 * Previous and Next, naming their events, around where the reader is: the
 * chapter's name, "n of N", and a progress bar with a mark where each
 * chapter begins. Its size and place never change, whether the selection is
 * shown or hidden by the filters, first or last.
 */
export const StoryNav = forwardRef<
  HTMLElement,
  {
    arrows: { next: string; previous: string };
    onStep: (id: string) => void;
    onFocus: () => void;
    onBlur: (e: FocusEvent<HTMLElement>) => void;
  }
>(function StoryNav({ arrows, onStep, onFocus, onBlur }, ref) {
  const t = useT();
  const { previous, next } = useNeighbours();
  return (
    <nav
      className="story-nav"
      aria-label={t('details.nav')}
      ref={ref}
      onFocus={onFocus}
      onBlur={onBlur}
    >
      <StepLink
        event={previous}
        label={`${arrows.previous} ${t('details.previous')}`}
        name={t('details.previous')}
        className="button story-nav-button"
        onSelect={onStep}
      />
      <StoryProgress />
      <StepLink
        event={next}
        label={`${t('details.next')} ${arrows.next}`}
        name={t('details.next')}
        className="button story-nav-button story-nav-next"
        onSelect={onStep}
      />
    </nav>
  );
});

/**
 * Where the reader is: the chapter's name, "n of N", and a progress bar
 * with a mark where each chapter begins. `compact`: the bar and the count
 * only (the folded timeline dock on a phone).
 */
export function StoryProgress({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const { position, total, hidden, thread } = useNeighbours();
  const allChapters = useChapters();
  const chapter = useSelectedChapter();
  const lang = useAppStore((s) => s.lang);
  // Following a thread: where the reader is in it, under its name.
  const chapters = thread ? [] : allChapters;
  const heading = thread
    ? threadText(thread.thread, lang).title
    : chapter && eventText(chapter.era, lang).title;
  const where = hidden
    ? t('details.positionHidden', { total })
    : t('details.position', { index: position, total });
  return (
    <span className={`story-progress${compact ? ' story-progress-compact' : ''}`}>
      {heading && !compact && (
        <span className={`story-progress-chapter${thread ? ' is-thread' : ''}`} dir="auto">
          {heading}
        </span>
      )}
      <span className="story-position">{where}</span>
      {/* Drawn in SVG: its geometry is attributes, not inline styles, which the
          page's Content Security Policy refuses in the prerendered HTML. */}
      <svg
        className="story-progress-bar"
        viewBox="0 0 100 4"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <rect className="story-progress-track" width="100" height="4" rx="2" />
        <rect
          className="story-progress-done"
          width={total > 0 ? (100 * position) / total : 0}
          height="4"
          rx="2"
        />
        {chapters
          .filter((c) => c.visibleCount > 0 && total > 0)
          .map((c) => (
            <rect
              key={c.era.id}
              className="story-progress-mark"
              x={Math.min(99.4, (100 * (c.firstPosition - 1)) / total)}
              width="0.6"
              height="4"
            />
          ))}
      </svg>
    </span>
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
        {/* Holds the title's line, so that the button keeps its size. */}
        <span className="story-nav-blank" aria-hidden="true">
          {'\u00a0'}
        </span>
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
