import { describe, expect, it } from 'vitest';
import { isFramed } from './framing';

describe('isFramed', () => {
  it('tells a top-level page from a framed one', () => {
    const top = {};
    expect(isFramed({ self: top, top })).toBe(false);
    expect(isFramed({ self: {}, top })).toBe(true);
  });
  it('assumes a frame when the browser refuses to compare', () => {
    const win = {
      self: {},
      get top(): unknown {
        throw new Error('denied');
      },
    };
    expect(isFramed(win)).toBe(true);
  });
});
