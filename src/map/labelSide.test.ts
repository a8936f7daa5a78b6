import { describe, expect, it } from 'vitest';
import { labelSide } from './labelSide';

describe('labelSide', () => {
  it('keeps the side a name was given while it fits inside the map', () => {
    expect(labelSide('right', 100, 150, 600)).toBe('right');
    expect(labelSide('left', 500, 150, 600)).toBe('left');
  });

  it('moves a name that would run past the map’s edge to the other side of its place', () => {
    // A place 80 px from the right edge, its name 150 px long.
    expect(labelSide('right', 520, 150, 600)).toBe('left');
    expect(labelSide('left', 40, 150, 600)).toBe('right');
  });

  it('keeps the given side when neither fits (a map narrower than the name)', () => {
    expect(labelSide('right', 100, 250, 300)).toBe('right');
    expect(labelSide('left', 100, 250, 300)).toBe('left');
  });
});
