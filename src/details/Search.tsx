import { useEffect, useRef } from 'react';
import { visibleEvents } from '../data/filter';
import { useAppStore } from '../store';

export function Search() {
  const query = useAppStore((s) => s.query);
  const setQuery = useAppStore((s) => s.setQuery);
  const announce = useAppStore((s) => s.announce);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    function announceMatchCount() {
      if (timer.current) clearTimeout(timer.current);
      if (!query.trim()) return;
      timer.current = setTimeout(() => {
        const s = useAppStore.getState();
        const n = visibleEvents(s.events, s.hiddenCategories, s.query).length;
        announce(`${n} ${n === 1 ? 'event matches' : 'events match'} “${query.trim()}”.`);
      }, 400);
      return function cancelAnnouncement() {
        if (timer.current) clearTimeout(timer.current);
      };
    },
    [query, announce],
  );

  return (
    <form
      className="search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        const s = useAppStore.getState();
        const first = visibleEvents(s.events, s.hiddenCategories, s.query)[0];
        if (first) s.selectEvent(first.id, 'user');
      }}
    >
      <input
        type="search"
        aria-label="Search events"
        placeholder="Search events"
        value={query}
        maxLength={100}
        onChange={(e) => setQuery(e.target.value)}
      />
    </form>
  );
}
