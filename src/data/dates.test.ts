import { describe, expect, it } from 'vitest';
import {
  compareEvents,
  sortEvents,
  eventSortKey,
  formatDate,
  formatDateRange,
  isIsoDate,
  isoDayFromMs,
  msFromIsoDay,
  parseIsoDate,
  periodEndMs,
  periodStartMs,
} from './dates';

describe('parseIsoDate', () => {
  it('parses each precision from the string length', () => {
    expect(parseIsoDate('1965')).toEqual({ precision: 'year', year: 1965 });
    expect(parseIsoDate('2024-12')).toEqual({ precision: 'month', year: 2024, month: 12 });
    expect(parseIsoDate('1965-08-11')).toEqual({
      precision: 'day',
      year: 1965,
      month: 8,
      day: 11,
    });
  });

  it('omits the month and day keys when the precision lacks them', () => {
    expect(Object.keys(parseIsoDate('1965') ?? {})).toEqual(['precision', 'year']);
    expect(Object.keys(parseIsoDate('1965-08') ?? {})).toEqual(['precision', 'year', 'month']);
  });

  it('accepts leap days in leap years only', () => {
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
    expect(parseIsoDate('2000-02-29')).not.toBeNull();
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('1900-02-29')).toBeNull();
  });

  it('rejects dates that do not exist', () => {
    for (const s of [
      '1965-13-45',
      '1965-13',
      '1965-00',
      '1965-01-00',
      '1965-04-31',
      '1965-01-32',
    ]) {
      expect(parseIsoDate(s), s).toBeNull();
    }
  });

  it('accepts years 1 to 9999 and rejects year 0', () => {
    expect(parseIsoDate('0001')).toEqual({ precision: 'year', year: 1 });
    expect(parseIsoDate('9999-12-31')).not.toBeNull();
    expect(parseIsoDate('0000')).toBeNull();
  });

  it('rejects every other format', () => {
    for (const s of [
      '',
      '65',
      '19650',
      '+1965',
      '-1965',
      '1965-8',
      '1965-08-1',
      '1965/08/11',
      '11/08/1965',
      '1965-08-11T00:00:00Z',
      ' 1965',
      '1965 ',
      '1965-08-11\n',
      '１９６５',
      '1965-W32',
    ]) {
      expect(parseIsoDate(s), JSON.stringify(s)).toBeNull();
    }
    expect(isIsoDate('1965-08-11')).toBe(true);
    expect(isIsoDate('1965-8-11')).toBe(false);
  });
});

describe('periodStartMs and periodEndMs', () => {
  it('return the first instant of the period and the first instant after it', () => {
    expect(periodStartMs('1965')).toBe(Date.UTC(1965, 0, 1));
    expect(periodEndMs('1965')).toBe(Date.UTC(1966, 0, 1));
    expect(periodStartMs('1965-08')).toBe(Date.UTC(1965, 7, 1));
    expect(periodEndMs('1965-08')).toBe(Date.UTC(1965, 8, 1));
    expect(periodStartMs('1965-08-11')).toBe(Date.UTC(1965, 7, 11));
    expect(periodEndMs('1965-08-11')).toBe(Date.UTC(1965, 7, 12));
  });

  it('roll over at the end of a month and of a year', () => {
    expect(periodEndMs('2024-12')).toBe(Date.UTC(2025, 0, 1));
    expect(periodEndMs('2024-12-31')).toBe(Date.UTC(2025, 0, 1));
    expect(periodEndMs('2024-02-29')).toBe(Date.UTC(2024, 2, 1));
  });

  it('do not shift years below 100 into the twentieth century', () => {
    expect(new Date(periodStartMs('0065')).toISOString()).toBe('0065-01-01T00:00:00.000Z');
    expect(new Date(periodEndMs('0099')).toISOString()).toBe('0100-01-01T00:00:00.000Z');
  });

  it('throw on invalid input', () => {
    expect(() => periodStartMs('1965-13-45')).toThrow(RangeError);
    expect(() => periodEndMs('soon')).toThrow(RangeError);
  });
});

describe('formatDate', () => {
  it('formats at the precision of the string', () => {
    expect(formatDate('1965-08-11')).toBe('11 August 1965');
    expect(formatDate('2024-12')).toBe('December 2024');
    expect(formatDate('1965')).toBe('1965');
  });

  it('does not depend on the local time zone', () => {
    // Midnight UTC on the 1st would be the previous day west of Greenwich.
    expect(formatDate('2024-01-01')).toBe('1 January 2024');
    expect(formatDate('2024-01')).toBe('January 2024');
  });

  it('uses the given locale', () => {
    expect(formatDate('1965-08-11', 'en-US')).toBe('August 11, 1965');
    expect(formatDate('2024-12', 'es')).toBe('diciembre de 2024');
  });

  it('returns invalid input unchanged', () => {
    expect(formatDate('1965-13-45')).toBe('1965-13-45');
  });

  it("writes the interface's three locales exactly as Intl does, without it", () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    for (const locale of ['en-GB', 'es', 'ar-u-nu-latn']) {
      for (const year of [1, 5, 99, 999, 1000, 1965, 2024, 9999]) {
        const intl = (options: Intl.DateTimeFormatOptions, m: number, d: number) => {
          const date = new Date(Date.UTC(2000, m - 1, d));
          date.setUTCFullYear(year);
          return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(date);
        };
        const y = pad(year, 4);
        expect(formatDate(y, locale)).toBe(intl({ year: 'numeric' }, 1, 1));
        for (let month = 1; month <= 12; month++) {
          const ym = `${y}-${pad(month, 2)}`;
          expect(formatDate(ym, locale)).toBe(intl({ year: 'numeric', month: 'long' }, month, 1));
          for (const day of [1, 9, 10, 28]) {
            expect(formatDate(`${ym}-${pad(day, 2)}`, locale)).toBe(
              intl({ year: 'numeric', month: 'long', day: 'numeric' }, month, day),
            );
          }
        }
      }
    }
  });
});

describe('formatDateRange', () => {
  it('writes a range within one year once', () => {
    expect(formatDateRange('2001-05-15', '2001-05-16')).toBe('15\u201316 May 2001');
    expect(formatDateRange('2008-03-28', '2008-04-02')).toBe('28 March \u2013 2 April 2008');
    expect(formatDateRange('2008-03', '2008-05')).toBe('March \u2013 May 2008');
    expect(formatDateRange('2001-05-15', '2001-05-16', 'es')).toBe('15\u201316 de mayo de 2001');
    expect(formatDateRange('2008-03-28', '2008-04-02', 'es')).toBe(
      '28 de marzo \u2013 2 de abril de 2008',
    );
    expect(formatDateRange('2001-05-15', '2001-05-16', 'ar-u-nu-latn')).toBe(
      '15\u201316 مايو 2001',
    );
    // Across years, or of different precisions, both ends are written whole.
    expect(formatDateRange('2010-12-30', '2011-01-02')).toBe(
      '30 December 2010 \u2013 2 January 2011',
    );
    expect(formatDateRange('2011-03', '2011-12-08')).toBe('March 2011 \u2013 8 December 2011');
  });

  it('joins start and end with a spaced en dash', () => {
    expect(formatDateRange('1991', '2011')).toBe('1991 \u2013 2011');
    expect(formatDateRange('2011-03', '2024-12-08')).toBe('March 2011 \u2013 8 December 2024');
  });

  it('shows a single date when there is no end or the end equals the start', () => {
    expect(formatDateRange('1965-08-11', undefined)).toBe('11 August 1965');
    expect(formatDateRange('2024-12', '2024-12')).toBe('December 2024');
  });
});

describe('sortEvents', () => {
  it('orders exactly as compareEvents does', () => {
    const events = [
      { id: 'c', start: '2000' },
      { id: 'r', start: '1965', end: '1991' },
      { id: 'a', start: '1965-08-11' },
      { id: 'b', start: '1965-09', end: '1966' },
      { id: 'B', start: '1965-09', end: '1966' },
      { id: 'p', start: '1991-12-26' },
      { id: 'q', start: '1991', end: '2011' },
    ];
    expect(sortEvents(events).map((e) => e.id)).toEqual(
      [...events].sort(compareEvents).map((e) => e.id),
    );
    expect(sortEvents(events).map((e) => e.id)).toEqual(['a', 'r', 'B', 'b', 'p', 'q', 'c']);
  });
});

describe('compareEvents', () => {
  const ids = (events: { id: string; start: string; end?: string; category?: 'era' }[]) =>
    [...events].sort(compareEvents).map((e) => e.id);

  it('opens a year with its era, before the dated events that start in it', () => {
    expect(
      ids([
        { id: 'onset', start: '2011-03-15' },
        { id: 'theme', start: '2011', end: '2024' },
        { id: 'civil-war', start: '2011', end: '2024', category: 'era' },
        { id: 'before', start: '2010-06-27' },
      ]),
    ).toEqual(['before', 'civil-war', 'onset', 'theme']);
  });

  it('orders by the start of the start period', () => {
    expect(
      ids([
        { id: 'c', start: '2000' },
        { id: 'a', start: '1965-08-11' },
        { id: 'b', start: '1965-09' },
      ]),
    ).toEqual(['a', 'b', 'c']);
  });

  it('puts a point event before ranges that start at the same time', () => {
    expect(
      ids([
        { id: 'a', start: '1991', end: '1991' },
        { id: 'z', start: '1991' },
      ]),
    ).toEqual(['z', 'a']);
  });

  it('puts a dated event before periods that begin in the same year', () => {
    expect(
      ids([
        { id: 'era', start: '1965', end: '1991' },
        { id: 'theme', start: '1965-01', end: '1970' },
        { id: 'relations', start: '1965-08-11' },
        { id: 'earlier-year', start: '1964-12-31', end: '1966' },
      ]),
    ).toEqual(['earlier-year', 'relations', 'theme', 'era']);
  });

  it('orders ranges with the same start by their end', () => {
    expect(
      ids([
        { id: 'a', start: '1991', end: '2011' },
        { id: 'b', start: '1991', end: '1995-06' },
      ]),
    ).toEqual(['b', 'a']);
  });

  it('breaks remaining ties by id, independently of the input order', () => {
    const events = [
      { id: 'b', start: '1991' },
      { id: 'a', start: '1991-01-01' },
      { id: 'B', start: '1991-01' },
    ];
    expect(ids(events)).toEqual(['B', 'a', 'b']);
    expect(ids([...events].reverse())).toEqual(['B', 'a', 'b']);
  });

  it('returns 0 only for events with the same dates and id', () => {
    expect(compareEvents({ id: 'a', start: '1991' }, { id: 'a', start: '1991' })).toBe(0);
    expect(compareEvents({ id: 'a', start: '1991' }, { id: 'a', start: '1991-01' })).not.toBe(0);
  });

  it('exposes the sort key it orders by', () => {
    expect(eventSortKey({ id: 'x', start: '1991', end: '2011' })).toEqual([
      1991,
      1,
      Date.UTC(1991, 0, 1),
      Date.UTC(2012, 0, 1),
      'x',
    ]);
    expect(eventSortKey({ id: 'x', start: '1991' })[1]).toBe(0);
    expect(eventSortKey({ id: 'x', start: '1991' })[3]).toBe(-Infinity);
  });
});

describe('isoDayFromMs and msFromIsoDay', () => {
  it('convert between UTC days and milliseconds', () => {
    expect(isoDayFromMs(Date.UTC(1965, 7, 11))).toBe('1965-08-11');
    expect(isoDayFromMs(Date.UTC(1965, 7, 11, 23, 59, 59, 999))).toBe('1965-08-11');
    expect(msFromIsoDay('1965-08-11')).toBe(Date.UTC(1965, 7, 11));
  });

  it('pad years below 1000 to four digits', () => {
    expect(isoDayFromMs(periodStartMs('0065-03-04'))).toBe('0065-03-04');
  });

  it('round-trip every day of a leap year', () => {
    for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2025, 0, 1); ms += 86_400_000) {
      expect(msFromIsoDay(isoDayFromMs(ms))).toBe(ms);
    }
  });

  it('reject what is not a real day', () => {
    expect(msFromIsoDay('2024-12')).toBeNull();
    expect(msFromIsoDay('2023-02-29')).toBeNull();
    expect(msFromIsoDay('garbage')).toBeNull();
    expect(() => isoDayFromMs(Number.NaN)).toThrow(RangeError);
    expect(() => isoDayFromMs(Date.UTC(10000, 0, 1))).toThrow(RangeError);
  });
});
