import type { Category, TimelineEvent } from './types';

type Lang = string;

/** Lower-case, accent-free form used for search matching ("Alepo" ~ "alépo"). */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** What the search looks in: the title and summary in the shown language and in English. */
function searchText(event: TimelineEvent, lang: Lang): string {
  const t = lang === 'en' ? undefined : event.i18n?.[lang];
  return normalizeForSearch(
    `${event.title} ${event.summary} ${t?.title ?? ''} ${t?.summary ?? ''}`,
  );
}

/** Matches the title and summary in the shown language (and in English, the base text). */
export function matchesQuery(event: TimelineEvent, query: string, lang: Lang = 'en'): boolean {
  const q = normalizeForSearch(query.trim());
  if (!q) return true;
  return searchText(event, lang).includes(q);
}

/**
 * The search index: each event's normalised text, per list of events and
 * language. Normalising (NFD, marks, case) is the costly part of a search:
 * with 100,000 long summaries it took seconds per keystroke. The index is
 * built ahead, in idle time (see {@link prepareSearch}), or else by the
 * first search that needs it. Its owner (the view-model) keeps it.
 */
interface SearchIndex {
  lang: Lang;
  texts: Map<TimelineEvent, string>;
  /** How many of the events are indexed (in order). */
  done: number;
}

/** The search indexes of lists of events, by language. */
export type SearchIndexes = WeakMap<readonly TimelineEvent[], Map<Lang, SearchIndex>>;

function indexFor(
  indexes: SearchIndexes,
  events: readonly TimelineEvent[],
  lang: Lang,
): SearchIndex {
  let byLang = indexes.get(events);
  if (!byLang) indexes.set(events, (byLang = new Map()));
  let index = byLang.get(lang);
  if (!index) byLang.set(lang, (index = { lang, texts: new Map(), done: 0 }));
  return index;
}

/** Indexes more events, 500 at a time, while `more()` allows; true once all are indexed. */
function extend(events: readonly TimelineEvent[], index: SearchIndex, more: () => boolean) {
  while (index.done < events.length && more()) {
    const end = Math.min(events.length, index.done + 500);
    for (let i = index.done; i < end; i++) {
      const event = events[i]!;
      index.texts.set(event, searchText(event, index.lang));
    }
    index.done = end;
  }
  return index.done >= events.length;
}

/**
 * Builds the search index of `events` in `lang` a slice at a time while
 * `hasTime()` says the page is idle; returns true once it is complete.
 */
export function prepareSearch(
  indexes: SearchIndexes,
  events: readonly TimelineEvent[],
  lang: Lang,
  hasTime: () => boolean,
): boolean {
  return extend(events, indexFor(indexes, events, lang), hasTime);
}

/** A filtering done before, that a narrower search may start from. */
export interface PreviousFilter {
  events: readonly TimelineEvent[];
  hidden: readonly Category[];
  query: string;
  lang: Lang;
  result: TimelineEvent[];
}

/**
 * Events that pass the category and search filters, in the given order.
 * Given the previous filtering, a search that extends the previous one (the
 * reader typing on) only looks through the previous matches.
 */
export function filterEvents(
  events: TimelineEvent[],
  hidden: readonly Category[],
  query: string,
  lang: Lang,
  indexes: SearchIndexes,
  previous: PreviousFilter | null = null,
): TimelineEvent[] {
  const q = normalizeForSearch(query.trim());
  if (hidden.length === 0 && !q) return events;
  if (!q) return events.filter((e) => !hidden.includes(e.category));
  const index = indexFor(indexes, events, lang);
  extend(events, index, () => true);
  const narrowing =
    previous &&
    previous.events === events &&
    previous.hidden === hidden &&
    previous.lang === lang &&
    q.startsWith(normalizeForSearch(previous.query.trim()));
  const from = narrowing ? previous.result : events;
  return from.filter((e) => !hidden.includes(e.category) && index.texts.get(e)!.includes(q));
}
