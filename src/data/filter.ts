import type { Category, Place, TimelineEvent } from './types';
import { normalizeForSearch } from './searchNormalize';

export { normalizeForSearch };

type Lang = string;

/*
 * How a search matches. The query and the texts are normalised alike (see
 * searchNormalize.ts: case, accents, Arabic letter forms, digits, punctuation
 * and spaces), then the query is looked for as one piece of text (a substring,
 * so that "gol" finds "Golan" while the reader types, and "tank crews" finds
 * the phrase, not two words anywhere) in each of the event's texts: its title
 * and summary in the shown language and in English (the base text), and the
 * name of each of its places in every language the dataset gives. A query
 * never matches across two texts (the end of the title and the start of the
 * summary).
 */

/** Between two texts of one event: normalised queries never contain it. */
const FIELD_BREAK = '\n';

/** What the search looks in: the title and summary in the shown language and in English. */
function searchText(event: TimelineEvent, lang: Lang): string {
  const t = lang === 'en' ? undefined : event.i18n?.[lang];
  let text = normalizeForSearch(event.title) + FIELD_BREAK + normalizeForSearch(event.summary);
  if (t?.title) text += FIELD_BREAK + normalizeForSearch(t.title);
  if (t?.summary) text += FIELD_BREAK + normalizeForSearch(t.summary);
  return text;
}

/** A place's names, in English and in every translation, normalised. */
function placeSearchText(place: Place): string {
  const names = [place.name];
  for (const t of Object.values(place.i18n ?? {})) if (t.name) names.push(t.name);
  return names.map(normalizeForSearch).join(FIELD_BREAK);
}

/** The places (by id) whose names contain the normalised query `q`. */
function placesMatching(texts: ReadonlyMap<string, string>, q: string): Set<string> {
  const out = new Set<string>();
  for (const [id, text] of texts) if (text.includes(q)) out.add(id);
  return out;
}

function atMatchingPlace(event: TimelineEvent, places: ReadonlySet<string>): boolean {
  if (places.size === 0) return false;
  for (const id of event.places) if (places.has(id)) return true;
  return false;
}

/**
 * Matches the event's title and summary in the shown language (and in
 * English, the base text), and the names of its places in every language.
 */
export function matchesQuery(
  event: TimelineEvent,
  query: string,
  lang: Lang,
  places: readonly Place[] | undefined,
): boolean {
  const q = normalizeForSearch(query);
  if (!q) return true;
  if (searchText(event, lang).includes(q)) return true;
  return (places ?? []).some((p) => event.places.includes(p.id) && placeSearchText(p).includes(q));
}

/**
 * The search index: each event's normalised text, per list of events and
 * language, and each place's normalised names. Normalising is the costly
 * part of a search: with 100,000 long summaries it took seconds per
 * keystroke. The index is built ahead, in idle time (see
 * {@link prepareSearch}), or else by the first search that needs it. Its
 * owner (the view-model) keeps it.
 */
interface SearchIndex {
  lang: Lang;
  texts: Map<TimelineEvent, string>;
  /** How many of the events are indexed (in order). */
  done: number;
  /** The places whose names `placeTexts` holds (a dataset's places, rarely more than a few thousand). */
  places: readonly Place[] | undefined;
  placeTexts: Map<string, string>;
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
  if (!index)
    byLang.set(
      lang,
      (index = { lang, texts: new Map(), done: 0, places: undefined, placeTexts: new Map() }),
    );
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

function searchIndex(
  indexes: SearchIndexes,
  events: readonly TimelineEvent[],
  lang: Lang,
  places: readonly Place[] | undefined,
): SearchIndex {
  const index = indexFor(indexes, events, lang);
  extend(events, index, () => true);
  if (index.places !== places) {
    index.places = places;
    index.placeTexts = new Map((places ?? []).map((p) => [p.id, placeSearchText(p)]));
  }
  return index;
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
  places: readonly Place[] | undefined;
  result: TimelineEvent[];
}

/**
 * Events that pass the category and search filters, in the given order (see
 * "How a search matches" above). `places` are the dataset's places, whose
 * names the search looks in. Given the previous filtering, a search that
 * extends the previous one (the reader typing on) only looks through the
 * previous matches.
 */
export function filterEvents(
  events: TimelineEvent[],
  hidden: readonly Category[],
  query: string,
  lang: Lang,
  places: readonly Place[] | undefined,
  indexes: SearchIndexes,
  previous: PreviousFilter | null = null,
): TimelineEvent[] {
  const q = normalizeForSearch(query);
  if (hidden.length === 0 && !q) return events;
  if (!q) return events.filter((e) => !hidden.includes(e.category));
  const index = searchIndex(indexes, events, lang, places);
  // Every text that contains q contains any start of it: the matches of a
  // longer query are among those of the shorter one.
  const narrowing =
    previous &&
    previous.events === events &&
    previous.hidden === hidden &&
    previous.lang === lang &&
    previous.places === places &&
    q.startsWith(normalizeForSearch(previous.query));
  const from = narrowing ? previous.result : events;
  const atPlaces = placesMatching(index.placeTexts, q);
  return from.filter(
    (e) =>
      !hidden.includes(e.category) &&
      (index.texts.get(e)!.includes(q) || atMatchingPlace(e, atPlaces)),
  );
}
