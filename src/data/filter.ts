import type { Category, TimelineEvent } from './types';

type Lang = string;

/** Lower-case, accent-free form used for search matching ("Alepo" ~ "alépo"). */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Matches the title and summary in the shown language (and in English, the base text). */
export function matchesQuery(event: TimelineEvent, query: string, lang: Lang = 'en'): boolean {
  const q = normalizeForSearch(query.trim());
  if (!q) return true;
  const t = lang === 'en' ? undefined : event.i18n?.[lang];
  const text = `${event.title} ${event.summary} ${t?.title ?? ''} ${t?.summary ?? ''}`;
  return normalizeForSearch(text).includes(q);
}

let cache: {
  events: TimelineEvent[];
  hidden: Category[];
  query: string;
  lang: Lang;
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
  lang: Lang = 'en',
): TimelineEvent[] {
  if (
    cache &&
    cache.events === events &&
    cache.hidden === hidden &&
    cache.query === query &&
    (cache.lang === lang || !query.trim())
  ) {
    return cache.result;
  }
  const result =
    hidden.length === 0 && !query.trim()
      ? events
      : events.filter((e) => !hidden.includes(e.category) && matchesQuery(e, query, lang));
  cache = { events, hidden, query, lang, result };
  return result;
}
