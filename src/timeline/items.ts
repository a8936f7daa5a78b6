import { formatDateRange, periodEndMs, periodStartMs } from '../data/dates';
import type { TimelineEvent } from '../data/types';

export interface TimelineItemSpec {
  id: string;
  start: Date;
  end?: Date;
  type: 'box' | 'range' | 'background';
  className: string;
  /** An element, never an HTML string: dataset text stays text. */
  content: HTMLElement;
}

/**
 * Builds the DOM node shown inside a timeline item. The title goes in as
 * textContent; the element carries the event id and an accessible name.
 */
export function itemContent(event: TimelineEvent, doc: Document = document): HTMLElement {
  const el = doc.createElement('span');
  el.className = 'tl-item-content';
  el.dataset.eventId = event.id;
  const date = formatDateRange(event.start, event.end);
  el.title = `${event.title} (${date})`;
  const marker = doc.createElement('span');
  marker.className = `cat-shape cat-shape-${event.category}`;
  marker.setAttribute('aria-hidden', 'true');
  const label = doc.createElement('span');
  label.className = 'tl-item-title';
  label.textContent = event.title;
  el.append(marker, label);
  return el;
}

export function buildItem(event: TimelineEvent, doc: Document = document): TimelineItemSpec {
  const start = new Date(periodStartMs(event.start));
  const base = {
    id: event.id,
    start,
    className: `cat-${event.category}`,
    content: itemContent(event, doc),
  };
  if (event.category === 'era') {
    return { ...base, type: 'background', end: new Date(periodEndMs(event.end ?? event.start)) };
  }
  if (event.end) {
    return { ...base, type: 'range', end: new Date(periodEndMs(event.end)) };
  }
  return { ...base, type: 'box' };
}
