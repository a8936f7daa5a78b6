import { describe, expect, it } from 'vitest';
import {
  orderThreads,
  threadById,
  threadNeighbours,
  threadsOf,
  threadsWithin,
  type ThreadData,
} from './threads';
import type { Thread, TimelineEvent } from './types';

function event(id: string, start: string, end?: string): TimelineEvent {
  return {
    id,
    title: id,
    summary: id,
    start,
    ...(end ? { end } : {}),
    category: 'diplomatic',
    places: [],
    sources: [{ source: 's', quote: 'q' }],
  };
}

// Listed out of order on purpose: the app orders by date, as the event list does.
const EVENTS = [
  event('b-2012', '2012-02-16'),
  event('a-2011', '2011-04-29'),
  event('era', '2011', '2024'),
  event('c-2011-aug', '2011-08-23'),
  event('d-2013', '2013'),
  event('lonely', '1965'),
];

const THREADS: Thread[] = [
  // Authored out of chronological order, with an id the events lack.
  { id: 'votes', title: 'Votes', events: ['b-2012', 'a-2011', 'c-2011-aug'] },
  { id: 'war', title: 'War', events: ['d-2013', 'era', 'a-2011', 'missing'] },
];

const DATA: ThreadData = { events: EVENTS, threads: THREADS };
const ids = (events: readonly TimelineEvent[]) => events.map((e) => e.id);

describe('orderThreads', () => {
  it('gives every thread, in the dataset’s order, with its events in chronological order', () => {
    const ordered = orderThreads(DATA);
    expect(ordered.map((o) => o.thread.id)).toEqual(['votes', 'war']);
    expect(ids(ordered[0]!.events)).toEqual(['a-2011', 'c-2011-aug', 'b-2012']);
    // Within a year dated events come before periods (compareEvents), and unknown ids are left out.
    expect(ids(ordered[1]!.events)).toEqual(['a-2011', 'era', 'd-2013']);
  });

  it('gives nothing for a dataset without threads', () => {
    expect(orderThreads({ events: EVENTS })).toEqual([]);
  });
});

describe('threadById', () => {
  it('finds a thread with its events in order, and nothing for an unknown id', () => {
    expect(ids(threadById(DATA, 'votes')!.events)).toEqual(['a-2011', 'c-2011-aug', 'b-2012']);
    expect(threadById(DATA, 'nope')).toBeUndefined();
    expect(threadById({ events: EVENTS }, 'votes')).toBeUndefined();
  });
});

describe('threadsOf', () => {
  it('gives each thread an event is part of, with its place counted in chronological order', () => {
    const places = threadsOf(event('a-2011', '2011-04-29'), DATA);
    expect(places.map((p) => [p.thread.id, p.position, p.total])).toEqual([
      ['votes', 1, 3],
      ['war', 1, 3],
    ]);
    const b = threadsOf({ id: 'b-2012' }, DATA);
    expect(b.map((p) => [p.thread.id, p.position, p.total])).toEqual([['votes', 3, 3]]);
    expect(ids(b[0]!.events)).toEqual(['a-2011', 'c-2011-aug', 'b-2012']);
  });

  it('places a period after the dated events of its first year', () => {
    expect(threadsOf({ id: 'era' }, DATA).map((p) => `${p.position} of ${p.total}`)).toEqual([
      '2 of 3',
    ]);
  });

  it('gives nothing for an event in no thread, an unknown event or a dataset without threads', () => {
    expect(threadsOf({ id: 'lonely' }, DATA)).toEqual([]);
    expect(threadsOf({ id: 'missing' }, DATA)).toEqual([]);
    expect(threadsOf({ id: 'a-2011' }, { events: EVENTS })).toEqual([]);
  });

  it('counts an event listed twice once (a dataset not validated)', () => {
    const data = {
      events: EVENTS,
      threads: [{ id: 't', title: 'T', events: ['a-2011', 'b-2012', 'a-2011'] }],
    };
    expect(threadsOf({ id: 'b-2012' }, data).map((p) => `${p.position} of ${p.total}`)).toEqual([
      '2 of 2',
    ]);
  });
});

describe('threadNeighbours', () => {
  const votes = threadById(DATA, 'votes')!;

  it('gives the previous and next events of the thread, in chronological order', () => {
    const middle = threadNeighbours(votes, 'c-2011-aug');
    expect([middle.previous?.id, middle.next?.id, middle.position, middle.total]).toEqual([
      'a-2011',
      'b-2012',
      2,
      3,
    ]);
  });

  it('has no previous at the first event and no next at the last', () => {
    const first = threadNeighbours(votes, 'a-2011');
    expect([first.previous, first.next?.id, first.position]).toEqual([undefined, 'c-2011-aug', 1]);
    const last = threadNeighbours(votes, 'b-2012');
    expect([last.previous?.id, last.next, last.position]).toEqual(['c-2011-aug', undefined, 3]);
  });

  it('gives neither, and position 0, for an event outside the thread', () => {
    expect(threadNeighbours(votes, 'lonely')).toEqual({
      previous: undefined,
      next: undefined,
      position: 0,
      total: 3,
    });
  });

  it('steps from the first event to the last through every event once', () => {
    const war = threadById(DATA, 'war')!;
    const visited: string[] = [];
    let at: TimelineEvent | undefined = war.events[0];
    while (at) {
      visited.push(at.id);
      at = threadNeighbours(war, at.id).next;
    }
    expect(visited).toEqual(['a-2011', 'era', 'd-2013']);
  });
});

describe('threadsWithin', () => {
  it('keeps the kept events of each thread and drops a thread left with fewer than two', () => {
    expect(threadsWithin(THREADS, new Set(['a-2011', 'b-2012', 'era']))).toEqual([
      { id: 'votes', title: 'Votes', events: ['b-2012', 'a-2011'] },
      { id: 'war', title: 'War', events: ['era', 'a-2011'] },
    ]);
    expect(threadsWithin(THREADS, new Set(['a-2011', 'b-2012']))).toEqual([
      { id: 'votes', title: 'Votes', events: ['b-2012', 'a-2011'] },
    ]);
    expect(threadsWithin(THREADS, new Set())).toEqual([]);
  });
});
