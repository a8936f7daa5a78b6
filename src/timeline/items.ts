import { formatDateRange } from '../data/dates';
import type { TimelineEvent } from '../data/types';
import { formatNumber, intlLocale, translate, type Language } from '../i18n';
import { eventText } from '../i18n/localize';
import type { Bucket } from './aggregate';

export interface TimelineItemSpec {
  id: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range' | 'background';
  group?: string;
  className: string;
  /** An element, never an HTML string: dataset text stays text. */
  content: HTMLElement;
}

/** Row of the count items shown for crowded windows. */
export const BUCKET_ROW = 'counts';

/** Id prefix of the background bands drawn for eras (ids cannot contain ':'). */
export const BAND_PREFIX = 'band::';

/**
 * Id prefix of the items drawn for events. vis-timeline keeps its items and
 * groups in plain objects keyed by id, where an event id such as "toString"
 * or "constructor" would find Object.prototype's member instead of nothing
 * ("e.hide is not a function"). Dataset ids cannot contain ':', so a prefixed
 * id never names a built-in member and never collides with a band or count.
 */
const EVENT_PREFIX = 'event:';

/** The vis-timeline item id of an event. */
export function itemIdOf(eventId: string): string {
  return `${EVENT_PREFIX}${eventId}`;
}

/** The event id of a vis-timeline item id, or undefined for bands and counts. */
export function eventIdOfItem(itemId: string | number): string | undefined {
  const id = String(itemId);
  return id.startsWith(EVENT_PREFIX) ? id.slice(EVENT_PREFIX.length) : undefined;
}

/**
 * The DOM node shown inside a timeline item. The title goes in as text; the
 * element carries the event id, the full title as its accessible name and
 * tooltip, and the full title again in `data-title`, from which the visible
 * label is fitted to the space the item has (see `fitLabel`).
 */
export function itemContent(
  event: TimelineEvent,
  lang: Language,
  doc: Document = document,
  /** Its evidence at a glance ("3 sources · 1 state"), for the tooltip. */
  evidence?: string,
): HTMLElement {
  const el = doc.createElement('span');
  el.className = 'tl-item-content';
  el.dataset.eventId = event.id;
  const date = formatDateRange(event.start, event.end, intlLocale(lang));
  const title = eventText(event, lang).title;
  el.title = evidence ? `${title} (${date})\n${evidence}` : `${title} (${date})`;
  el.dataset.title = title;
  const marker = doc.createElement('span');
  marker.className = `cat-shape cat-shape-${event.category}`;
  marker.setAttribute('aria-hidden', 'true');
  // What assistive technology reads: the whole title and the date, whatever
  // the visible label has room for.
  const name = doc.createElement('span');
  name.className = 'visually-hidden';
  name.textContent = `${title}, ${date}`;
  const label = doc.createElement('span');
  label.className = 'tl-item-title';
  label.setAttribute('aria-hidden', 'true');
  // dir=auto: a Latin-script title inside an Arabic timeline keeps its order.
  label.dir = 'auto';
  label.textContent = title;
  el.append(marker, name, label);
  return el;
}

/** A period shorter than this (a visit of a few days) is drawn as a point at its start. */
export const SHORT_PERIOD_MS = 45 * 24 * 3600 * 1000;

/** Whether an event is drawn as a bar (a period) rather than a point. */
export function isDrawnAsPeriod(event: TimelineEvent, span: { start: number; end: number }) {
  return event.category === 'era' || (!!event.end && span.end - span.start >= SHORT_PERIOD_MS);
}

/**
 * The item for one event, in its row: a point for a dated event (or a visit
 * of a few days), a bar for a period. Ends follow one rule everywhere: a
 * period "1965 – 1991" runs to the end of 1991 (`spans.end`, exclusive).
 */
export function buildItem(
  event: TimelineEvent,
  span: { start: number; end: number },
  row: string,
  lang: Language,
  doc: Document = document,
  evidence?: string,
): TimelineItemSpec {
  const base = {
    id: itemIdOf(event.id),
    start: new Date(span.start),
    group: row,
    className: `cat-${event.category}`,
    content: itemContent(event, lang, doc, evidence),
  };
  return isDrawnAsPeriod(event, span)
    ? { ...base, type: 'range', end: new Date(span.end) }
    : { ...base, type: 'point' };
}

export interface Band {
  id: string;
  start: number;
  end: number;
  /** `shared` marks the time two consecutive eras both include (e.g. 1991). */
  kind: 'even' | 'odd' | 'shared';
}

/**
 * Background bands for the eras, in order, that never overlap: where two
 * eras share a boundary year ("1965 – 1991", "1991 – 2011"), that year gets a
 * band of its own, drawn as shared by both, instead of two translucent bands
 * darkening each other.
 */
export function eraBands(eras: { id: string; start: number; end: number }[]): Band[] {
  const sorted = [...eras].sort((a, b) => a.start - b.start || a.end - b.end);
  const bands: Band[] = [];
  let from = -Infinity;
  sorted.forEach((era, i) => {
    const next = sorted[i + 1];
    const start = Math.max(era.start, from);
    const end = next ? Math.min(era.end, Math.max(next.start, start)) : era.end;
    if (end > start)
      bands.push({ id: `${BAND_PREFIX}${era.id}`, start, end, kind: i % 2 ? 'odd' : 'even' });
    from = end;
    if (next && era.end > next.start) {
      const sharedEnd = Math.min(era.end, next.end);
      bands.push({
        id: `${BAND_PREFIX}${era.id}::${next.id}`,
        start: Math.max(next.start, start),
        end: sharedEnd,
        kind: 'shared',
      });
      from = sharedEnd;
    }
  });
  return bands;
}

export function bandItem(band: Band, doc: Document = document): TimelineItemSpec {
  const el = doc.createElement('span');
  el.setAttribute('aria-hidden', 'true');
  return {
    id: band.id,
    start: new Date(band.start),
    end: new Date(band.end),
    type: 'background',
    className: `era-band era-band-${band.kind}`,
    content: el,
  };
}

/**
 * A count of the events starting in a slice of time; clicking it zooms in,
 * or, at the closest zoom (`closest`), opens the slice's first event.
 */
export function bucketItem(
  bucket: Bucket,
  lang: Language,
  doc: Document = document,
  closest = false,
): TimelineItemSpec {
  const el = doc.createElement('span');
  el.className = 'tl-item-content tl-bucket';
  el.dataset.bucket = String(bucket.count);
  // The number fits a narrow slice; the sentence goes in the tooltip and name.
  el.textContent = formatNumber(bucket.count, lang);
  el.title = translate(lang, closest ? 'timeline.clusterOpen' : 'timeline.cluster', {
    count: bucket.count,
  });
  el.setAttribute('aria-label', el.title);
  return {
    id: bucket.id,
    start: new Date(bucket.start),
    end: new Date(bucket.end),
    type: 'range',
    group: BUCKET_ROW,
    className: 'tl-bucket-item',
    content: el,
  };
}
