import { describe, expect, it } from 'vitest';
import { TOUR_MAX_MS, TOUR_MIN_MS, tourStepMs } from './tour';

describe('tourStepMs', () => {
  it('gives a short text the minimum time', () => {
    expect(tourStepMs('Fiftieth anniversary of relations')).toBe(TOUR_MIN_MS);
  });

  it('grows with the number of words to read', () => {
    const sixty = Array.from({ length: 60 }, () => 'word').join(' ');
    // 60 words at 180 words a minute: 20 s, plus the time to look at the map.
    expect(tourStepMs(sixty)).toBe(22500);
    expect(tourStepMs(`${sixty} ${sixty}`)).toBe(TOUR_MAX_MS);
  });
});
