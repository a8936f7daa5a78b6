import { describe, expect, it } from 'vitest';
import type { Placed } from './content';
import { planLabels, POINT_CHROME_PX, type LabelItem } from './labels';

/** 1 ms of time is 1 px: a window of 1000 ms drawn 1000 px wide. */
const WINDOW = { start: 0, end: 1000 };
const measure = (text: string) => text.length * 10;
const point = (
  id: string,
  title: string,
  start: number,
  more: Partial<Placed> = {},
): LabelItem => ({
  id,
  title,
  placed: {
    start,
    end: start,
    range: false,
    previous: -Infinity,
    next: Infinity,
    row: 'r',
    ...more,
  },
});

describe('planLabels', () => {
  it('shows a whole title that fits before the next item of its row', () => {
    const plans = planLabels(
      [point('a', 'Short', 100, { next: 400 })],
      null,
      WINDOW,
      1000,
      measure,
    );
    expect(plans.get('a')).toEqual({ text: 'Short', flipped: false });
  });

  it('cuts a title that does not fit between words, never past the next item', () => {
    const title = 'Agreement on cultural cooperation';
    const plans = planLabels([point('a', title, 100, { next: 300 })], null, WINDOW, 1000, measure);
    const text = plans.get('a')!.text;
    expect(text.endsWith('…')).toBe(true);
    expect(title.startsWith(text.slice(0, -1))).toBe(true);
    expect(measure(text) + POINT_CHROME_PX).toBeLessThanOrEqual(200);
  });

  it('stops at the edge of the window', () => {
    const plans = planLabels([point('a', 'A long title here', 900)], null, WINDOW, 1000, measure);
    expect(measure(plans.get('a')!.text) + POINT_CHROME_PX).toBeLessThanOrEqual(100);
  });

  it('shows no label for a point before the window (it would begin mid-title)', () => {
    const plans = planLabels(
      [point('a', 'Relations established', -5)],
      null,
      WINDOW,
      1000,
      measure,
    );
    expect(plans.get('a')!.text).toBe('');
  });

  it('gives a bar the visible part of its length', () => {
    const bar: LabelItem = {
      id: 'era',
      title: 'Cold War era',
      placed: { start: -500, end: 60, range: true, previous: -Infinity, next: Infinity, row: 'e' },
    };
    expect(planLabels([bar], null, WINDOW, 1000, measure).get('era')!.text).toBe('');
    bar.placed.end = 500;
    expect(planLabels([bar], null, WINDOW, 1000, measure).get('era')!.text).toBe('Cold War era');
  });

  it('turns the selected label back when there is more room before it, and the item before yields', () => {
    const items = [
      point('before', 'Earlier event', 200, { next: 800 }),
      point('sel', 'The selected event title', 800, { previous: 200, next: 850 }),
    ];
    const plans = planLabels(items, 'sel', WINDOW, 1000, measure);
    expect(plans.get('sel')).toEqual({ text: 'The selected event title', flipped: true });
    // The selected label runs back from 800 to 800 - (240 + 30) = 530: the
    // earlier label must end before it.
    expect(200 + POINT_CHROME_PX + measure(plans.get('before')!.text)).toBeLessThanOrEqual(530);
  });

  it('keeps the selected label after its point when it fits there', () => {
    const items = [point('sel', 'Fits', 100, { previous: 50, next: 900 })];
    expect(planLabels(items, 'sel', WINDOW, 1000, measure).get('sel')).toEqual({
      text: 'Fits',
      flipped: false,
    });
  });

  it('never lets the selected label run over the next item of its row', () => {
    const items = [
      point('sel', 'A selected event with a long title', 400, { previous: 380, next: 500 }),
      point('next', 'Next', 500, { previous: 400 }),
    ];
    const plan = planLabels(items, 'sel', WINDOW, 1000, measure).get('sel')!;
    expect(plan.flipped).toBe(false);
    expect(400 + POINT_CHROME_PX + measure(plan.text)).toBeLessThanOrEqual(500);
  });
});
