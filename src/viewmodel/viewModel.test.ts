import { describe, expect, it } from 'vitest';
import type { Category, Dataset, Place, TimelineEvent } from '../data/types';
import { createViewModel, type ViewInput } from './viewModel';

const event = (
  id: string,
  title: string,
  category: TimelineEvent['category'] = 'political',
  places: string[] = [],
): TimelineEvent => ({
  id,
  title,
  summary: 'Cuba’s Minister of Culture signed it.',
  start: '2000',
  category,
  places,
  sources: [{ source: 's', quote: 'q' }],
});

function input(events: TimelineEvent[], more: Partial<ViewInput> = {}): ViewInput {
  return {
    dataset: null,
    events,
    eventIndex: new Map(events.map((e, i) => [e.id, i])),
    hiddenCategories: [],
    query: '',
    lang: 'en',
    selectedId: null,
    thread: null,
    ...more,
  };
}

/** The visible events for a filter, from one view-model (as a store would ask). */
function visibleWith(view = createViewModel()) {
  return (events: TimelineEvent[], hidden: Category[], query: string, lang = 'en') =>
    view.visibleEvents(input(events, { hiddenCategories: hidden, query, lang }));
}

describe('visibleEvents', () => {
  const events = [event('a', 'Alpha', 'era'), event('b', 'Beta'), event('c', 'Gamma')];
  it('returns the same array when nothing filters', () => {
    expect(visibleWith()(events, [], '')).toBe(events);
  });
  it('hides categories and applies the search', () => {
    const visibleEvents = visibleWith();
    expect(visibleEvents(events, ['era'], '').map((e) => e.id)).toEqual(['b', 'c']);
    expect(visibleEvents(events, [], 'gam').map((e) => e.id)).toEqual(['c']);
  });
  it('returns the same array for the same inputs, and a new one when they change', () => {
    const view = createViewModel();
    const hidden: Category[] = ['era'];
    const state = input(events, { hiddenCategories: hidden });
    const first = view.visibleEvents(state);
    expect(view.visibleEvents({ ...state })).toBe(first);
    expect(view.visibleEvents({ ...state, hiddenCategories: [] })).not.toBe(first);
  });
  it('keeps the list through a language switch when nothing is searched', () => {
    const view = createViewModel();
    const hidden: Category[] = ['era'];
    const en = view.visibleEvents(input(events, { hiddenCategories: hidden }));
    expect(view.visibleEvents(input(events, { hiddenCategories: hidden, lang: 'ar' }))).toBe(en);
  });
  it('keeps no cache shared between two view-models', () => {
    const a = createViewModel();
    const b = createViewModel();
    const state = input(events, { query: 'beta' });
    expect(a.visibleEvents(state)).not.toBe(b.visibleEvents(state));
    expect(a.visibleEvents(state)).toEqual(b.visibleEvents(state));
  });
});

describe('visibleEvents: typing on', () => {
  const events = [
    event('a', 'Trade agreement'),
    event('b', 'Trade fair'),
    event('c', 'Cultural week', 'cultural'),
  ];
  it('narrows the previous matches as the search grows, and widens again when it shrinks', () => {
    const visibleEvents = visibleWith();
    expect(visibleEvents(events, [], 'tra').map((e) => e.id)).toEqual(['a', 'b']);
    expect(visibleEvents(events, [], 'trade a').map((e) => e.id)).toEqual(['a']);
    expect(visibleEvents(events, [], 'trade').map((e) => e.id)).toEqual(['a', 'b']);
    expect(visibleEvents(events, [], 'week').map((e) => e.id)).toEqual(['c']);
  });
  it('searches the translation of the shown language', () => {
    const visibleEvents = visibleWith();
    const translated = [
      { ...event('x', 'Agreement'), i18n: { es: { title: 'Acuerdo', summary: 'Firmado.' } } },
    ];
    expect(visibleEvents(translated, [], 'acuerdo', 'en')).toEqual([]);
    expect(visibleEvents(translated, [], 'acuerdo', 'es').map((e) => e.id)).toEqual(['x']);
  });
});

describe('neighbours', () => {
  const events = [
    event('a', 'A'),
    event('b', 'B', 'cultural'),
    event('c', 'C'),
    event('d', 'D', 'cultural'),
    event('e', 'E'),
  ];
  const view = createViewModel();
  const ids = (s: ViewInput) => {
    const n = view.neighbours(s);
    return [n.previous?.id, n.next?.id, n.position, n.total, n.hidden];
  };
  it('are the events before and after the selection, with its position', () => {
    expect(ids(input(events, { selectedId: 'c' }))).toEqual(['b', 'd', 3, 5, false]);
    expect(ids(input(events, { selectedId: 'a' }))).toEqual([undefined, 'b', 1, 5, false]);
    expect(ids(input(events, { selectedId: 'e' }))).toEqual(['d', undefined, 5, 5, false]);
  });
  it('with nothing selected, start from either end', () => {
    expect(ids(input(events))).toEqual(['e', 'a', 0, 5, false]);
  });
  it('keep a hidden selection in its place in time', () => {
    const hidden: Category[] = ['cultural'];
    expect(ids(input(events, { selectedId: 'b', hiddenCategories: hidden }))).toEqual([
      'a',
      'c',
      0,
      3,
      true,
    ]);
    expect(ids(input(events, { selectedId: 'd', hiddenCategories: hidden }))).toEqual([
      'c',
      'e',
      0,
      3,
      true,
    ]);
    const onlyB = input(events, { selectedId: 'a', query: 'zzz' });
    expect(ids(onlyB)).toEqual([undefined, undefined, 0, 0, true]);
  });
  it('skip the events the filters hide', () => {
    const hidden: Category[] = ['cultural'];
    expect(ids(input(events, { selectedId: 'c', hiddenCategories: hidden }))).toEqual([
      'a',
      'e',
      2,
      3,
      false,
    ]);
  });
});

describe('places', () => {
  const places: Place[] = [
    { id: 'havana', name: 'Havana', lat: 23, lng: -82, precision: 'city' },
    { id: 'damascus', name: 'Damascus', lat: 33, lng: 36, precision: 'city' },
  ];
  const dataset = { places } as unknown as Dataset;
  const events = [
    event('a', 'A', 'political', ['havana']),
    event('b', 'B', 'cultural', ['havana', 'damascus']),
    event('c', 'C', 'political', ['damascus']),
  ];
  it('groups the visible events by place, in order', () => {
    const view = createViewModel();
    const byPlace = view.eventsByPlace(input(events, { dataset }));
    expect(byPlace.get('havana')?.map((e) => e.id)).toEqual(['a', 'b']);
    expect(byPlace.get('damascus')?.map((e) => e.id)).toEqual(['b', 'c']);
    const filtered = view.eventsByPlace(input(events, { dataset, hiddenCategories: ['cultural'] }));
    expect(filtered.get('havana')?.map((e) => e.id)).toEqual(['a']);
    expect(view.allEventsByPlace(input(events, { dataset })).get('damascus')).toHaveLength(2);
  });
  it('finds places by id, and an event’s places in its order', () => {
    const view = createViewModel();
    const s = input(events, { dataset });
    expect(view.placeById(s).get('damascus')?.name).toBe('Damascus');
    expect(view.placesOf(s, events[1]!).map((p) => p.id)).toEqual(['havana', 'damascus']);
  });
});

describe('chapters', () => {
  const events = [
    event('era1', 'Era one', 'era'),
    event('a', 'A'),
    event('b', 'B', 'cultural'),
    event('era2', 'Era two', 'era'),
    event('c', 'C'),
  ];
  it('are the eras, each with the events up to the next, numbered over the story', () => {
    const view = createViewModel();
    const chapters = view.chapters(input(events));
    expect(
      chapters.map((c) => [c.era.id, c.number, c.total, c.firstPosition, c.visibleCount]),
    ).toEqual([
      ['era1', 1, 2, 1, 3],
      ['era2', 2, 2, 4, 2],
    ]);
  });
  it('count only what the filters show, keeping their numbers', () => {
    const view = createViewModel();
    const chapters = view.chapters(input(events, { hiddenCategories: ['era'] }));
    expect(chapters.map((c) => [c.era.id, c.number, c.firstPosition, c.visibleCount])).toEqual([
      ['era1', 1, 1, 2],
      ['era2', 2, 3, 1],
    ]);
  });
  it('know the chapter of the selection, hidden or not', () => {
    const view = createViewModel();
    expect(view.selectedChapter(input(events, { selectedId: 'b' }))?.era.id).toBe('era1');
    expect(view.selectedChapter(input(events, { selectedId: 'era2' }))?.era.id).toBe('era2');
    const hidden = input(events, { selectedId: 'b', hiddenCategories: ['cultural'] });
    expect(view.selectedChapter(hidden)?.era.id).toBe('era1');
    expect(view.selectedChapter(input(events))).toBeUndefined();
  });
});

describe('following a thread', () => {
  const events = [
    event('a', 'A'),
    event('b', 'B', 'cultural'),
    event('c', 'C'),
    event('d', 'D', 'cultural'),
    event('e', 'E'),
  ];
  const dataset = {
    places: [],
    threads: [{ id: 'odd', title: 'Odd', events: ['e', 'a', 'c'] }],
  } as unknown as Dataset;
  it('steps through the thread’s events in order, whatever the filters', () => {
    const view = createViewModel();
    const s = input(events, {
      dataset,
      selectedId: 'c',
      thread: 'odd',
      hiddenCategories: ['political'],
    });
    const n = view.neighbours(s);
    expect([n.previous?.id, n.next?.id, n.position, n.total, n.thread?.thread.id]).toEqual([
      'a',
      'e',
      2,
      3,
      'odd',
    ]);
  });
  it('steps through the whole story again for an event outside the thread, or an unknown thread', () => {
    const view = createViewModel();
    expect(
      view.neighbours(input(events, { dataset, selectedId: 'b', thread: 'odd' })).next?.id,
    ).toBe('c');
    expect(
      view.neighbours(input(events, { dataset, selectedId: 'c', thread: 'none' })).next?.id,
    ).toBe('d');
  });
});
