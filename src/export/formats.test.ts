import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoDayFromMs, periodEndMs, periodStartMs, sortEvents } from '../data/dates';
import { validateDataset } from '../data/schema';
import type { Dataset } from '../data/types';
import { translate } from '../i18n';
import {
  daySpan,
  encodeAll,
  encodeInSlices,
  ExportCancelled,
  indexForExport,
  type Encoder,
} from './encode';
import {
  encoderFor,
  exportFileName,
  exportText,
  jsonEncoder,
  toCsv,
  toGeoJson,
  toIcs,
  toJson,
  type ExportFormat,
} from './formats';

const dataset = (() => {
  const result = validateDataset(
    JSON.parse(readFileSync(new URL('../../public/data/cuba-syria.json', import.meta.url), 'utf8')),
  );
  if (!result.ok) throw new Error('invalid bundled dataset');
  return result.dataset;
})();
const all = sortEvents(dataset.events);
/** A filtered subset, as after unticking a category and searching. */
const subset = all.filter((e) => e.category === 'diplomatic' && /visit/i.test(e.title));

const input = (events = all) => ({
  dataset,
  events,
  now: new Date(Date.UTC(2026, 10, 29)),
  source: '/data/cuba-syria.json',
  ctx: {
    lang: 'en' as const,
    index: indexForExport(dataset, all),
    eventUrl: (id: string) => `https://example.org/events/${id}/`,
    t: (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate('en', key, params),
  },
});

describe('the JSON export', () => {
  it('is a valid dataset holding the shown events and what they name', () => {
    const result = validateDataset(JSON.parse(encodeAll(jsonEncoder(dataset, subset), subset)));
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const out: Dataset = result.dataset;
    expect(out.events).toEqual(subset);
    expect(new Set(out.places.map((p) => p.id))).toEqual(new Set(subset.flatMap((e) => e.places)));
    expect(out.license).toEqual(dataset.license);
    expect(out.languages).toEqual(['en', 'es', 'ar']);
  });

  it('exports the whole dataset as it came, and an empty selection as a valid file', () => {
    expect(JSON.parse(exportText('json', input()))).toEqual({ ...dataset, events: all });
    expect(JSON.parse(exportText('json', input([]))).events).toEqual([]);
  });

  it('keeps the threads that link two shown events or more, with those events only', () => {
    const shown = new Set(subset.map((e) => e.id));
    const result = validateDataset(JSON.parse(exportText('json', input(subset))));
    if (!result.ok) throw new Error('expected a valid dataset');
    const visits = result.dataset.threads?.find((t) => t.id === 'visits');
    expect(visits?.events).toEqual(
      dataset.threads!.find((t) => t.id === 'visits')!.events.filter((id) => shown.has(id)),
    );
    expect(visits!.events.length).toBeGreaterThanOrEqual(2);
    expect(result.dataset.threads?.map((t) => t.id)).not.toContain('un-votes');
  });
});

describe('exportFileName', () => {
  it('carries the dataset title, the layout, the date and the language', () => {
    const day = new Date(Date.UTC(2026, 10, 29));
    expect(exportFileName(dataset, 'csv', day)).toBe('cuba-syria-relations-2026-11-29.csv');
    expect(exportFileName(dataset, 'ics', day, 'ar')).toBe(
      'cuba-syria-relations-2026-11-29-ar.ics',
    );
    expect(exportFileName(dataset, 'geojson-places', day)).toBe(
      'cuba-syria-relations-places-2026-11-29.geojson',
    );
    expect(exportFileName(dataset, 'ics-anniversaries', day, 'es')).toBe(
      'cuba-syria-relations-anniversaries-2026-11-29-es.ics',
    );
  });
});

describe('encodeInSlices', () => {
  const formats: ExportFormat[] = [
    'csv',
    'geojson',
    'geojson-places',
    'ics',
    'ics-anniversaries',
    'json',
  ];

  it('writes the same file as at once, reporting progress slice by slice', async () => {
    for (const format of formats) {
      const progress: number[] = [];
      let clock = 0;
      const parts = await encodeInSlices(encoderFor(format, input()), all, {
        // Every event "takes" 5 ms: slices of 3 events at 12 ms a slice (checked every 32).
        now: () => (clock += 5),
        sliceMs: 12,
        yieldToPage: () => Promise.resolve(),
        onProgress: (done) => progress.push(done),
      });
      expect(parts.join(''), format).toBe(exportText(format, input()));
      expect(progress.at(-1)).toBe(all.length);
      expect(progress.length, format).toBeGreaterThan(1);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
    }
  });

  it('gives the page a turn between slices and stops when cancelled', async () => {
    const controller = new AbortController();
    let turns = 0;
    let written = 0;
    const encoder: Encoder = {
      head: '',
      item: () => {
        written++;
        return 'x';
      },
      tail: () => '',
      count: () => written,
    };
    const many = Array.from({ length: 1000 }, () => all[0]!);
    let clock = 0;
    const run = encodeInSlices(encoder, many, {
      signal: controller.signal,
      now: () => (clock += 20),
      sliceMs: 40,
      yieldToPage: async () => {
        turns++;
        if (turns === 3) controller.abort();
        await Promise.resolve();
      },
    });
    await expect(run).rejects.toBeInstanceOf(ExportCancelled);
    expect(turns).toBe(3);
    expect(written).toBeLessThan(many.length);
  });
});

describe('daySpan', () => {
  it('agrees with the period rules of the dates module, years 1–99 and leap days included', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    const date = fc
      .tuple(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 31 }),
      )
      .map(([y, m, d]) =>
        m === 0
          ? pad(y, 4)
          : d === 0
            ? `${pad(y, 4)}-${pad(m, 2)}`
            : `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`,
      )
      .filter((s) => {
        try {
          periodStartMs(s);
          return true;
        } catch {
          return false;
        }
      });
    fc.assert(
      fc.property(date, date, (a, b) => {
        const [start, end] = periodStartMs(a) <= periodStartMs(b) ? [a, b] : [b, a];
        const span = daySpan({ start, end });
        expect(span.startMs).toBe(periodStartMs(start));
        expect(span.firstDay).toBe(isoDayFromMs(periodStartMs(start)));
        expect(span.lastDay).toBe(isoDayFromMs(periodEndMs(end) - 86_400_000));
        expect(span.days).toBe(Math.round((periodEndMs(end) - periodStartMs(start)) / 86_400_000));
      }),
      { numRuns: 2000 },
    );
    expect(daySpan({ start: '2016-02' })).toMatchObject({ lastDay: '2016-02-29', days: 29 });
    expect(daySpan({ start: '1900-02' })).toMatchObject({ lastDay: '1900-02-28', days: 28 });
  });
});

describe('the one-call exports', () => {
  it('write what the encoders write', () => {
    const options = {
      eventUrl: (id: string) => `https://example.org/events/${id}/`,
      now: new Date(Date.UTC(2026, 10, 29)),
      source: '/data/cuba-syria.json',
    };
    const same = { ...input(), ctx: { ...input().ctx, index: indexForExport(dataset, all) } };
    expect(toCsv(all, dataset, 'en', options)).toBe(exportText('csv', same));
    expect(toGeoJson(all, dataset, 'en', 'places', options)).toBe(
      exportText('geojson-places', same),
    );
    expect(toIcs(all, dataset, 'en', { ...options, layout: 'anniversaries' })).toBe(
      exportText('ics-anniversaries', same),
    );
    expect(toJson(subset, dataset)).toBe(encodeAll(jsonEncoder(dataset, subset), subset));
    // Without addresses given, an event's page is its path on this site.
    expect(toCsv(subset, dataset, 'es')).toContain(`/es/events/${subset[0]!.id}/`);
  });
});
