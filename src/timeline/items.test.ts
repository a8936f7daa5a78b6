import { describe, expect, it } from 'vitest';
import { eraBands } from './items';

const Y = (year: number) => Date.UTC(year, 0, 1);

describe('eraBands', () => {
  it('gives a year shared by two eras a band of its own, and overlaps nothing', () => {
    const bands = eraBands([
      { id: 'cold-war', start: Y(1965), end: Y(1992) },
      { id: 'post', start: Y(1991), end: Y(2012) },
      { id: 'civil', start: Y(2011), end: Y(2025) },
    ]);
    expect(
      bands.map((b) => [
        b.kind,
        new Date(b.start).getUTCFullYear(),
        new Date(b.end).getUTCFullYear(),
      ]),
    ).toEqual([
      ['even', 1965, 1991],
      ['shared', 1991, 1992],
      ['odd', 1992, 2011],
      ['shared', 2011, 2012],
      ['even', 2012, 2025],
    ]);
    for (let i = 1; i < bands.length; i++) expect(bands[i]!.start).toBe(bands[i - 1]!.end);
  });

  it('draws eras that do not touch as they are', () => {
    const bands = eraBands([
      { id: 'b', start: Y(2000), end: Y(2010) },
      { id: 'a', start: Y(1965), end: Y(1970) },
    ]);
    expect(bands.map((b) => [b.id, b.kind])).toEqual([
      ['band::a', 'even'],
      ['band::b', 'odd'],
    ]);
  });
});
