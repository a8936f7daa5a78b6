import { readFileSync } from 'node:fs';
import { sortEvents } from '../src/data/dates';
import type { Dataset } from '../src/data/types';

export const dataset = JSON.parse(
  readFileSync(new URL('../public/data/cuba-syria.json', import.meta.url), 'utf8'),
) as Dataset;

export function eventById(id: string) {
  const event = dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in the bundled dataset`);
  return event;
}

/** The events in the story's order (chapters open their years), as the app shows them. */
export const storyOrder = sortEvents(dataset.events);
