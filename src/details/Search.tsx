import { useEffect, useRef } from 'react';
import { visibleEvents } from '../data/filter';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store';

export function Search() {
  const query = useAppStore((s) => s.query);
  const setQuery = useAppStore((s) => s.setQuery);
  const announce = useAppStore((s) => s.announce);
  const t = useT();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    function announceMatchCount() {
      if (timer.current) clearTimeout(timer.current);
      if (!query.trim()) return;
      timer.current = setTimeout(() => {
        const s = useAppStore.getState();
        const count = visibleEvents(s.events, s.hiddenCategories, s.query, s.lang).length;
        announce(t('search.matches', { query: query.trim(), count }));
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
        placeholder={t('search.label')}
        value={query}
        maxLength={100}
        onChange={(e) => setQuery(e.target.value)}
      />
    </form>
  );
}
