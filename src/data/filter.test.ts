import { describe, expect, it } from 'vitest';
import { matchesQuery, normalizeForSearch } from './filter';
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
