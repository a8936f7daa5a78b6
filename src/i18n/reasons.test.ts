import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../data/types';
import { MAP_ADJUSTED_REASON, parseUrlState, WINDOW_ADJUSTED_REASON } from '../url/codec';
import { translateReason } from './reasons';

/** Links that make the codec give every reason it has. */
const HOSTILE = [
  '?nope=1',
  '?event=a&event=b',
  `?event=${'x'.repeat(2001)}`,
  `?q=${'y'.repeat(150)}`,
  `?q=${'z'.repeat(8100)}`,
  '?lang=fr',
  '?event=<b>',
  '?from=2020-01-01&to=1990-01-01',
  '?from=1965-13-45&to=1990-01-01',
  '?from=1990-01-01',
  '?map=1/2',
  '?map=0x1/2/3',
  `?map=1/${'9'.repeat(400)}/3`,
  '?map=25/0/0',
  '?map=4/95/20',
  '?cat=sport',
  '?cat=a%2Cb,<x>',
  '?cat=sport,golf',
  `?data=/${'a'.repeat(300)}.json`,
  '?data=/data/a b.json',
  '?data=//evil.example/x.json',
  '?data=/../x.json',
  '?data=/data/x.txt',
];

describe('translateReason', () => {
  const reasons = new Set([
    ...HOSTILE.flatMap((link) =>
      parseUrlState(link, { knownCategories: CATEGORIES }).ignored.map((i) => i.reason),
    ),
    // Given once the timeline and the map have shown the link's view.
    WINDOW_ADJUSTED_REASON,
    MAP_ADJUSTED_REASON,
  ]);

  it('covers the reasons the link codec gives', () => {
    expect(reasons.size).toBeGreaterThan(18);
  });

  it('translates every one of them into Spanish and Arabic', () => {
    for (const reason of reasons) {
      expect(translateReason('es', reason), reason).not.toBe(reason);
      expect(translateReason('ar', reason), reason).not.toBe(reason);
    }
  });

  it('keeps the numbers and names of the original', () => {
    expect(translateReason('es', 'longer than 2000 characters')).toBe('más de 2000 caracteres');
    expect(translateReason('es', 'needs a valid "to" as well')).toBe(
      'necesita también un "to" válido',
    );
    expect(translateReason('en', 'unknown parameter')).toBe('unknown parameter');
  });
});
