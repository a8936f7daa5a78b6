/**
 * What every export format shares: the indexes it looks places and sources
 * up in (maps by id, built once, so that no format scans a list per event),
 * the period of an event as whole days, and a driver that writes a file a
 * slice at a time, so that exports of many thousands of events never freeze
 * the page and can be cancelled. Pure: no DOM, no store.
 */
import { daysInMonth, parseIsoDate, DAY_MS } from '../data/dates';
import type { Dataset, Place, Source, TimelineEvent } from '../data/types';
import type { Language, MessageKey, Params } from '../i18n';
import { macrotask } from '../lib/tasks';

/** Places and sources by id, and the events at each place (in chronological order). */
export interface ExportIndex {
  placesById: ReadonlyMap<string, Place>;
  sourcesById: ReadonlyMap<string, Source>;
  /** Every event naming a place, by place id; an event appears once per place it names. */
  eventsByPlace: ReadonlyMap<string, readonly TimelineEvent[]>;
}

/**
 * Builds the indexes in one pass over places, sources and events. The app's
 * view-model holds the same maps; callers that have them pass those instead.
 */
export function indexForExport(
  dataset: Pick<Dataset, 'places' | 'sources'>,
  events: readonly TimelineEvent[],
): ExportIndex {
  const eventsByPlace = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    for (const id of new Set(event.places)) {
      const list = eventsByPlace.get(id);
      if (list) list.push(event);
      else eventsByPlace.set(id, [event]);
    }
  }
  return {
    placesById: new Map(dataset.places.map((p) => [p.id, p])),
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
    eventsByPlace,
  };
}

/** What a format needs besides the events: the language, the indexes, the addresses, the words. */
export interface ExportContext {
  lang: Language;
  index: ExportIndex;
  /** The absolute address of an event's page. */
  eventUrl: (id: string) => string;
  /** Interface text in `lang` (for notes written into the file). */
  t: (key: MessageKey, params?: Params) => string;
}

/** The places an event names, in its order, each once; unknown ids are skipped. */
export function placesOf(event: TimelineEvent, index: ExportIndex): Place[] {
  const out: Place[] = [];
  const ids = event.places;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    // Lists are short: a scan beats a Set per event.
    if (ids.indexOf(id) !== i) continue;
    const place = index.placesById.get(id);
    if (place) out.push(place);
  }
  return out;
}

/** The sources an event names (quoted first, then further sources), each once. */
export function sourcesOf(event: TimelineEvent, index: ExportIndex): Source[] {
  const ids = new Set([...event.sources.map((c) => c.source), ...(event.furtherSources ?? [])]);
  const out: Source[] = [];
  for (const id of ids) {
    const source = index.sourcesById.get(id);
    if (source) out.push(source);
  }
  return out;
}

/** "Granma: Title <https://…>", or "AFP (via El Punto Crítico): …". */
export function sourceLine(source: Source): string {
  const publisher = source.via ? `${source.publisher} (via ${source.via})` : source.publisher;
  return `${publisher}: ${source.title} <${source.url}>`;
}

/** An event's period in whole UTC days: its first day and the number of days it covers. */
export interface DaySpan {
  /** UTC ms of the first day. */
  startMs: number;
  /** Days covered, at least 1 ("1979-09": 30; "1965" – "1991": 9,862). */
  days: number;
  /** "1965-08-11", the first day (four-digit year). */
  firstDay: string;
  /** "1991-12-31", the last day. */
  lastDay: string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** UTC ms of a day; years 1–99 stay themselves (Date.UTC would read them as 1901–1999). */
function utcDay(year: number, month: number, day: number): number {
  if (year >= 100) return Date.UTC(year, month - 1, day);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/**
 * The period as whole days, written from the date's parts (no Date object
 * per event: exports call this for every event).
 *
 * @throws RangeError if a date is invalid (callers pass validated data).
 */
export function daySpan(event: Pick<TimelineEvent, 'start' | 'end'>): DaySpan {
  const start = parseIsoDate(event.start);
  const end = event.end === undefined ? start : parseIsoDate(event.end);
  if (!start || !end) throw new RangeError(`Invalid date in ${event.start}–${event.end ?? ''}`);
  const firstMonth = start.month ?? 1;
  const firstDate = start.day ?? 1;
  const lastMonth = end.month ?? 12;
  const lastDate = end.day ?? daysInMonth(end.year, lastMonth);
  const startMs = utcDay(start.year, firstMonth, firstDate);
  const endMs = Math.max(utcDay(end.year, lastMonth, lastDate) + DAY_MS, startMs + DAY_MS);
  return {
    startMs,
    days: Math.round((endMs - startMs) / DAY_MS),
    firstDay: `${pad(start.year, 4)}-${pad(firstMonth, 2)}-${pad(firstDate, 2)}`,
    lastDay: `${pad(end.year, 4)}-${pad(lastMonth, 2)}-${pad(lastDate, 2)}`,
  };
}

/**
 * "day", "month" or "year": how precisely the sources date the event. A
 * period whose ends differ in precision gives both, "day/year".
 */
export function precisionOf(event: Pick<TimelineEvent, 'start' | 'end'>): string {
  const start = parseIsoDate(event.start)?.precision ?? '';
  const end = event.end === undefined ? start : (parseIsoDate(event.end)?.precision ?? '');
  return start === end ? start : `${start}/${end}`;
}

/**
 * A file in three parts: `head`, one piece per event (possibly empty), and
 * `tail`. Writing it is linear in the events; `encodeInSlices` writes it a
 * slice at a time.
 */
export interface Encoder {
  head: string;
  item: (event: TimelineEvent, index: number) => string;
  tail: (written: number) => string;
  /** How many entries the file holds once written (features, calendar entries, rows). */
  count: () => number;
}

/** The whole file at once (tests, small exports). */
export function encodeAll(encoder: Encoder, events: readonly TimelineEvent[]): string {
  const parts = [encoder.head];
  events.forEach((e, i) => parts.push(encoder.item(e, i)));
  parts.push(encoder.tail(events.length));
  return parts.join('');
}

export interface SliceOptions {
  signal?: AbortSignal;
  /** Called after each slice with the events written so far. */
  onProgress?: (done: number, total: number) => void;
  /** How long one slice may run before the page gets a turn, in ms. */
  sliceMs?: number;
  /** Lets the page run (a macrotask by default). */
  yieldToPage?: () => Promise<void>;
  /** The clock, in ms. */
  now?: () => number;
}

export class ExportCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'AbortError';
  }
}

/**
 * Writes the file a slice at a time: each slice runs for about `sliceMs`,
 * then the page gets a turn (to paint the progress, to take a click on
 * Cancel). Returns the file's parts, ready for a Blob (no single huge string).
 *
 * @throws ExportCancelled once `signal` is aborted.
 */
export async function encodeInSlices(
  encoder: Encoder,
  events: readonly TimelineEvent[],
  options: SliceOptions = {},
): Promise<string[]> {
  const { signal, onProgress, sliceMs = 12, yieldToPage = macrotask } = options;
  const now = options.now ?? (() => performance.now());
  const parts = [encoder.head];
  let i = 0;
  while (i < events.length) {
    if (signal?.aborted) throw new ExportCancelled();
    const until = now() + sliceMs;
    // At least one event per slice, then as many as fit in the time.
    do {
      parts.push(encoder.item(events[i]!, i));
      i++;
    } while (i < events.length && (i & 31 || now() < until));
    onProgress?.(i, events.length);
    if (i < events.length) await yieldToPage();
  }
  if (signal?.aborted) throw new ExportCancelled();
  parts.push(encoder.tail(events.length));
  onProgress?.(events.length, events.length);
  return parts;
}
