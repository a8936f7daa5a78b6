/**
 * The view-model: every value the panes, the store's actions, the exports
 * and the prerender derive from the state, defined once and memoised on its
 * inputs. Each store owns one (`createAppStore`), so two stores (tests, one
 * per prerendered page) never share a cache, and nothing here is global.
 *
 * It reads only the core's types and a narrow view of the state
 * (`ViewInput`, which the store's state satisfies).
 */
import {
  filterEvents,
  prepareSearch,
  type PreviousFilter,
  type SearchIndexes,
} from '../data/filter';
import type { Category, Dataset, Place, TimelineEvent } from '../data/types';
import { memoLast } from '../lib/memo';
import { orderThreads, threadNeighbours, type OrderedThread } from '../data/threads';
import type { Spans, TimeWindow } from '../data/spans';
import { frameWindow } from '../timeline/window';

/** How many events on each side of a selection the timeline frames with it. */
const FRAMED_NEIGHBOURS = 2;

/** The part of the state the view-model derives from. */
export interface ViewInput {
  dataset: Dataset | null;
  /** Every event, in chronological order. */
  events: TimelineEvent[];
  eventIndex: ReadonlyMap<string, number>;
  hiddenCategories: Category[];
  query: string;
  lang: string;
  selectedId: string | null;
  /** The thread the reader follows, if any. */
  thread: string | null;
}

/** What the timeline's frame of a selection derives from. */
export interface FrameInput extends ViewInput {
  /** Every event's extent, in `events`' order. */
  spans: Spans;
  /** The whole story, with a margin. */
  extent: TimeWindow;
}

/**
 * Where the selection stands among the events the filters show, and its
 * neighbours there. A selection hidden by the filters keeps its place in
 * time: its neighbours are the visible events just before and after it.
 * With nothing selected, Next is the first visible event and Previous the last.
 */
export interface Neighbours {
  previous: TimelineEvent | undefined;
  next: TimelineEvent | undefined;
  /** 1-based position among the visible events; 0 when nothing visible is selected. */
  position: number;
  /** How many events the filters show. */
  total: number;
  /** True when an event is selected and the filters hide it. */
  hidden: boolean;
  /** The thread stepped through, when the reader follows one and the selection is part of it. */
  thread?: OrderedThread;
}

/**
 * A chapter of the story: an era and the events from it to the next era, in
 * chronological order. Numbered over the whole story, whatever the filters.
 */
export interface Chapter {
  era: TimelineEvent;
  /** 1-based, among all the chapters. */
  number: number;
  /** How many chapters the story has. */
  total: number;
  /** 1-based position of its first visible event among the visible events (0: none visible). */
  firstPosition: number;
  /** How many of its events (its era included) the filters show. */
  visibleCount: number;
}

export interface ViewModel {
  /** Events that pass the category and search filters, in chronological order. */
  visibleEvents(s: ViewInput): TimelineEvent[];
  /** The selected event, whether or not the filters show it. */
  selectedEvent(s: ViewInput): TimelineEvent | undefined;
  neighbours(s: ViewInput): Neighbours;
  /** The visible events at each place (by place id), in chronological order. */
  eventsByPlace(s: ViewInput): ReadonlyMap<string, TimelineEvent[]>;
  /** Every event at each place (by place id), whatever the filters. */
  allEventsByPlace(s: ViewInput): ReadonlyMap<string, TimelineEvent[]>;
  /** The dataset's places by id. */
  placeById(s: ViewInput): ReadonlyMap<string, Place>;
  /** The places of an event (in the event's order), looked up by id. */
  placesOf(s: ViewInput, event: TimelineEvent): Place[];
  /** The chapters (eras) of the story, in order. */
  chapters(s: ViewInput): Chapter[];
  /** The thread the reader follows, its events in order (undefined when none). */
  followedThread(s: ViewInput): OrderedThread | undefined;
  /** The chapter the selected event belongs to (the last era at or before it). */
  selectedChapter(s: ViewInput): Chapter | undefined;
  /** Builds the search index in idle slices while `hasTime()`; true once complete. */
  prepareSearch(s: ViewInput, hasTime: () => boolean): boolean;
  /**
   * The window the timeline frames event `id` with, when it is chosen
   * anywhere but on the timeline (Next, the list, the map, a link, the tour):
   * the event and two neighbours on each side, so that their labels can be
   * read. The whole story (`extent`) for an unknown event.
   */
  frameFor(s: FrameInput, id: string): TimeWindow;
}

function byPlace(events: readonly TimelineEvent[]): Map<string, TimelineEvent[]> {
  const map = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    // Once per place, should an event name a place twice.
    for (const id of new Set(event.places)) {
      const list = map.get(id);
      if (list) list.push(event);
      else map.set(id, [event]);
    }
  }
  return map;
}

export function createViewModel(): ViewModel {
  const search: SearchIndexes = new WeakMap();
  // A search that extends the previous one (the reader typing on) looks
  // only through the previous matches.
  let previous: PreviousFilter | null = null;

  const visible = memoLast(
    (
      events: TimelineEvent[],
      hidden: Category[],
      query: string,
      lang: string,
      places: readonly Place[] | undefined,
    ) => {
      const result = filterEvents(events, hidden, query, lang, places, search, previous);
      previous = { events, hidden, query, lang, places, result };
      return result;
    },
  );
  // The language and the places matter only to a search: without one, a
  // language switch keeps the list.
  const visibleEvents = (s: ViewInput) =>
    s.query.trim()
      ? visible(s.events, s.hiddenCategories, s.query, s.lang, s.dataset?.places)
      : visible(s.events, s.hiddenCategories, '', '', undefined);

  const selectedEvent = (s: ViewInput) =>
    s.selectedId === null ? undefined : s.events[s.eventIndex.get(s.selectedId) ?? -1];

  const neighbours = memoLast(
    (
      shown: TimelineEvent[],
      selected: TimelineEvent | undefined,
      eventIndex: ReadonlyMap<string, number>,
    ): Neighbours => {
      const total = shown.length;
      if (!selected)
        return { previous: shown[total - 1], next: shown[0], position: 0, total, hidden: false };
      const index = shown.indexOf(selected);
      if (index !== -1)
        return {
          previous: shown[index - 1],
          next: shown[index + 1],
          position: index + 1,
          total,
          hidden: false,
        };
      const at = eventIndex.get(selected.id) ?? -1;
      // The visible events keep the chronological order: the first one after the selection.
      let after = shown.length;
      let lo = 0;
      while (lo < after) {
        const mid = (lo + after) >> 1;
        if ((eventIndex.get(shown[mid]!.id) ?? -1) > at) after = mid;
        else lo = mid + 1;
      }
      return { previous: shown[after - 1], next: shown[after], position: 0, total, hidden: true };
    },
  );

  const eventsByPlace = memoLast(byPlace);
  const allEventsByPlace = memoLast(byPlace);
  const placeById = memoLast(
    (dataset: Dataset | null) => new Map((dataset?.places ?? []).map((p) => [p.id, p])),
  );

  /** For each event (by its index in `events`), the index of its chapter's era, or -1. */
  const chapterIndex = memoLast((events: TimelineEvent[]) => {
    const eras: number[] = [];
    const of = new Int32Array(events.length).fill(-1);
    events.forEach((e, i) => {
      if (e.category === 'era') eras.push(i);
      of[i] = eras.length - 1;
    });
    return { eras, of };
  });
  const chapters = memoLast(
    (
      events: TimelineEvent[],
      shown: TimelineEvent[],
      eventIndex: ReadonlyMap<string, number>,
    ): Chapter[] => {
      const { eras, of } = chapterIndex(events);
      const list: Chapter[] = eras.map((i, k) => ({
        era: events[i]!,
        number: k + 1,
        total: eras.length,
        firstPosition: 0,
        visibleCount: 0,
      }));
      shown.forEach((e, position) => {
        const chapter = list[of[eventIndex.get(e.id) ?? -1] ?? -1];
        if (!chapter) return;
        if (chapter.visibleCount === 0) chapter.firstPosition = position + 1;
        chapter.visibleCount += 1;
      });
      return list;
    },
  );
  const threads = memoLast((dataset: Dataset | null, events: TimelineEvent[]) =>
    dataset?.threads ? orderThreads({ events, threads: dataset.threads }) : [],
  );
  const followedThread = (s: ViewInput) =>
    s.thread === null
      ? undefined
      : threads(s.dataset, s.events).find((t) => t.thread.id === s.thread);
  /** Following a thread, Previous and Next step through its events (whatever the filters). */
  const inThread = memoLast((thread: OrderedThread, id: string): Neighbours => ({
    ...threadNeighbours(thread, id),
    hidden: false,
    thread,
  }));
  const chaptersOf = (s: ViewInput) => chapters(s.events, visibleEvents(s), s.eventIndex);

  const neighboursOf = (s: ViewInput): Neighbours => {
    const thread = followedThread(s);
    const selected = selectedEvent(s);
    return thread && selected?.id !== undefined && thread.events.includes(selected)
      ? inThread(thread, selected.id)
      : neighbours(visibleEvents(s), selected, s.eventIndex);
  };

  return {
    visibleEvents,
    chapters: chaptersOf,
    selectedChapter: (s) => {
      const at = s.selectedId === null ? undefined : s.eventIndex.get(s.selectedId);
      if (at === undefined) return undefined;
      return chaptersOf(s)[chapterIndex(s.events).of[at] ?? -1];
    },
    selectedEvent,
    followedThread,
    neighbours: neighboursOf,
    eventsByPlace: (s) => eventsByPlace(visibleEvents(s)),
    allEventsByPlace: (s) => allEventsByPlace(s.events),
    placeById: (s) => placeById(s.dataset),
    placesOf: (s, event) => {
      const places = placeById(s.dataset);
      return event.places.flatMap((id) => places.get(id) ?? []);
    },
    prepareSearch: (s, hasTime) => prepareSearch(search, s.events, s.lang, hasTime),
    frameFor: (s, id) => {
      const index = s.eventIndex.get(id);
      if (index === undefined) return s.extent;
      const span = { start: s.spans.start[index]!, end: s.spans.end[index]! };
      const visible = visibleEvents(s);
      const { previous, next } = neighboursOf({ ...s, selectedId: id });
      const around: TimeWindow[] = [];
      const add = (event: TimelineEvent | undefined, step: -1 | 1) => {
        let at = event ? visible.indexOf(event) : -1;
        for (let k = 0; k < FRAMED_NEIGHBOURS && at >= 0 && at < visible.length; k++, at += step) {
          const i = s.eventIndex.get(visible[at]!.id);
          if (i !== undefined) around.push({ start: s.spans.start[i]!, end: s.spans.end[i]! });
        }
      };
      add(previous, -1);
      add(next, 1);
      return frameWindow(span, around, s.extent);
    },
  };
}
