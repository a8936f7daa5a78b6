import { formatDateRange, periodEndMs, periodStartMs } from '../data/dates';
import type { TimelineEvent } from '../data/types';
import { formatNumber, intlLocale, translate, type Language } from '../i18n';
import type { Bucket } from './aggregate';
import { eventText } from '../i18n/localize';

export interface TimelineItemSpec {
  id: string;
  start: Date;
  end?: Date;
  type: 'box' | 'range' | 'background';
  group?: 'eras' | 'events';
  className: string;
  /** An element, never an HTML string: dataset text stays text. */
  content: HTMLElement;
}

/**
 * Builds the DOM node shown inside a timeline item. The title goes in as
 * textContent; the element carries the event id and an accessible name.
 */
export function itemContent(
  event: TimelineEvent,
  lang: Language,
  doc: Document = document,
): HTMLElement {
  const el = doc.createElement('span');
  el.className = 'tl-item-content';
  el.dataset.eventId = event.id;
  const date = formatDateRange(event.start, event.end, intlLocale(lang));
  const title = eventText(event, lang).title;
  el.title = `${title} (${date})`;
  const marker = doc.createElement('span');
  marker.className = `cat-shape cat-shape-${event.category}`;
  marker.setAttribute('aria-hidden', 'true');
  const label = doc.createElement('span');
  label.className = 'tl-item-title';
  label.textContent = title;
  el.append(marker, label);
  return el;
}

/** Lanes: eras get their own row at the top so their names are never hidden. */
export const GROUPS = [
  { id: 'eras', content: '' },
  { id: 'events', content: '' },
];

/** Suffix of the background band drawn for an era (ids cannot contain ':'). */
export const BAND_SUFFIX = '::band';

/**
 * The timeline items for one event: a box for a dated event, a range for a
 * period, and for an era a labelled range in the era lane plus a background
 * band across all lanes.
 */
export function buildItems(
  event: TimelineEvent,
  lang: Language,
  doc: Document = document,
): TimelineItemSpec[] {
  const start = new Date(periodStartMs(event.start));
  const base = {
    id: event.id,
    start,
    className: `cat-${event.category}`,
    content: itemContent(event, lang, doc),
  };
  if (event.category === 'era') {
    const end = new Date(periodEndMs(event.end ?? event.start));
    const band = doc.createElement('span');
    band.setAttribute('aria-hidden', 'true');
    return [
      { ...base, group: 'eras', type: 'range', end },
      {
        id: `${event.id}${BAND_SUFFIX}`,
        start,
        end,
        type: 'background',
        className: 'cat-era era-band',
        content: band,
      },
    ];
  }
  if (event.end) {
    return [{ ...base, group: 'events', type: 'range', end: new Date(periodEndMs(event.end)) }];
  }
  return [{ ...base, group: 'events', type: 'box' }];
}

/**
 * Items for events in chronological order. Eras that share a year at their
 * boundary (Cold War 1965–1991, post-Cold War 1991–2011) would stack in the
 * era lane; the earlier one's label is cut where the next begins so that the
 * lane stays one row. The background bands keep the full periods.
 */
export function buildAllItems(
  events: readonly TimelineEvent[],
  lang: Language,
  doc: Document = document,
): TimelineItemSpec[] {
  const out = events.flatMap((e) => buildItems(e, lang, doc));
  const lane = out
    .filter((i) => i.group === 'eras')
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  for (let i = 0; i + 1 < lane.length; i++) {
    const current = lane[i]!;
    const next = lane[i + 1]!;
    if (current.end && current.end > next.start && next.start > current.start)
      current.end = next.start;
  }
  return out;
}

/** A count of the events starting in a slice of time; clicking it zooms in. */
export function bucketItem(
  bucket: Bucket,
  lang: Language,
  doc: Document = document,
): TimelineItemSpec {
  const el = doc.createElement('span');
  el.className = 'tl-item-content tl-bucket';
  el.dataset.bucket = String(bucket.count);
  // The number fits a narrow slice; the sentence goes in the tooltip and name.
  el.textContent = formatNumber(bucket.count, lang);
  el.title = translate(lang, 'timeline.cluster', { count: bucket.count });
  el.setAttribute('aria-label', el.title);
  return {
    id: bucket.id,
    start: new Date(bucket.start),
    end: new Date(bucket.end),
    type: 'range',
    group: 'events',
    className: 'tl-bucket-item',
    content: el,
  };
}
