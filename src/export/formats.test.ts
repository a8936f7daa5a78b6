import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../data/schema';
import type { Dataset } from '../data/types';
import { sortEvents } from '../data/dates';
import { CSV_COLUMNS, exportFileName, toCsv, toGeoJson, toIcs, toJson } from './formats';

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
const note = (precision: string, date: string) => `Known to the ${precision}: ${date}.`;

describe('toCsv', () => {
  it('round-trips through a CSV parser, header first, one row per event', () => {
    const csv = toCsv(all, dataset, 'en');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data.map((r) => r.id)).toEqual(all.map((e) => e.id));
    const nam = parsed.data.find((r) => r.id === 'nam-summit-havana-1979')!;
    expect(nam).toMatchObject({
      start: '1979-09',
      end: '',
      precision: 'month',
      category: 'diplomatic',
    });
    expect(nam.places).toBe('Havana');
    expect(nam.sources).toContain('AFP (via El Punto Crítico): Al Asad saluda');
    // Commas, quotes and line breaks in text survive.
    const establishment = parsed.data.find((r) => r.id === 'relations-established')!;
    expect(establishment.summary).toBe(all.find((e) => e.id === 'relations-established')!.summary);
  });

  it('writes the shown language, Arabic included, and only the shown events', () => {
    const csv = toCsv(subset, dataset, 'ar');
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r.id)).toEqual(subset.map((e) => e.id));
    expect(rows[0]!.title).toBe(subset[0]!.i18n!.ar!.title);
    expect(rows[0]!.title).toMatch(/[\u0600-\u06ff]/);
    // Lines end with CRLF (RFC 4180).
    expect(csv.split('\r\n').length).toBeGreaterThan(subset.length);
  });
});

describe('toGeoJson', () => {
  it('gives one Point Feature per place, with its events as properties', () => {
    const fc = JSON.parse(toGeoJson(all, dataset, 'en')) as GeoJSON.FeatureCollection;
    expect(fc.type).toBe('FeatureCollection');
    for (const feature of fc.features) {
      expect(feature.type).toBe('Feature');
      expect(feature.geometry.type).toBe('Point');
      const place = dataset.places.find((p) => p.id === feature.id)!;
      // RFC 7946: longitude first.
      expect((feature.geometry as GeoJSON.Point).coordinates).toEqual([place.lng, place.lat]);
      const ids = (feature.properties!.events as { id: string }[]).map((e) => e.id);
      expect(ids).toEqual(all.filter((e) => e.places.includes(place.id)).map((e) => e.id));
    }
    expect(fc.features.map((f) => f.id)).toContain('palais-des-nations');
  });

  it('keeps only the places of the shown events', () => {
    const fc = JSON.parse(toGeoJson(subset, dataset, 'es')) as GeoJSON.FeatureCollection;
    const expected = new Set(subset.flatMap((e) => e.places));
    expect(new Set(fc.features.map((f) => String(f.id)))).toEqual(expected);
    const names = fc.features.map((f) => f.properties!.name as string).sort();
    const spanish = [...expected].map(
      (id) => dataset.places.find((p) => p.id === id)!.i18n!.es!.name,
    );
    expect(names).toEqual(spanish.sort());
    expect(names).toContain('La Habana');
  });
});

describe('toIcs', () => {
  const ics = toIcs(all, dataset, 'en', note);
  const vevents = ics.split('BEGIN:VEVENT').slice(1);
  /** The unfolded VEVENT of an event (RFC 5545 folds long lines with CRLF + space). */
  const veventOf = (id: string) =>
    vevents.find((v) => v.includes(`UID:${id}@`))!.replace(/\r\n[ \t]/g, '');

  it('is a VCALENDAR with one all-day VEVENT per event', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(vevents).toHaveLength(all.length);
    expect(veventOf('relations-established')).toContain('DTSTART;VALUE=DATE:19650811');
    expect(veventOf('relations-established')).toContain('DTEND;VALUE=DATE:19650812');
    // Lines are folded at 75 octets.
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('spans the whole month or year of an event known to that precision, and says so', () => {
    const nam = veventOf('nam-summit-havana-1979');
    expect(nam).toContain('DTSTART;VALUE=DATE:19790901');
    expect(nam).toContain('DTEND;VALUE=DATE:19791001');
    expect(nam).toContain('Known to the month: September 1979.');
    const crews = veventOf('cuban-tank-crews-in-syria');
    expect(crews).toContain('DTSTART;VALUE=DATE:19730101');
    expect(crews).toContain('DTEND;VALUE=DATE:19760101');
    expect(crews).toContain('Known to the year: 1973 – 1975.');
  });

  it('writes the shown language and only the shown events', () => {
    const ar = toIcs(subset, dataset, 'ar', note);
    expect(ar.split('BEGIN:VEVENT')).toHaveLength(subset.length + 1);
    expect(ar.replace(/\r\n[ \t]/g, '')).toContain(`SUMMARY:${subset[0]!.i18n!.ar!.title}`);
  });
});

describe('toJson', () => {
  it('is a valid dataset holding the shown events and what they name', () => {
    const result = validateDataset(JSON.parse(toJson(subset, dataset)));
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const out: Dataset = result.dataset;
    expect(out.events.map((e) => e.id)).toEqual(subset.map((e) => e.id));
    expect(new Set(out.places.map((p) => p.id))).toEqual(new Set(subset.flatMap((e) => e.places)));
    expect(out.license).toEqual(dataset.license);
    expect(out.languages).toEqual(['en', 'es', 'ar']);
  });

  it('exports the whole dataset as valid as it came', () => {
    const result = validateDataset(JSON.parse(toJson(all, dataset)));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.threads).toEqual(dataset.threads);
  });

  it('keeps the threads that link two shown events or more, with those events only', () => {
    const shown = new Set(subset.map((e) => e.id));
    const result = validateDataset(JSON.parse(toJson(subset, dataset)));
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
  it('carries the dataset title and the date', () => {
    const day = new Date(Date.UTC(2026, 10, 29));
    expect(exportFileName(dataset, 'csv', day)).toBe('cuba-syria-relations-2026-11-29.csv');
    expect(exportFileName(dataset, 'ics', day, 'ar')).toBe(
      'cuba-syria-relations-2026-11-29-ar.ics',
    );
  });
});
