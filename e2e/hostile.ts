import type { Page } from '@playwright/test';
import type { Dataset, Place, TimelineEvent } from '../src/data/types';

/** The one source every test event cites. */
const SOURCE = {
  id: 's',
  title: 'Test source',
  publisher: 'Tests',
  url: 'https://example.org/',
  kind: 'wire',
} as const;

export const PLACE: Place = {
  id: 'p',
  name: 'Somewhere',
  lat: 10,
  lng: 10,
  precision: 'city',
};

/** An event with everything required; `fields` override the defaults. */
export function testEvent(id: string, start: string, fields: Partial<TimelineEvent> = {}) {
  return {
    id,
    title: `Event ${id}`,
    summary: `Summary of ${id}.`,
    start,
    category: 'cultural',
    places: ['p'],
    sources: [{ source: 's', quote: 'q' }],
    ...fields,
  } satisfies TimelineEvent;
}

/** A small valid dataset around `events` (and `places`, one by default). */
export function testDataset(
  events: TimelineEvent[],
  places: Place[] = [PLACE],
  title = 'Test dataset',
): Dataset {
  return { title, parties: ['A', 'B'], sources: [{ ...SOURCE }], places, events };
}

/** Serves `body` (a dataset object or raw text) at `path` on the app's origin. */
export async function serveDataset(page: Page, path: string, body: unknown) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  await page.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ contentType: 'application/json', body: text }),
  );
}
