import { describe, expect, it } from 'vitest';
import { matchesQuery, normalizeForSearch, visibleEvents } from './filter';
import type { TimelineEvent } from './types';

const event = (
  id: string,
  title: string,
  category: TimelineEvent['category'] = 'political',
): TimelineEvent => ({
  id,
  title,
  summary: 'Cuba’s Minister of Culture signed it.',
  start: '2000',
  category,
  places: [],
  sources: [{ source: 's', quote: 'q' }],
});

describe('search matching', () => {
  it('ignores case and accents', () => {
    expect(normalizeForSearch('Éxito AÑO')).toBe('exito ano');
    expect(matchesQuery(event('a', 'La Habana, Relación'), 'relacion')).toBe(true);
    expect(matchesQuery(event('a', 'Damasco'), 'DAMÁSCO')).toBe(true);
  });
  it('matches the summary as well as the title', () => {
    expect(matchesQuery(event('a', 'Agreement'), 'minister of culture')).toBe(true);
  });
  it('rejects text found in neither', () => {
    expect(matchesQuery(event('a', 'Agreement'), 'embargo')).toBe(false);
  });
});

describe('visibleEvents', () => {
  const events = [event('a', 'Alpha', 'era'), event('b', 'Beta'), event('c', 'Gamma')];
  it('returns the same array when nothing filters', () => {
    expect(visibleEvents(events, [], '')).toBe(events);
  });
  it('hides categories and applies the search', () => {
    expect(visibleEvents(events, ['era'], '').map((e) => e.id)).toEqual(['b', 'c']);
    expect(visibleEvents(events, [], 'gam').map((e) => e.id)).toEqual(['c']);
  });
});

describe('visibleEvents: typing on', () => {
  const events = [
    event('a', 'Trade agreement'),
    event('b', 'Trade fair'),
    event('c', 'Cultural week', 'cultural'),
  ];
  it('narrows the previous matches as the search grows, and widens again when it shrinks', () => {
    expect(visibleEvents(events, [], 'tra').map((e) => e.id)).toEqual(['a', 'b']);
    expect(visibleEvents(events, [], 'trade a').map((e) => e.id)).toEqual(['a']);
    expect(visibleEvents(events, [], 'trade').map((e) => e.id)).toEqual(['a', 'b']);
    expect(visibleEvents(events, [], 'week').map((e) => e.id)).toEqual(['c']);
  });
  it('searches the translation of the shown language', () => {
    const translated = [
      { ...event('x', 'Agreement'), i18n: { es: { title: 'Acuerdo', summary: 'Firmado.' } } },
    ];
    expect(visibleEvents(translated, [], 'acuerdo', 'en')).toEqual([]);
    expect(visibleEvents(translated, [], 'acuerdo', 'es').map((e) => e.id)).toEqual(['x']);
  });
});
