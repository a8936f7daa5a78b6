import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../data/types';
import { BUCKETS, spansOf, timelineContent } from './aggregate';

const event = (
  id: string,
  start: string,
  category: TimelineEvent['category'] = 'political',
  end?: string,
) =>
  ({
    id,
    title: id,
    summary: 's',
    start,
    category,
    places: [],
    sources: [{ source: 's', quote: 'q' }],
    ...(end ? { end } : {}),
  }) as TimelineEvent;

const years = (from: number, to: number) => ({
  start: Date.UTC(from, 0, 1),
  end: Date.UTC(to, 0, 1),
});

describe('timelineContent', () => {
  const many = Array.from({ length: 1000 }, (_, i) =>
    event(`e${i}`, `${1960 + (i % 60)}-0${1 + (i % 9)}`),
  );
  const eras = [event('era1', '1965', 'era', '1991'), event('era2', '1991', 'era', '2011')];
  const spans = spansOf([...eras, ...many]);

  it('returns the events themselves when few are in view', () => {
    const content = timelineContent(spansOf([...eras, ...many.slice(0, 50)]), years(1960, 2025));
    expect(content.kind).toBe('items');
    if (content.kind === 'items') expect(content.events).toHaveLength(52);
  });

  it('draws a story small enough whole, whatever the window', () => {
    const small = spansOf([...eras, ...many.slice(0, 50)]);
    const content = timelineContent(small, years(2010, 2012));
    expect(content.kind).toBe('items');
    if (content.kind === 'items') expect(content.events).toHaveLength(52);
  });

  it('counts events in buckets when too many are in view, keeping the eras', () => {
    const content = timelineContent(spans, years(1960, 2025), 300);
    expect(content.kind).toBe('buckets');
    if (content.kind !== 'buckets') return;
    expect(content.eras.map((e) => e.id)).toEqual(['era1', 'era2']);
    expect(content.buckets.length).toBeLessThanOrEqual(BUCKETS);
    expect(content.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(1000);
  });

  it('shows items again once zoomed in far enough', () => {
    const content = timelineContent(spans, years(1980, 1981), 300);
    expect(content.kind).toBe('items');
    if (content.kind === 'items') {
      expect(
        content.events.every(
          (e) => e.category === 'era' || (e.start >= '1979' && e.start < '1983'),
        ),
      ).toBe(true);
    }
  });

  it('includes a range that spans the whole window', () => {
    const long = event('long', '1900', 'political', '2100');
    const content = timelineContent(spansOf([long]), years(1980, 1981));
    expect(content.kind === 'items' && content.events.map((e) => e.id)).toEqual(['long']);
  });
});
