/**
 * The events shown (after category filters and search) in formats other
 * tools read: CSV (RFC 4180, UTF-8), GeoJSON (RFC 7946), iCalendar (RFC 5545)
 * and the dataset's own JSON. Pure functions: no DOM, no store. They are
 * loaded only when the reader exports.
 */
import { threadsWithin } from '../data/threads';
import type { Dataset, TimelineEvent } from '../data/types';
import { translate, type Language } from '../i18n';
import { datasetTitle } from '../i18n/localize';
import { pagePath } from '../url/paths';
import { csvEncoder } from './csv';
import { encodeAll, indexForExport, type Encoder, type ExportContext } from './encode';
import { geoJsonEventsEncoder, geoJsonPlacesEncoder } from './geojson';
import { icsEncoder, type IcsLayout } from './ics';

/** What the Export menu offers; a format may come in two layouts. */
export { CSV_COLUMNS } from './csv';

export type ExportFormat =
  'csv' | 'geojson' | 'geojson-places' | 'ics' | 'ics-anniversaries' | 'json';

export const EXTENSION: Record<ExportFormat, string> = {
  csv: 'csv',
  geojson: 'geojson',
  'geojson-places': 'geojson',
  ics: 'ics',
  'ics-anniversaries': 'ics',
  json: 'json',
};

export const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  geojson: 'application/geo+json',
  'geojson-places': 'application/geo+json',
  ics: 'text/calendar;charset=utf-8',
  'ics-anniversaries': 'text/calendar;charset=utf-8',
  json: 'application/json',
};

/**
 * "cuba-syria-relations-2026-11-29.csv": the dataset's title, the layout
 * when it is not the first of its format, the day of the export and the
 * language when it is not English.
 */
export function exportFileName(
  dataset: Dataset,
  format: ExportFormat,
  today: Date,
  lang: Language = 'en',
): string {
  const slug = dataset.title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const layout = format.includes('-') ? `-${format.slice(format.indexOf('-') + 1)}` : '';
  const day = today.toISOString().slice(0, 10);
  const suffix = lang === 'en' ? '' : `-${lang}`;
  return `${slug || 'events'}${layout}-${day}${suffix}.${EXTENSION[format]}`;
}

/**
 * The dataset's own format, holding only the shown events, the places and
 * sources they name, and the dataset's title, licence and translations:
 * loadable again with `data=` and valid for `npm run check-data`.
 */
export function jsonEncoder(dataset: Dataset, events: readonly TimelineEvent[]): Encoder {
  const placeIds = new Set(events.flatMap((e) => e.places));
  const sourceIds = new Set(
    events.flatMap((e) => [
      ...e.sources.map((c) => c.source),
      ...(e.furtherSources ?? []),
      ...(e.disputes ?? []).flatMap((d) => d.sources ?? []),
    ]),
  );
  const threads = threadsWithin(dataset.threads ?? [], new Set(events.map((e) => e.id)));
  const rest: Omit<Dataset, 'events'> = {
    title: dataset.title,
    ...(dataset.languages ? { languages: dataset.languages } : {}),
    parties: dataset.parties,
    ...(dataset.license ? { license: dataset.license } : {}),
    sources: dataset.sources.filter((s) => sourceIds.has(s.id)),
    ...(dataset.i18n ? { i18n: dataset.i18n } : {}),
    places: dataset.places.filter((p) => placeIds.has(p.id)),
    // The threads that still link two shown events or more, with those events only.
    ...(threads.length > 0 ? { threads } : {}),
  };
  const open = JSON.stringify(rest, null, 2).replace(/\n}$/, ',\n  "events": [');
  let written = 0;
  return {
    head: open,
    item(event) {
      const text = JSON.stringify(event, null, 2).replace(/\n/g, '\n    ');
      return `${written++ === 0 ? '' : ','}\n    ${text}`;
    },
    tail: () => `${written ? '\n  ' : ''}]\n}\n`,
    count: () => written,
  };
}

export interface EncoderInput {
  dataset: Dataset;
  /** The events to export, in chronological order. */
  events: readonly TimelineEvent[];
  ctx: ExportContext;
  /** The time of the export. */
  now: Date;
  /** The dataset's address (`data=`), part of what makes calendar UIDs unique. */
  source: string;
}

/** The encoder of a format, for the shown events. */
export function encoderFor(format: ExportFormat, input: EncoderInput): Encoder {
  const { dataset, events, ctx } = input;
  const name = datasetTitle(dataset, ctx.lang);
  switch (format) {
    case 'csv':
      return csvEncoder(ctx);
    case 'geojson':
      return geoJsonEventsEncoder(ctx, name);
    case 'geojson-places':
      return geoJsonPlacesEncoder(ctx, name, dataset.places, events);
    case 'ics':
    case 'ics-anniversaries': {
      const layout: IcsLayout = format === 'ics' ? 'events' : 'anniversaries';
      return icsEncoder(ctx, {
        layout,
        name,
        namespace: `${dataset.title}\u0000${input.source}`,
        now: input.now,
      });
    }
    case 'json':
      return jsonEncoder(dataset, events);
  }
}

/** The whole file at once. */
export function exportText(format: ExportFormat, input: EncoderInput): string {
  return encodeAll(encoderFor(format, input), input.events);
}

/** Options of the one-call exports below; the app passes its own addresses and clock. */
export interface QuickExportOptions {
  /** The absolute address of an event's page (default: its path on this site). */
  eventUrl?: (id: string) => string;
  now?: Date;
  /** The dataset's address (`data=`). */
  source?: string;
}

function quickInput(
  events: readonly TimelineEvent[],
  dataset: Dataset,
  lang: Language,
  options: QuickExportOptions,
): EncoderInput {
  return {
    dataset,
    events,
    now: options.now ?? new Date(),
    source: options.source ?? '',
    ctx: {
      lang,
      index: indexForExport(dataset, events),
      eventUrl: options.eventUrl ?? ((id) => pagePath(import.meta.env.BASE_URL, lang, id)),
      t: (key, params) => translate(lang, key, params),
    },
  };
}

/** The CSV of `events`, whole. */
export function toCsv(
  events: readonly TimelineEvent[],
  dataset: Dataset,
  lang: Language = 'en',
  options: QuickExportOptions = {},
): string {
  return exportText('csv', quickInput(events, dataset, lang, options));
}

/** The GeoJSON of `events`, whole: a feature per event and place, or per place. */
export function toGeoJson(
  events: readonly TimelineEvent[],
  dataset: Dataset,
  lang: Language = 'en',
  layout: 'events' | 'places' = 'events',
  options: QuickExportOptions = {},
): string {
  const format = layout === 'places' ? 'geojson-places' : 'geojson';
  return exportText(format, quickInput(events, dataset, lang, options));
}

/** The iCalendar of `events`, whole, in either layout. */
export function toIcs(
  events: readonly TimelineEvent[],
  dataset: Dataset,
  lang: Language = 'en',
  options: QuickExportOptions & { layout?: IcsLayout } = {},
): string {
  const format = options.layout === 'anniversaries' ? 'ics-anniversaries' : 'ics';
  return exportText(format, quickInput(events, dataset, lang, options));
}

/** The dataset's own JSON holding `events` and what they name. */
export function toJson(events: readonly TimelineEvent[], dataset: Dataset): string {
  return encodeAll(jsonEncoder(dataset, events), events);
}
