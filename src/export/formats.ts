/**
 * The events shown (after category filters and search) in formats other
 * tools read: CSV (RFC 4180, UTF-8), GeoJSON (RFC 7946), iCalendar (RFC 5545)
 * and the dataset's own JSON. Pure functions: no DOM, no store. They are
 * loaded only when the reader exports.
 */
import { createEvents, type EventAttributes } from 'ics';
import Papa from 'papaparse';
import { formatDateRange, parseIsoDate, periodEndMs, periodStartMs } from '../data/dates';
import { threadsWithin } from '../data/threads';
import type { Dataset, Place, Source, TimelineEvent } from '../data/types';
import { intlLocale, type Language } from '../i18n';
import { datasetTitle, eventText, placeText } from '../i18n/localize';

export type ExportFormat = 'csv' | 'geojson' | 'ics' | 'json';

export const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  geojson: 'application/geo+json',
  ics: 'text/calendar;charset=utf-8',
  json: 'application/json',
};

/** "cuba-syria-relations-2026-11-29.csv": the dataset's title and the day of the export. */
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
  const day = today.toISOString().slice(0, 10);
  const suffix = lang === 'en' ? '' : `-${lang}`;
  return `${slug || 'events'}-${day}${suffix}.${format}`;
}

function placesOf(event: TimelineEvent, dataset: Dataset): Place[] {
  return event.places.flatMap((id) => dataset.places.find((p) => p.id === id) ?? []);
}

function sourcesOf(event: TimelineEvent, dataset: Dataset): Source[] {
  const ids = [...event.sources.map((c) => c.source), ...(event.furtherSources ?? [])];
  return [...new Set(ids)].flatMap((id) => dataset.sources.find((s) => s.id === id) ?? []);
}

/** "Granma: Title <https://…>" */
function sourceLine(source: Source): string {
  const publisher = source.via ? `${source.publisher} (via ${source.via})` : source.publisher;
  return `${publisher}: ${source.title}${source.url ? ` <${source.url}>` : ''}`;
}

export const CSV_COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'precision',
  'category',
  'places',
  'summary',
  'sources',
] as const;

/**
 * CSV with a header row, quoted where needed (RFC 4180, CRLF line ends),
 * preceded by a byte-order mark so that spreadsheets read it as UTF-8
 * (Arabic included). Text is in the shown language.
 */
export function toCsv(events: readonly TimelineEvent[], dataset: Dataset, lang: Language): string {
  const rows = events.map((e) => {
    const text = eventText(e, lang);
    return {
      id: e.id,
      title: text.title,
      start: e.start,
      end: e.end ?? '',
      precision: parseIsoDate(e.start)?.precision ?? '',
      category: e.category,
      places: placesOf(e, dataset)
        .map((p) => placeText(p, lang).name)
        .join('; '),
      summary: text.summary,
      sources: sourcesOf(e, dataset).map(sourceLine).join(' | '),
    };
  });
  const csv = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows.map((r) => CSV_COLUMNS.map((c) => r[c])) },
    { newline: '\r\n', quotes: false, escapeFormulae: true },
  );
  return `\uFEFF${csv}\r\n`;
}

/**
 * GeoJSON (RFC 7946): one Point Feature per place, with the place's events
 * (id, title, dates, category, summary) as properties. Coordinates are
 * [longitude, latitude].
 */
export function toGeoJson(
  events: readonly TimelineEvent[],
  dataset: Dataset,
  lang: Language,
): string {
  const features = dataset.places.flatMap((place) => {
    const here = events.filter((e) => e.places.includes(place.id));
    if (here.length === 0) return [];
    const text = placeText(place, lang);
    return [
      {
        type: 'Feature' as const,
        id: place.id,
        geometry: { type: 'Point' as const, coordinates: [place.lng, place.lat] },
        properties: {
          name: text.name,
          precision: place.precision,
          ...(text.precisionNote ? { precisionNote: text.precisionNote } : {}),
          events: here.map((e) => ({
            id: e.id,
            title: eventText(e, lang).title,
            start: e.start,
            ...(e.end ? { end: e.end } : {}),
            date: formatDateRange(e.start, e.end, intlLocale(lang)),
            category: e.category,
            summary: eventText(e, lang).summary,
          })),
        },
      },
    ];
  });
  return `${JSON.stringify(
    {
      type: 'FeatureCollection',
      name: datasetTitle(dataset, lang),
      features,
    },
    null,
    2,
  )}\n`;
}

/** [year, month, day] of a UTC instant. */
function dayOf(ms: number): [number, number, number] {
  const d = new Date(ms);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/**
 * iCalendar (RFC 5545): one all-day VEVENT per event. An event known to the
 * month or the year spans that whole month or year, and its description says
 * so; a period runs from the start of its first to the end of its last.
 */
export function toIcs(
  events: readonly TimelineEvent[],
  dataset: Dataset,
  lang: Language,
  precisionNote: (precision: 'year' | 'month', date: string) => string,
): string {
  const attributes: EventAttributes[] = events.map((e) => {
    const text = eventText(e, lang);
    const precision = parseIsoDate(e.start)?.precision ?? 'day';
    const date = formatDateRange(e.start, e.end, intlLocale(lang));
    const places = placesOf(e, dataset).map((p) => placeText(p, lang).name);
    const sources = sourcesOf(e, dataset).map(sourceLine);
    const description = [
      text.summary,
      ...(precision === 'day' ? [] : [precisionNote(precision, date)]),
      ...(text.note ? [text.note] : []),
      ...sources,
    ].join('\n\n');
    return {
      uid: `${e.id}@${dataset.title.replace(/[^A-Za-z0-9-]+/g, '-').toLowerCase()}`,
      title: text.title,
      description,
      start: dayOf(periodStartMs(e.start)),
      end: dayOf(periodEndMs(e.end ?? e.start)),
      ...(places.length ? { location: places.join('; ') } : {}),
      categories: [e.category],
      busyStatus: 'FREE' as const,
      transp: 'TRANSPARENT' as const,
      productId: 'cuba-syria-timeline',
      calName: datasetTitle(dataset, lang),
    };
  });
  const { error, value } = createEvents(attributes, {
    productId: 'cuba-syria-timeline',
    calName: datasetTitle(dataset, lang),
  });
  if (error || value === null) throw error ?? new Error('iCalendar export failed');
  return foldLines(value);
}

/**
 * Folds content lines at 75 octets (RFC 5545 §3.1), never inside a UTF-8
 * character: the ics package counts characters, so accented and Arabic text
 * would make longer lines.
 */
export function foldLines(ics: string): string {
  const encoder = new TextEncoder();
  const unfolded = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return unfolded
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      for (const ch of line) {
        const size = encoder.encode(ch).length;
        // The first line holds 75 octets; continuation lines start with a space.
        const limit = parts.length === 0 ? 75 : 74;
        if (octets + size > limit) {
          parts.push(current);
          current = '';
          octets = 0;
        }
        current += ch;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/**
 * The dataset's own format, holding only the shown events, the places and
 * sources they name, the threads that still link two of them or more (with
 * those events only), and the dataset's title, licence and translations:
 * loadable again with `data=` and valid for `npm run check-data`.
 */
export function toJson(events: readonly TimelineEvent[], dataset: Dataset): string {
  const placeIds = new Set(events.flatMap((e) => e.places));
  const sourceIds = new Set(
    events.flatMap((e) => [
      ...e.sources.map((c) => c.source),
      ...(e.furtherSources ?? []),
      ...(e.disputes ?? []).flatMap((d) => d.sources ?? []),
    ]),
  );
  const threads = threadsWithin(dataset.threads ?? [], new Set(events.map((e) => e.id)));
  const subset: Dataset = {
    title: dataset.title,
    ...(dataset.languages ? { languages: dataset.languages } : {}),
    parties: dataset.parties,
    ...(dataset.license ? { license: dataset.license } : {}),
    sources: dataset.sources.filter((s) => sourceIds.has(s.id)),
    ...(dataset.i18n ? { i18n: dataset.i18n } : {}),
    places: dataset.places.filter((p) => placeIds.has(p.id)),
    events: [...events],
    ...(threads.length > 0 ? { threads } : {}),
  };
  return `${JSON.stringify(subset, null, 2)}\n`;
}
