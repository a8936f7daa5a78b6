/**
 * Threads (themes across time, see `types.ts`): their events in the event
 * list's chronological order, the threads an event is part of and where it
 * stands in each ("3 of 7"), its neighbours in a thread, and the threads
 * that survive when only some events are kept (exports). Pure functions of
 * plain data: no store, no cache.
 */
import { sortEvents } from './dates';
import type { Thread, TimelineEvent } from './types';

/** What the functions here read of a dataset. */
export interface ThreadData {
  events: readonly TimelineEvent[];
  threads?: readonly Thread[] | undefined;
}

/** A thread with its events looked up, in chronological order (as `compareEvents`). */
export interface OrderedThread {
  thread: Thread;
  /** Its events in chronological order; an id the dataset lacks is left out. */
  events: TimelineEvent[];
}

/** Where an event stands in one thread it is part of: "3 of 7". */
export interface ThreadPlace extends OrderedThread {
  /** 1-based position of the event among `events`. */
  position: number;
  /** How many events the thread has (`events.length`). */
  total: number;
}

/** The previous and next events of a thread around one of its events. */
export interface ThreadNeighbours {
  previous: TimelineEvent | undefined;
  next: TimelineEvent | undefined;
  /** 1-based position of the event in the thread; 0 when it is not part of it. */
  position: number;
  total: number;
}

/** The events of `ids` found in `events`, by id (one pass over the events). */
function pick(events: readonly TimelineEvent[], ids: ReadonlySet<string>) {
  const found = new Map<string, TimelineEvent>();
  if (ids.size === 0) return found;
  for (const event of events) {
    if (ids.has(event.id) && !found.has(event.id)) found.set(event.id, event);
  }
  return found;
}

function order(thread: Thread, byId: ReadonlyMap<string, TimelineEvent>): OrderedThread {
  const seen = new Set<string>();
  const events: TimelineEvent[] = [];
  for (const id of thread.events) {
    const event = byId.get(id);
    if (event && !seen.has(id)) {
      seen.add(id);
      events.push(event);
    }
  }
  return { thread, events: sortEvents(events) };
}

/** Every thread of the dataset, in the dataset's order, each with its events in chronological order. */
export function orderThreads(data: ThreadData): OrderedThread[] {
  const threads = data.threads ?? [];
  const byId = pick(data.events, new Set(threads.flatMap((t) => t.events)));
  return threads.map((thread) => order(thread, byId));
}

/** The thread with this id, its events in chronological order; undefined if there is none. */
export function threadById(data: ThreadData, id: string): OrderedThread | undefined {
  const thread = data.threads?.find((t) => t.id === id);
  return thread ? order(thread, pick(data.events, new Set(thread.events))) : undefined;
}

/**
 * The threads `event` is part of, in the dataset's order, each with the
 * event's place in it ("3 of 7", counted in chronological order). Empty when
 * it is part of none, or the dataset has no threads.
 */
export function threadsOf(event: Pick<TimelineEvent, 'id'>, data: ThreadData): ThreadPlace[] {
  const threads = (data.threads ?? []).filter((t) => t.events.includes(event.id));
  const byId = pick(data.events, new Set(threads.flatMap((t) => t.events)));
  return threads.flatMap((thread) => {
    const ordered = order(thread, byId);
    const index = ordered.events.findIndex((e) => e.id === event.id);
    // An id that names no event of the dataset is no place in the thread.
    if (index === -1) return [];
    return [{ ...ordered, position: index + 1, total: ordered.events.length }];
  });
}

/**
 * The events before and after `eventId` in `thread` (in chronological
 * order); both undefined, and position 0, when the event is not part of it.
 */
export function threadNeighbours(thread: OrderedThread, eventId: string): ThreadNeighbours {
  const index = thread.events.findIndex((e) => e.id === eventId);
  const total = thread.events.length;
  if (index === -1) return { previous: undefined, next: undefined, position: 0, total };
  return {
    previous: thread.events[index - 1],
    next: thread.events[index + 1],
    position: index + 1,
    total,
  };
}

/**
 * The threads as they stand when only the events of `kept` remain (an
 * export of the events shown): each keeps its kept events, in its own
 * order, and a thread left with fewer than two is dropped, so that the
 * result is valid for the same checks.
 */
export function threadsWithin(threads: readonly Thread[], kept: ReadonlySet<string>): Thread[] {
  return threads.flatMap((thread) => {
    const events = thread.events.filter((id) => kept.has(id));
    return events.length >= 2 ? [{ ...thread, events }] : [];
  });
}
