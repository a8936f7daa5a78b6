import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIsoDate, sortEvents } from '../data/dates';
import { validateDataset } from '../data/schema';
import type { Dataset, TimelineEvent } from '../data/types';
import { loadLanguage, translate, type Language } from '../i18n';
import { encodeAll, indexForExport, type ExportContext } from './encode';
import { foldLine, icsEncoder, icsText, MAX_ENTRY_DAYS, type IcsLayout } from './ics';

const dataset = (() => {
  const result = validateDataset(
    JSON.parse(readFileSync(new URL('../../public/data/cuba-syria.json', import.meta.url), 'utf8')),
  );
  if (!result.ok) throw new Error('invalid bundled dataset');
  return result.dataset;
})();
const all = sortEvents(dataset.events);
const NOW = new Date(Date.UTC(2026, 10, 29, 10, 15, 0));

function toIcs(
  events: readonly TimelineEvent[],
  layout: IcsLayout,
  lang: Language = 'en',
  data: Pick<Dataset, 'places' | 'sources' | 'title'> = dataset,
  source = '/data/cuba-syria.json',
): string {
  const ctx: ExportContext = {
    lang,
    index: indexForExport(data, events),
    eventUrl: (id) => `https://example.org/events/${id}/`,
    t: (key, params) => translate(lang, key, params),
  };
  return encodeAll(
    icsEncoder(ctx, {
      layout,
      name: data.title,
      namespace: `${data.title}\u0000${source}`,
      now: NOW,
    }),
    events,
  );
}

/** The VEVENTs as ical.js reads them. */
function read(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return calendar
    .getAllSubcomponents('vevent')
    .map((c) => ({ component: c, event: new ICAL.Event(c) }));
}

const DAY = 86_400_000;
const days = (e: InstanceType<typeof ICAL.Event>) =>
  (e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()) / DAY;

beforeAll(async () => {
  await loadLanguage('es');
  await loadLanguage('ar');
});

describe('iCalendar, "events" layout', () => {
  const ics = toIcs(all, 'events');
  const entries = read(ics);
  const byId = (id: string) => entries.find((e) => e.event.uid.startsWith(`${id}.`))!;

  it('has one all-day entry per event, read back by ical.js', () => {
    expect(entries).toHaveLength(all.length);
    const established = byId('relations-established').event;
    expect(established.startDate.isDate).toBe(true);
    expect(established.startDate.toString()).toBe('1965-08-11');
    expect(days(established)).toBe(1);
    expect(established.summary).toBe(all.find((e) => e.id === 'relations-established')!.title);
  });

  it('has no entry longer than a month: a longer period is entered on its first day, and says so', () => {
    for (const { event } of entries)
      expect(days(event), event.uid).toBeLessThanOrEqual(MAX_ENTRY_DAYS);
    const medical = byId('medical-training-agreements').event;
    expect(medical.startDate.toString()).toBe('1965-01-01');
    expect(days(medical)).toBe(1);
    expect(medical.description).toContain(
      'Dated 1965 – 2024, longer than a month: this entry marks only its first day, 1 January 1965.',
    );
    const crews = byId('cuban-tank-crews-in-syria').event;
    expect(crews.description).toContain('Dated 1973 – 1975, longer than a month');
    expect(crews.description).not.toMatch(/whole year/);
  });

  it('spans the month of an event known to the month, and says so', () => {
    const nam = byId('nam-summit-havana-1979').event;
    expect(nam.startDate.toString()).toBe('1979-09-01');
    expect(days(nam)).toBe(30);
    expect(nam.description).toContain(
      'The sources give the month only (September 1979): the entry spans the whole month.',
    );
  });

  it('links each entry to its event’s page and names its places and category', () => {
    const { component, event } = byId('nam-summit-havana-1979');
    expect(component.getFirstPropertyValue('url')).toBe(
      'https://example.org/events/nam-summit-havana-1979/',
    );
    const place = dataset.places.find(
      (p) => p.id === all.find((e) => e.id === 'nam-summit-havana-1979')!.places[0],
    )!;
    expect(event.location).toBe(place.name);
    expect(component.getFirstProperty('categories')?.getValues()).toEqual(['Diplomatic']);
  });

  it('writes the export’s language', () => {
    const nam = all.filter((e) => e.id === 'nam-summit-havana-1979');
    const [ar] = read(toIcs(nam, 'events', 'ar'));
    expect(ar!.event.summary).toBe(nam[0]!.i18n!.ar!.title);
    expect(ar!.event.description).toContain('سبتمبر 1979');
    const [es] = read(toIcs(nam, 'events', 'es'));
    expect(es!.event.description).toContain('septiembre de 1979');
  });
});

describe('iCalendar, "anniversaries" layout', () => {
  const ics = toIcs(all, 'anniversaries');
  const entries = read(ics);

  it('has one yearly entry per event dated to the day, and none for the others', () => {
    const dated = all.filter((e) => parseIsoDate(e.start)?.precision === 'day');
    expect(entries.map((e) => e.event.uid.split('.')[0])).toEqual(dated.map((e) => e.id));
    for (const { component, event } of entries) {
      expect(component.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=YEARLY');
      expect(days(event)).toBe(1);
    }
    const established = entries.find((e) => e.event.uid.startsWith('relations-established.'))!;
    const next = established.event.iterator();
    expect(next.next().toString()).toBe('1965-08-11');
    expect(next.next().toString()).toBe('1966-08-11');
    expect(established.event.summary).toMatch(/ \(1965\)$/);
    expect(established.event.description).toContain('Anniversary: 11 August 1965.');
  });

  it('repeats 29 February on the last day of February', () => {
    const point = all.find((e) => e.end === undefined)!;
    const leap: TimelineEvent = { ...point, id: 'leap', start: '2016-02-29' };
    const [entry] = read(toIcs([leap], 'anniversaries'));
    const it = entry!.event.iterator();
    expect([it.next(), it.next(), it.next()].map(String)).toEqual([
      '2016-02-29',
      '2017-02-28',
      '2018-02-28',
    ]);
  });
});

describe('iCalendar encoding (issue 21, item 6)', () => {
  const base = all.find((e) => e.id === 'relations-established')!;

  it('writes four-digit years: before 1000, year 1, and an end on 9999-12-31', () => {
    const events: TimelineEvent[] = [
      { ...base, id: 'y800', start: '0800-12-25' },
      { ...base, id: 'y1', start: '0001' },
      { ...base, id: 'y1m', start: '0001-01-01' },
      { ...base, id: 'last', start: '9999-12-31' },
      { ...base, id: 'last-month', start: '9999-12' },
    ];
    const ics = toIcs(events, 'events');
    expect(ics).toContain('DTSTART;VALUE=DATE:08001225\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:00010101\r\n');
    expect(ics).not.toMatch(/\d{9}/);
    const read1 = read(ics);
    const start = (id: string) => read1.find((e) => e.event.uid.startsWith(`${id}.`))!.event;
    const ymd = (t: InstanceType<typeof ICAL.Time>) => [t.year, t.month, t.day];
    expect(ymd(start('y800').startDate)).toEqual([800, 12, 25]);
    expect(start('y1').startDate.year).toBe(1);
    expect(start('last').startDate.toString()).toBe('9999-12-31');
    expect(days(start('last'))).toBe(1);
    expect(days(start('last-month'))).toBe(31);
    expect(read(toIcs(events, 'anniversaries')).map((e) => ymd(e.event.startDate))).toEqual([
      [800, 12, 25],
      [1, 1, 1],
      [9999, 12, 31],
    ]);
  });

  it('escapes text and turns every line break, a lone CR too, into \\n', () => {
    expect(icsText('a\\b;c,d\r\ne\rf\ng\u2028h\u2029i\u0085j\u0007k')).toBe(
      'a\\\\b\\;c\\,d\\ne\\nf\\ng\\nh\\ni\\njk',
    );
    const hostile = {
      ...base,
      id: 'cr',
      title: 'One\rSUMMARY:Injected\r\nBEGIN:VEVENT',
      summary: 'Two;three,four\\five\u2028six',
    };
    const ics = toIcs([hostile], 'events');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [entry] = read(ics);
    expect(entry!.event.summary).toBe('One\nSUMMARY:Injected\nBEGIN:VEVENT');
    expect(entry!.event.description.startsWith('Two;three,four\\five\nsix')).toBe(true);
    expect(read(ics)).toHaveLength(1);
  });

  it('folds lines at 75 octets, never inside a character, and reads back the same', () => {
    const long = {
      ...base,
      id: 'long',
      title: `${'Ñandú 🇨🇺 العلاقات الكوبية السورية '.repeat(12)}end`,
    };
    const ics = toIcs([long], 'events', 'en');
    for (const line of ics.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
      // No lone surrogate: no character cut in two.
      expect(line, line).not.toMatch(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
      );
    }
    expect(read(ics)[0]!.event.summary).toBe(long.title);
    expect(foldLine('x'.repeat(75))).toBe(`${'x'.repeat(75)}\r\n`);
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x\r\n`);
    // A three-octet character that would straddle octet 75 moves to the next line.
    expect(foldLine(`${'x'.repeat(74)}€`)).toBe(`${'x'.repeat(74)}\r\n €\r\n`);
  });

  it('gives UIDs unique in a file, stable from one export to the next, distinct across datasets', () => {
    const uids = (ics: string) => read(ics).map((e) => e.event.uid);
    const first = uids(toIcs(all, 'events'));
    expect(new Set(first).size).toBe(first.length);
    expect(uids(toIcs(all, 'events'))).toEqual(first);
    expect(new Set([...first, ...uids(toIcs(all, 'anniversaries'))]).size).toBe(
      first.length + read(toIcs(all, 'anniversaries')).length,
    );
    // Two datasets whose titles have no Latin letters, with the same event ids.
    const a = uids(toIcs(all, 'events', 'ar', { ...dataset, title: 'العلاقات الكوبية السورية' }));
    const b = uids(toIcs(all, 'events', 'ar', { ...dataset, title: 'العلاقات السورية الكوبية' }));
    const c = uids(toIcs(all, 'events', 'ar', { ...dataset, title: '古巴与叙利亚' }));
    expect(new Set([...a, ...b, ...c]).size).toBe(3 * a.length);
    for (const uid of a) expect(uid).toMatch(/^[A-Za-z0-9._-]+@[a-z-]+$/);
  });

  it('is a calendar of CRLF lines with its name and a time stamp', () => {
    const ics = toIcs(all.slice(0, 2), 'events', 'es', {
      ...dataset,
      title: 'Relaciones; Cuba, Siria',
    });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('X-WR-CALNAME:Relaciones\\; Cuba\\, Siria\r\n');
    expect(ics).toContain('DTSTAMP:20261129T101500Z\r\n');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
