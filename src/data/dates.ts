/**
 * Dates in the dataset are ISO 8601 strings whose length is their precision:
 * "2024" (year), "2024-12" (month), "2024-12-08" (day). All arithmetic is in
 * UTC on the proleptic Gregorian calendar, so results never depend on the
 * user's time zone.
 *
 * Pure functions, no React.
 */
import type { TimelineEvent } from './types';

export type DatePrecision = 'year' | 'month' | 'day';

export interface ParsedIsoDate {
  precision: DatePrecision;
  year: number;
  /** 1–12; present for month and day precision. */
  month?: number;
  /** 1–31; present for day precision. */
  day?: number;
}

const ISO_DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for years divisible by 4, except centuries not divisible by 400. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True if `s` has the shape YYYY, YYYY-MM or YYYY-MM-DD, whether or not the date exists. */
export function looksLikeIsoDate(s: string): boolean {
  return ISO_DATE_RE.test(s);
}

/**
 * Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" strictly. Returns null for any
 * other format, for years outside 1..9999 and for dates that do not exist
 * ("1965-13-45", "2023-02-29").
 */
export function parseIsoDate(s: string): ParsedIsoDate | null {
  const match = ISO_DATE_RE.exec(s);
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < 1 || year > 9999) return null;
  if (m === undefined) return { precision: 'year', year };
  const month = Number(m);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return { precision: 'month', year, month };
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { precision: 'day', year, month, day };
}

/** True if `s` is a real date in one of the three accepted precisions. */
export function isIsoDate(s: string): boolean {
  return parseIsoDate(s) !== null;
}

/**
 * UTC milliseconds of `year-month-day 00:00`. Unlike `Date.UTC`, years 0–99
 * are not shifted to 1900–1999. Month and day may overflow (month 13 is
 * January of the next year), as with `Date.UTC`.
 */
function utcMs(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

function parseOrThrow(s: string): ParsedIsoDate {
  const parsed = parseIsoDate(s);
  if (!parsed) {
    throw new RangeError(`Invalid ISO date "${s}" (expected a real YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  return parsed;
}

/**
 * UTC milliseconds of the first instant of the period: "1965" -> 1965-01-01T00:00Z,
 * "1965-08" -> 1965-08-01T00:00Z, "1965-08-11" -> 1965-08-11T00:00Z.
 *
 * @throws RangeError if `s` is not a valid date (see {@link parseIsoDate});
 *   callers are expected to pass validated data.
 */
export function periodStartMs(s: string): number {
  const { year, month = 1, day = 1 } = parseOrThrow(s);
  return utcMs(year, month - 1, day);
}

/**
 * UTC milliseconds of the first instant AFTER the period (exclusive end):
 * "1965" -> 1966-01-01T00:00Z, "1965-12" -> 1966-01-01T00:00Z,
 * "1965-08-11" -> 1965-08-12T00:00Z.
 *
 * @throws RangeError if `s` is not a valid date (see {@link parseIsoDate});
 *   callers are expected to pass validated data.
 */
export function periodEndMs(s: string): number {
  const { precision, year, month = 1, day = 1 } = parseOrThrow(s);
  switch (precision) {
    case 'year':
      return utcMs(year + 1, 0, 1);
    case 'month':
      return utcMs(year, month, 1);
    case 'day':
      return utcMs(year, month - 1, day + 1);
  }
}

const FORMAT_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { timeZone: 'UTC', year: 'numeric' },
  month: { timeZone: 'UTC', year: 'numeric', month: 'long' },
  day: { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' },
};

/** Formatters are costly to create and this runs per item: one per locale and precision. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}\u0000${precision}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, FORMAT_OPTIONS[precision]);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Human-readable date at the string's own precision (en-GB):
 * "1965-08-11" -> "11 August 1965", "2024-12" -> "December 2024", "1965" -> "1965".
 *
 * Returns `s` unchanged if it is not a valid date, so that the interface never
 * crashes on display. Throws RangeError only for an invalid locale tag.
 */
export function formatDate(s: string, locale = 'en-GB'): string {
  const parsed = parseIsoDate(s);
  if (!parsed) return s;
  return (
    formatKnown(locale, parsed) ?? formatterFor(locale, parsed.precision).format(periodStartMs(s))
  );
}

/** English month names (also the citation styles', see export/cite.ts). */
export const ENGLISH_MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Month names of the interface's three locales, exactly as Intl writes them
 * (dates.test.ts compares every month, precision and locale with Intl).
 * The first Intl formatter a page creates costs ~15 ms of ICU set-up on the
 * main thread, during start-up: the interface's own dates skip it.
 */
const MONTH_NAMES: Partial<Record<string, readonly string[]>> = {
  'en-GB': ENGLISH_MONTHS,
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  'ar-u-nu-latn': [
    'يناير',
    'فبراير',
    'مارس',
    'أبريل',
    'مايو',
    'يونيو',
    'يوليو',
    'أغسطس',
    'سبتمبر',
    'أكتوبر',
    'نوفمبر',
    'ديسمبر',
  ],
};

/** The month names `formatDate` writes in one of the interface's locales (undefined for others). */
export function monthNames(locale: string): readonly string[] | undefined {
  return MONTH_NAMES[locale];
}

/** `formatDate` for the interface's locales without Intl; null for any other locale. */
function formatKnown(
  locale: string,
  { precision, year, month = 1, day = 1 }: NonNullable<ReturnType<typeof parseIsoDate>>,
): string | null {
  const months = MONTH_NAMES[locale];
  const name = months?.[month - 1];
  if (!name || year < 1) return null;
  const y = String(year);
  const of = locale === 'es' ? ' de ' : ' ';
  if (precision === 'year') return y;
  if (precision === 'month') return `${name}${of}${y}`;
  return `${String(day)}${of}${name}${of}${y}`;
}

/** En dash with spaces, as in "1991 – 2011". */
export const RANGE_SEPARATOR = ' \u2013 ';

/**
 * A range within one year (or one month), written once, as each language
 * writes it: "15–16 May 2001", "28 March – 2 April 2008", "March – May 2008";
 * "15–16 de mayo de 2001". Null when the range is not of that kind, or the
 * locale is not one of the interface's.
 */
function formatCompactRange(start: string, end: string, locale: string): string | null {
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  const months = MONTH_NAMES[locale];
  if (!a || !b || !months || a.precision !== b.precision || a.year !== b.year) return null;
  if (a.precision === 'year') return null;
  const of = locale === 'es' ? ' de ' : ' ';
  const year = String(a.year);
  const name = (m: number | undefined) => months[(m ?? 1) - 1] ?? '';
  if (a.precision === 'month')
    return a.month === b.month
      ? null
      : `${name(a.month)}${RANGE_SEPARATOR}${name(b.month)}${of}${year}`;
  if (a.month === b.month)
    return a.day === b.day
      ? null
      : `${String(a.day)}\u2013${String(b.day)}${of}${name(a.month)}${of}${year}`;
  return `${String(a.day)}${of}${name(a.month)}${RANGE_SEPARATOR}${String(b.day)}${of}${name(b.month)}${of}${year}`;
}

/**
 * "1991 – 2011" for a range; a single date when `end` is missing or equal to
 * `start`; a range within one year written once ("15–16 May 2001").
 * Invalid dates are shown as given (see {@link formatDate}).
 */
export function formatDateRange(start: string, end: string | undefined, locale = 'en-GB'): string {
  if (end === undefined || end === start) return formatDate(start, locale);
  return (
    formatCompactRange(start, end, locale) ??
    `${formatDate(start, locale)}${RANGE_SEPARATOR}${formatDate(end, locale)}`
  );
}

type Sortable = Pick<TimelineEvent, 'id' | 'start' | 'end'> &
  Partial<Pick<TimelineEvent, 'category'>>;

/** `[start year, -1 for an era / 0 for a point / 1 for a range, start of start period, end of end period (-Infinity for a point), id]`. */
export type EventSortKey = readonly [
  year: number,
  kind: -1 | 0 | 1,
  startMs: number,
  endMs: number,
  id: string,
];

/**
 * The key {@link compareEvents} orders by, compared element by element.
 *
 * @throws RangeError if a date is invalid (callers pass validated data).
 */
export function eventSortKey(event: Sortable): EventSortKey {
  const startMs = periodStartMs(event.start);
  return [
    new Date(startMs).getUTCFullYear(),
    event.category === 'era' ? -1 : event.end === undefined ? 0 : 1,
    startMs,
    event.end === undefined ? -Infinity : periodEndMs(event.end),
    event.id,
  ];
}

function compareStrings(a: string, b: string): number {
  // Code-unit order, not localeCompare: the same result in every locale.
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Chronological comparator for `Array.prototype.sort`: by start year; within
 * a year, an era first (it opens a chapter of the story: the civil-war era
 * comes before its onset), then dated events before periods (a period given
 * as "1965" says only that it began some time that year, so the day
 * relations were established comes before the themes of the years that
 * followed); then by the start of the start
 * period; then by the end of the end period; then by id. Ties after that
 * (only possible with duplicate ids) are broken by the raw date strings, so
 * the order is total and deterministic.
 *
 * @throws RangeError if a date is invalid (callers pass validated data).
 */
export function compareEvents(a: Sortable, b: Sortable): number {
  return compareKeyed({ event: a, key: eventSortKey(a) }, { event: b, key: eventSortKey(b) });
}

interface Keyed<T extends Sortable> {
  event: T;
  key: EventSortKey;
}

function compareKeyed<T extends Sortable>(a: Keyed<T>, b: Keyed<T>): number {
  for (let i = 0; i < 4; i++) {
    const x = a.key[i] as number;
    const y = b.key[i] as number;
    if (x !== y) return x < y ? -1 : 1;
  }
  return (
    compareStrings(a.key[4], b.key[4]) ||
    compareStrings(a.event.start, b.event.start) ||
    compareStrings(a.event.end ?? '', b.event.end ?? '')
  );
}

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

/** 0001-01-01T00:00Z: the first instant of the first date a dataset may give. */
export const CALENDAR_START_MS = utcMs(1, 0, 1);

/** The last instant of 9999-12-31: the last a dataset may give. */
export const CALENDAR_END_MS = utcMs(10000, 0, 1) - 1;

/** `ms` moved into years 1..9999 (NaN stays NaN). */
export function clampToCalendar(ms: number): number {
  return Math.min(CALENDAR_END_MS, Math.max(CALENDAR_START_MS, ms));
}

/**
 * "YYYY-MM-DD" of the UTC day containing `ms`.
 *
 * @throws RangeError if `ms` is not finite or falls outside years 1..9999
 *   (the result would not be a valid dataset date).
 */
export function isoDayFromMs(ms: number): string {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (!Number.isFinite(ms) || Number.isNaN(year) || year < 1 || year > 9999) {
    throw new RangeError(`Time ${ms} is outside years 1..9999`);
  }
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/**
 * UTC milliseconds of the start of the day "YYYY-MM-DD". Returns null for
 * anything that is not a real day-precision date (handy for untrusted input
 * such as URL parameters).
 */
export function msFromIsoDay(s: string): number | null {
  const parsed = parseIsoDate(s);
  return parsed?.precision === 'day' ? periodStartMs(s) : null;
}

/**
 * Sorts events chronologically (as {@link compareEvents}) computing each sort
 * key once, not once per comparison: with 100,000 events that is the
 * difference between 0.1 s and several seconds.
 */
export function sortEvents<T extends Sortable>(events: readonly T[]): T[] {
  const keyed = events.map((event) => ({ event, key: eventSortKey(event) }));
  keyed.sort(compareKeyed);
  return keyed.map((k) => k.event);
}
