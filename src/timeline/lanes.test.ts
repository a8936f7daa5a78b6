import { describe, expect, it } from 'vitest';
import type { Category, TimelineEvent } from '../data/types';
import { fitLabel, layoutRows, LANES, sameRows } from './lanes';

const YEAR = 365.25 * 24 * 3600 * 1000;

function event(id: string, category: Category): TimelineEvent {
  return {
    id,
    title: id,
    summary: 's',
    start: '2000',
    category,
    places: [],
    sources: [{ source: 's', quote: 'q' }],
  };
}

/** Events with [startYear, endYear] spans (endYear = startYear for a point). */
function layout(items: [string, Category, number, number][], pxPerYear = 20) {
  const events = items.map(([id, c]) => event(id, c));
  const spans = {
    start: items.map(([, , s]) => s * YEAR),
    end: items.map(([, , , e]) => e * YEAR),
  };
  return layoutRows(events, spans, { pxPerMs: pxPerYear / YEAR, pointPx: 16, gapPx: 4 });
}

describe('layoutRows', () => {
  it('puts each category in its own lane, eras first, in a fixed order', () => {
    const { rows, rowOf } = layout([
      ['c', 'conflict', 2011, 2011],
      ['d', 'diplomatic', 1965, 1965],
      ['e', 'era', 1965, 1991],
    ]);
    expect(rows.map((r) => r.id)).toEqual(['era:0', 'diplomatic:0', 'conflict:0']);
    expect(rowOf.get('c')).toBe('conflict:0');
    expect(LANES[0]).toBe('era');
  });

  it('gives cooperation (health, education, aid) a lane of its own, after trade', () => {
    expect(LANES).toEqual([
      'era',
      'diplomatic',
      'political',
      'cultural',
      'economic',
      'cooperation',
      'conflict',
    ]);
    const { rowOf } = layout([
      ['vaccines', 'cooperation', 2022, 2022],
      ['shipment', 'economic', 2016, 2016],
    ]);
    expect(rowOf.get('vaccines')).toBe('cooperation:0');
  });

  it('shares a row between items that do not touch at the widest zoom', () => {
    const { rowOf } = layout([
      ['a', 'diplomatic', 1965, 1965],
      ['b', 'diplomatic', 1979, 1979],
      ['range', 'diplomatic', 1991, 2011],
      ['c', 'diplomatic', 2013, 2013],
    ]);
    expect(new Set(rowOf.values())).toEqual(new Set(['diplomatic:0']));
  });

  it('opens a new row for an item that would touch the previous one', () => {
    // 20 px a year: a 16 px marker plus 4 px of gap needs a year.
    const { rows, rowOf } = layout([
      ['a', 'political', 2017.2, 2017.2],
      ['b', 'political', 2017.5, 2017.5],
      ['c', 'political', 2018.3, 2018.3],
    ]);
    expect(rows).toHaveLength(2);
    expect([rowOf.get('a'), rowOf.get('b'), rowOf.get('c')]).toEqual([
      'political:0',
      'political:1',
      'political:0',
    ]);
  });

  it('keeps periods that share a boundary year apart', () => {
    const { rowOf } = layout([
      ['cold-war', 'era', 1965, 1992],
      ['post', 'era', 1991, 2012],
      ['civil', 'era', 2011, 2025],
    ]);
    expect([rowOf.get('cold-war'), rowOf.get('post'), rowOf.get('civil')]).toEqual([
      'era:0',
      'era:1',
      'era:0',
    ]);
  });

  it('gives the same rows whatever the order of the input', () => {
    const items: [string, Category, number, number][] = [
      ['a', 'economic', 1965, 2025],
      ['b', 'economic', 1991, 2012],
      ['c', 'economic', 2016, 2016],
      ['d', 'economic', 2022, 2022],
    ];
    const forward = layout(items).rowOf;
    const backward = layout([...items].reverse()).rowOf;
    expect([...backward.entries()].sort()).toEqual([...forward.entries()].sort());
  });
});

describe('sameRows', () => {
  const items: [string, Category, number, number][] = [
    ['a', 'political', 2017.2, 2017.2],
    ['b', 'political', 2017.5, 2017.5],
    ['c', 'political', 2018.3, 2018.3],
    ['e', 'era', 1965, 1991],
  ];
  it('tells a width that leaves every event in its row from one that moves one', () => {
    expect(sameRows(layout(items, 20), layout(items, 21))).toBe(true);
    // Wide enough that a and b no longer touch: b joins a's row.
    expect(sameRows(layout(items, 20), layout(items, 80))).toBe(false);
    expect(sameRows(layout(items, 20), layout(items.slice(0, 3), 20))).toBe(false);
    const moved = layout(items, 20);
    moved.rowOf.set('c', moved.rowOf.get('b')!);
    expect(sameRows(layout(items, 20), moved)).toBe(false);
  });
});

describe('fitLabel', () => {
  // One pixel per character makes the arithmetic visible.
  const measure = (s: string) => s.length;

  it('keeps a label that fits', () => {
    expect(fitLabel('Cuba stands by the Assad government', 40, measure)).toBe(
      'Cuba stands by the Assad government',
    );
  });

  it('cuts between words and ends with an ellipsis', () => {
    expect(fitLabel('Cuba stands by the Assad government', 22, measure)).toBe(
      'Cuba stands by the…',
    );
  });

  it('never ends on a dash or punctuation before the ellipsis', () => {
    expect(fitLabel('End of the Cold War: the Soviet Union is dissolved', 21, measure)).toBe(
      'End of the Cold War…',
    );
  });

  it('shows nothing when not even one word fits', () => {
    expect(fitLabel('Establishment of relations', 5, measure)).toBe('');
  });

  it('cuts Arabic between words too', () => {
    expect(fitLabel('كوبا تقف إلى جانب حكومة الأسد', 15, measure)).toBe('كوبا تقف إلى…');
  });
});
