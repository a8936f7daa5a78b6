import { describe, expect, it } from 'vitest';
import { spansOf } from '../data/spans';
import type { TimelineEvent } from '../data/types';
import { ITEM_LIMIT } from './aggregate';
import { TimelineLayout } from './layout';
import { timelinePicture, yearTicks } from './picture';
import { extentWithMargin } from './window';

const DAY = 86_400_000;
const utc = (y: number, m = 0, d = 1) => Date.UTC(y, m, d);

const event = (
  id: string,
  start: string,
  category: TimelineEvent['category'] = 'political',
  end?: string,
): TimelineEvent => ({
  id,
  title: `Event ${id}`,
  summary: 'A summary.',
  start,
  ...(end ? { end } : {}),
  category,
  places: [],
  sources: [{ source: 's', quote: 'q' }],
});

function pictureOf(
  events: TimelineEvent[],
  window: { start: number; end: number } | null,
  selectedId: string | null = null,
  width = 800,
) {
  const all = { spans: spansOf(events), index: new Map(events.map((e, i) => [e.id, i])) };
  const extent = extentWithMargin(Math.min(...all.spans.start), Math.max(...all.spans.end));
  return timelinePicture({
    visible: events,
    all,
    layout: new TimelineLayout(extent),
    window: window ?? extent,
    width,
    selectedId,
  });
}

describe('yearTicks', () => {
  it('marks every year when a year has room for its label', () => {
    const ticks = yearTicks({ start: utc(2016, 11, 3), end: utc(2023, 8, 2) }, 660);
    expect(ticks.map((t) => t.label)).toEqual([
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
    ]);
    for (const [i, t] of ticks.entries()) {
      expect(t.at).toBeGreaterThan(i === 0 ? 0 : ticks[i - 1]!.at);
      expect(t.at).toBeLessThan(1);
    }
  });

  it('steps by 2, 5, 10… years as the window widens or the room narrows', () => {
    const story = { start: utc(1958), end: utc(2031) };
    expect(yearTicks(story, 660).map((t) => t.label)).toEqual([
      '1960',
      '1970',
      '1980',
      '1990',
      '2000',
      '2010',
      '2020',
    ]);
    expect(yearTicks(story, 300).map((t) => t.label)).toEqual(['1960', '1980', '2000', '2020']);
    // A year starting too close to the far edge for its label is left out, as the timeline hides it.
    expect(yearTicks({ start: utc(1958), end: utc(2020, 11, 1) }, 300).at(-1)!.label).toBe('2000');
    const ten = { start: utc(2000), end: utc(2010) };
    expect(yearTicks(ten, 420).map((t) => Number(t.label) % 2)).toEqual([0, 0, 0, 0, 0]);
  });

  it('places a year at its share of the window', () => {
    const [tick] = yearTicks({ start: utc(1999, 6, 2), end: utc(2000, 6, 1) }, 800);
    expect(tick).toEqual({
      at: (utc(2000) - utc(1999, 6, 2)) / (utc(2000, 6, 1) - utc(1999, 6, 2)),
      label: '2000',
    });
  });

  it('draws no tick for an empty window or a pane with no width', () => {
    expect(yearTicks({ start: utc(2000), end: utc(2000) }, 800)).toEqual([]);
    expect(yearTicks({ start: utc(2000), end: utc(2010) }, 0)).toEqual([]);
  });
});

describe('timelinePicture', () => {
  const events = [
    event('cold-war', '1965', 'era', '1991'),
    event('ties', '1965-08-11', 'diplomatic'),
    event('visit', '1975-05-01', 'diplomatic'),
    event('pact', '1976-01-01', 'diplomatic'),
    event('aid', '1990', 'cooperation', '2000'),
    event('deal', '2019-09-24', 'cultural'),
  ];

  it('draws the rows the timeline draws, each lane named on its first row', () => {
    const picture = pictureOf(events, null);
    expect(picture.rows.map((r) => r.lane)).toEqual([
      'era',
      'diplomatic',
      'cultural',
      'cooperation',
    ]);
    expect(picture.rows.every((r) => r.first)).toBe(true);
    // Two events too close to share a row at the timeline's scale: a second row, not named.
    const close = [...events, event('talks', '1975-06-01', 'diplomatic')];
    const rows = pictureOf(close, null).rows;
    expect(rows.filter((r) => r.lane === 'diplomatic').map((r) => r.first)).toEqual([true, false]);
  });

  it('puts each event at its share of the window, and rings the selected one', () => {
    const window = { start: utc(1970), end: utc(1980) };
    const picture = pictureOf(events, window, 'visit');
    const visit = picture.marks.find((m) => m.id === 'visit')!;
    expect(visit.kind).toBe('point');
    expect(visit.from).toBeCloseTo((utc(1975, 4, 1) - window.start) / (window.end - window.start));
    expect(visit.to).toBe(visit.from);
    expect(picture.marks.filter((m) => m.selected).map((m) => m.id)).toEqual(['visit']);
    expect(picture.rows[visit.row]!.lane).toBe('diplomatic');
  });

  it('leaves out points outside the window, and keeps the part of a bar inside it', () => {
    const window = { start: utc(1970), end: utc(1980) };
    const picture = pictureOf(events, window);
    const ids = picture.marks.map((m) => m.id);
    // 1965 and 2019 are outside; the era reaches into it; the aid starts after it.
    expect(ids).not.toContain('ties');
    expect(ids).not.toContain('deal');
    expect(ids).not.toContain('aid');
    const era = picture.marks.find((m) => m.id === 'cold-war')!;
    expect(era.kind).toBe('range');
    expect(era.from).toBeLessThanOrEqual(0);
    expect(era.from).toBeGreaterThanOrEqual(-0.01);
    expect(era.to).toBeGreaterThanOrEqual(1);
    expect(era.to).toBeLessThanOrEqual(1.01);
    // Rows with nothing in the window fold away, as in the timeline.
    expect(picture.rows.map((r) => r.lane)).toEqual(['era', 'diplomatic']);
  });

  it('shows the eras as bands, and the years on the axis', () => {
    const picture = pictureOf(events, null);
    expect(picture.bands).toHaveLength(1);
    expect(picture.bands[0]!.to).toBeGreaterThan(picture.bands[0]!.from);
    expect(picture.ticks.length).toBeGreaterThan(2);
    expect(picture.ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
  });

  it('draws counts where the timeline draws counts', () => {
    const many = Array.from({ length: ITEM_LIMIT * 2 }, (_, i) =>
      event(`e${String(i)}`, new Date(utc(1900) + i * DAY).toISOString().slice(0, 10)),
    );
    const picture = pictureOf(many, { start: utc(1900, 2), end: utc(1900, 8) });
    const counts = picture.marks.filter((m) => m.kind === 'count');
    expect(counts.length).toBeGreaterThan(0);
    expect(picture.marks.filter((m) => m.kind === 'point')).toEqual([]);
    expect(counts.every((m) => (m.count ?? 0) > 0)).toBe(true);
    expect(picture.rows.at(-1)!.lane).toBeUndefined();
  });
});
