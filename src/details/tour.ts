/** Reading pace of the tour: words per minute of an unhurried reader. */
export const WORDS_PER_MINUTE = 180;
/** Time to take in the map and the timeline besides the text. */
export const TOUR_SETTLE_MS = 2500;
export const TOUR_MIN_MS = 4000;
export const TOUR_MAX_MS = 25000;

/** How long the tour stays on an event: long enough to read its title and summary. */
export function tourStepMs(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  const reading = (words / WORDS_PER_MINUTE) * 60_000;
  return Math.round(Math.min(TOUR_MAX_MS, Math.max(TOUR_MIN_MS, TOUR_SETTLE_MS + reading)));
}
