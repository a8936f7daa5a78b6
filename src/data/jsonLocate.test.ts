import { describe, expect, it } from 'vitest';
import { locatePaths, parsePath } from './jsonLocate';

describe('parsePath', () => {
  it('reads the paths formatPath writes', () => {
    expect(parsePath('(root)')).toEqual([]);
    expect(parsePath('events[3].start')).toEqual(['events', 3, 'start']);
    expect(parsePath('events[0].i18n.es')).toEqual(['events', 0, 'i18n', 'es']);
    expect(parsePath('a["b c"][2]')).toEqual(['a', 'b c', 2]);
    expect(parsePath('a["say \\"hi\\""]')).toEqual(['a', 'say "hi"']);
  });

  it('refuses what is not a path', () => {
    expect(parsePath('events[')).toBeNull();
    expect(parsePath('.events')).toBeNull();
  });
});

describe('locatePaths', () => {
  const text = [
    '{',
    '  "title": "T",',
    '  "events": [',
    '    { "id": "a", "start": "2000", "places": ["x", "y"] },',
    '    {',
    '      "id": "b",',
    '      "nested": { "deep": [1, { "k": "v" }] },',
    '      "start": "not a date"',
    '    }',
    '  ],',
    '  "weird key": true',
    '}',
  ].join('\n');

  it('gives the line and column of each value', () => {
    expect(
      locatePaths(text, [
        'title',
        'events[0].start',
        'events[0].places[1]',
        'events[1].start',
        'events[1].nested.deep[1].k',
        '["weird key"]',
        '(root)',
      ]),
    ).toEqual([
      { line: 2, column: 12 },
      { line: 4, column: 27 },
      { line: 4, column: 51 },
      { line: 8, column: 16 },
      { line: 7, column: 38 },
      { line: 11, column: 16 },
      { line: 1, column: 1 },
    ]);
  });

  it('locates a missing field at the entry that lacks it', () => {
    expect(locatePaths(text, ['events[1].summary', 'events[7].id'])).toEqual([
      { line: 5, column: 5 },
      { line: 3, column: 13 },
    ]);
  });

  it('is not misled by brackets, quotes and escapes inside text', () => {
    const tricky = '{"a": "x]}\\"{[", "b": [ "]", {"c": 1} ]}';
    expect(locatePaths(tricky, ['b[1].c'])).toEqual([{ line: 1, column: 36 }]);
  });

  it('says null for a path it cannot read', () => {
    expect(locatePaths(text, ['events[', 'title'])).toEqual([null, { line: 2, column: 12 }]);
  });
});
