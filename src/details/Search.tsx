import { useEffect, useId, useRef } from 'react';
import { visibleEvents } from '../data/filter';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store';

/** Search box with a visible match count ("3 of 35") and a message when nothing matches. */
export function Search() {
  const query = useAppStore((s) => s.query);
  const setQuery = useAppStore((s) => s.setQuery);
  const announce = useAppStore((s) => s.announce);
  const count = useAppStore(
    (s) => visibleEvents(s.events, s.hiddenCategories, s.query, s.lang).length,
  );
  const total = useAppStore((s) => s.events.length);
  const t = useT();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const countId = useId();
  const searching = query.trim() !== '';

  useEffect(
    function announceMatchCount() {
      if (timer.current) clearTimeout(timer.current);
      if (!query.trim()) return;
      timer.current = setTimeout(() => {
        const s = useAppStore.getState();
        const n = visibleEvents(s.events, s.hiddenCategories, s.query, s.lang).length;
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
        const s = useAppStore.getState();
        const first = visibleEvents(s.events, s.hiddenCategories, s.query, s.lang)[0];
        if (first) s.selectEvent(first.id, 'user');
      }}
    >
      <input
        type="search"
        aria-label={t('search.label')}
        aria-describedby={searching ? countId : undefined}
        placeholder={t('search.label')}
        value={query}
        maxLength={100}
        onChange={(e) => setQuery(e.target.value)}
      />
      {/* Always rendered, so that the header does not move as the count appears. */}
      <span
        id={countId}
        className={`search-count${searching && count === 0 ? ' is-none' : ''}`}
        aria-hidden={!searching}
      >
        {searching ? t('search.count', { count, total }) : ''}
      </span>
    </form>
  );
}
