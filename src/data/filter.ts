import type { Category, TimelineEvent } from './types';

/** Lower-case, accent-free form used for search matching ("Alepo" ~ "alépo"). */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function matchesQuery(event: TimelineEvent, query: string): boolean {
  const q = normalizeForSearch(query.trim());
  if (!q) return true;
  return normalizeForSearch(`${event.title} ${event.summary}`).includes(q);
}

let cache: {
  events: TimelineEvent[];
  hidden: Category[];
  query: string;
  result: TimelineEvent[];
} | null = null;

/**
 * Events that pass the category and search filters, in the given order.
 * Memoised on its inputs so that selectors can return it without re-renders.
 */
export function visibleEvents(
  events: TimelineEvent[],
  hidden: Category[],
  query: string,
): TimelineEvent[] {
  if (cache && cache.events === events && cache.hidden === hidden && cache.query === query)
    return cache.result;
  const result =
    hidden.length === 0 && !query.trim()
      ? events
      : events.filter((e) => !hidden.includes(e.category) && matchesQuery(e, query));
  cache = { events, hidden, query, result };
  return result;
}
