import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../ui/useT';
import { useAppStore } from '../store';
import { useVisibleEvents } from '../viewmodel/hooks';

/** Above this many events, the search waits for a pause in typing before it filters. */
export const DEBOUNCE_ABOVE = 5000;
/** The pause. */
export const SEARCH_DEBOUNCE_MS = 250;

/** Search box with a visible match count ("3 of 35") and a message when nothing matches. */
export function Search() {
  const query = useAppStore((s) => s.query);
  const setQuery = useAppStore((s) => s.setQuery);
  // What the box shows: ahead of the store's query while a large dataset waits for a pause.
  const [text, setText] = useState(query);
  const [shownQuery, setShownQuery] = useState(query);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  if (query !== shownQuery) {
    // The query changed elsewhere (a link, Back, "Show it"): the box follows.
    setShownQuery(query);
    setText(query);
  }
  const announce = useAppStore((s) => s.announce);
  const count = useVisibleEvents().length;
  const total = useAppStore((s) => s.events.length);
  const t = useT();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const countId = useId();
  const searching = query.trim() !== '';

  const events = useAppStore((s) => s.events);
  const lang = useAppStore((s) => s.lang);
  useEffect(
    function prepareSearchWhenIdle() {
      // Index the events while the page is idle, so that the first search is quick.
      if (typeof requestIdleCallback !== 'function') return;
      let handle = 0;
      const step = (deadline: IdleDeadline) => {
        const state = useAppStore.getState();
        if (!useAppStore.view.prepareSearch(state, () => deadline.timeRemaining() > 2))
          handle = requestIdleCallback(step);
      };
      handle = requestIdleCallback(step);
      return function stopPreparingSearch() {
        cancelIdleCallback(handle);
      };
    },
    [events, lang],
  );

  useEffect(function cancelPendingSearch() {
    return () => {
      if (pending.current) clearTimeout(pending.current);
    };
  }, []);

  /** Filters now (Enter) or after a pause in typing (large datasets). */
  const commit = (value: string, now: boolean) => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
    const apply = () => {
      setShownQuery(value);
      setQuery(value);
    };
    if (now || useAppStore.getState().events.length <= DEBOUNCE_ABOVE) apply();
    else pending.current = setTimeout(apply, SEARCH_DEBOUNCE_MS);
  };

  useEffect(
    function announceMatchCount() {
      if (timer.current) clearTimeout(timer.current);
      if (!query.trim()) return;
      timer.current = setTimeout(() => {
        const s = useAppStore.getState();
        const n = useAppStore.view.visibleEvents(s).length;
        announce(
          n === 0
            ? t('search.none', { query: query.trim() })
            : t('search.matches', { query: query.trim(), count: n }),
        );
      }, 400);
      return function cancelAnnouncement() {
        if (timer.current) clearTimeout(timer.current);
      };
    },
    [query, announce, t],
  );

  return (
    <form
      className="search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        commit(text, true);
        const s = useAppStore.getState();
        const first = useAppStore.view.visibleEvents(s)[0];
        if (first) s.selectEvent(first.id, 'user');
      }}
    >
      <input
        type="search"
        aria-label={t('search.label')}
        aria-describedby={searching ? countId : undefined}
        placeholder={t('search.label')}
        value={text}
        maxLength={100}
        onChange={(e) => {
          setText(e.target.value);
          commit(e.target.value, false);
        }}
      />
      {/*
        Always rendered, and as wide and tall as its longest text ("35 of 35",
        in bold), so that the header does not move as the count appears and
        changes while the reader types.
      */}
      <span className="search-status">
        <span
          id={countId}
          className={`search-count${searching && count === 0 ? ' is-none' : ''}`}
          aria-hidden={!searching}
        >
          {searching ? t('search.count', { count, total }) : ''}
        </span>
        <span className="search-count-sizer" aria-hidden="true">
          {t('search.count', { count: total, total })}
        </span>
      </span>
    </form>
  );
}
