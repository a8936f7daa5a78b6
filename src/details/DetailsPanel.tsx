import { useEffect, useLayoutEffect, useRef } from 'react';
import { directionOf } from '../i18n';
import { datasetTitle, eventText } from '../i18n/localize';
import { useAppStore } from '../store';
import { EventLink } from '../ui/EventLink';
import { PHONE_QUERY, TOUCH_QUERY, useMediaQuery } from '../ui/useMediaQuery';
import { useT } from '../ui/useT';
import { useNeighbours, useSelectedChapter, useSelectedEvent } from '../viewmodel/hooks';
import { StoryContent } from './StoryContent';
import { StoryEnd } from './StoryEnd';
import { directionArrows, StoryNav } from './StoryNav';
import { useMoreBelow } from './useMoreBelow';
import { useSwipe } from './useSwipe';

export { directionArrows } from './StoryNav';

/**
 * The story: the selected event as the headline moment, then its note,
 * places and sources; an era as the card that opens its chapter; after the
 * last event, the end. Each new selection starts at the headline; Previous
 * and Next stay in view below the text, and a sign says when more follows.
 * On a touch screen, a swipe steps through the story.
 */
export function DetailsPanel() {
  const event = useSelectedEvent();
  const dataset = useAppStore((s) => s.dataset);
  const lang = useAppStore((s) => s.lang);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const revealEvent = useAppStore((s) => s.revealEvent);
  const { previous, next, hidden } = useNeighbours();
  const chapter = useSelectedChapter();
  const t = useT();
  const phone = useMediaQuery(PHONE_QUERY);
  const touch = useMediaQuery(TOUCH_QUERY);
  const dir = directionOf(lang);
  const arrows = directionArrows(dir);
  const bodyRef = useRef<HTMLDivElement>(null);
  const navRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { more, showMore } = useMoreBelow(bodyRef, `${event?.id ?? ''} ${lang}`);

  const step = (id: string) => selectEvent(id, 'user');
  useSwipe(
    bodyRef,
    (direction) => {
      // The story moves with the finger: a swipe towards the start of the
      // line brings the next event (left in English, right in Arabic).
      const forward = dir === 'rtl' ? direction === 'right' : direction === 'left';
      const target = forward ? next : previous;
      if (target) step(target.id);
    },
    touch,
  );

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

  const opensChapter = chapter?.era.id === event.id;
  const atTheEnd = !hidden && !next;
  return (
    <article className="story" aria-labelledby="details-title">
      <div className={`story-scroll${more ? ' has-more' : ''}`}>
        <div className="story-body" ref={bodyRef}>
          <StoryContent
            ref={headingRef}
            event={event}
            chapter={chapter}
            hidden={hidden}
            onReveal={() => revealEvent(event.id)}
            onBeginChapter={opensChapter && next ? () => step(next.id) : undefined}
          />
          {atTheEnd && <StoryEnd onRestart={() => useAppStore.getState().selectFirst('user')} />}
        </div>
        {more && (
          <button type="button" className="story-more" onClick={showMore} tabIndex={-1}>
            {t('details.moreBelow')} ↓
          </button>
        )}
      </div>
      <StoryNav
        ref={navRef}
        arrows={arrows}
        onStep={step}
        onFocus={() => (navHasFocus.current = true)}
        onBlur={(e) => {
          if (!navRef.current?.contains(e.relatedTarget)) navHasFocus.current = false;
        }}
      />
    </article>
  );
}
