/**
 * The export encoders, timed in Node (no browser: they are pure functions)
 * on the large-dataset size the README promises: 20,000 events at 5,000
 * places. Each run builds the index the exports read (places and sources
 * by id, events by place: what the app's view-model holds) and writes every
 * format once, whole.
 */
import { sortEvents } from '../../src/data/dates';
import type { Dataset } from '../../src/data/types';
import { indexForExport } from '../../src/export/encode';
import { exportText, type ExportFormat } from '../../src/export/formats';
import { translate } from '../../src/i18n';
import { generateDataset } from '../../scripts/gen-dataset';

export const EXPORT_EVENTS = 20_000;
export const EXPORT_PLACES = 5_000;
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  'geojson',
  'geojson-places',
  'csv',
  'ics',
  'ics-anniversaries',
  'json',
];

export interface ExportFigures {
  events: number;
  places: number;
  /** ms to build the index, per run. */
  index: number[];
  /** ms per format, per run. */
  formats: Record<string, number[]>;
  /** Size of each file, in bytes (the same every run). */
  bytes: Record<string, number>;
}

export function measureExports(runs: number, dataset?: Dataset): ExportFigures {
  const data = dataset ?? generateDataset(EXPORT_EVENTS, 1, EXPORT_PLACES);
  const events = sortEvents(data.events);
  const figures: ExportFigures = {
    events: events.length,
    places: data.places.length,
    index: [],
    formats: Object.fromEntries(EXPORT_FORMATS.map((f) => [f, []])),
    bytes: {},
  };
  for (let run = 0; run < runs; run++) {
    let started = performance.now();
    const index = indexForExport(data, events);
    figures.index.push(performance.now() - started);
    const input = {
      dataset: data,
      events,
      now: new Date(),
      source: '/bench-data/data/places-5000.json',
      ctx: {
        lang: 'en' as const,
        index,
        eventUrl: (id: string) => `https://example.org/?data=x&event=${id}`,
        t: (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
          translate('en', key, params),
      },
    };
    for (const format of EXPORT_FORMATS) {
      started = performance.now();
      const text = exportText(format, input);
      figures.formats[format]!.push(performance.now() - started);
      figures.bytes[format] = Buffer.byteLength(text);
    }
  }
  return figures;
}
