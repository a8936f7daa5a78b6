/**
 * iCalendar (RFC 5545), written here: content lines end in CRLF and are
 * folded at 75 octets, never inside a UTF-8 character; text values are
 * escaped; dates have four-digit years (0001–9999). Two layouts:
 *
 * - "events": each event as an all-day entry on its dates. An entry never
 *   covers more than a month: a longer period (or a year known only as a
 *   year) is entered on its first day, and its description says so.
 * - "anniversaries": one entry per event dated to the day, repeating every
 *   year on that day.
 */
import { formatDate, formatDateRange, parseIsoDate, DAY_MS } from '../data/dates';
import type { TimelineEvent } from '../data/types';
import { intlLocale, type Language } from '../i18n';
import type { MessageKey } from '../i18n/messages-types';
import { eventText, placeText } from '../i18n/localize';
import {
  daySpan,
  placesOf,
  sourceLine,
  sourcesOf,
  type Encoder,
  type ExportContext,
} from './encode';

export type IcsLayout = 'events' | 'anniversaries';

/** What an entry's description says about its dates, in the export's language. */
export const ICS_NOTES: Record<
  Language,
  {
    monthOnly: (date: string) => string;
    firstDay: (date: string, day: string) => string;
    anniversary: (date: string) => string;
  }
> = {
  en: {
    monthOnly: (date) =>
      `The sources give the month only (${date}): the entry spans the whole month.`,
    firstDay: (date, day) =>
      `Dated ${date}, longer than a month: this entry marks only its first day, ${day}.`,
    anniversary: (date) => `Anniversary: ${date}.`,
  },
  es: {
    monthOnly: (date) => `Las fuentes solo dan el mes (${date}): la entrada abarca el mes entero.`,
    firstDay: (date, day) =>
      `Fechado ${date}, más de un mes: esta entrada marca solo su primer día, ${day}.`,
    anniversary: (date) => `Aniversario: ${date}.`,
  },
  // Dates isolated as the interface isolates them (see translate in src/i18n).
  ar: {
    monthOnly: (date) =>
      `لا تذكر المصادر سوى الشهر (\u2068${date}\u2069): يمتد المُدخل على الشهر كله.`,
    firstDay: (date, day) =>
      `مؤرَّخ \u2068${date}\u2069، أطول من شهر: لا يشير هذا المُدخل إلا إلى يومه الأول، \u2068${day}\u2069.`,
    anniversary: (date) => `الذكرى السنوية: \u2068${date}\u2069.`,
  },
};

/** The longest entry the "events" layout writes, in days (a month). */
export const MAX_ENTRY_DAYS = 31;

/** Octets of a code point in UTF-8 (a lone surrogate is written as U+FFFD: 3). */
function utf8Length(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0xd800 || (cp >= 0xe000 && cp < 0x10000) ? 3 : 4;
}

/**
 * Folds one content line (RFC 5545 §3.1): at most 75 octets a line, the
 * rest on continuation lines that start with a space; never inside a UTF-8
 * character or a surrogate pair. A lone surrogate becomes U+FFFD.
 */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const ch of line) {
    let cp = ch.codePointAt(0)!;
    let c = ch;
    if (cp >= 0xd800 && cp < 0xe000) {
      cp = 0xfffd;
      c = '\uFFFD';
    }
    const size = utf8Length(cp);
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += c;
    octets += size;
  }
  return `${out}\r\n`;
}

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped;
 * every line break (CRLF, a lone CR or LF, U+0085, U+2028, U+2029) as "\n";
 * other control characters, which a TEXT value may not hold, dropped.
 */
export function icsText(value: string): string {
  return (
    value
      .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\n')
      // eslint-disable-next-line no-control-regex -- finds the control characters TEXT may not hold
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
  );
}

/** "19650811": a DATE value, always with a four-digit year. */
export function icsDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}`;
}

/** "20261129T101500Z": a UTC DATE-TIME. */
export function icsDateTime(date: Date): string {
  return `${icsDate(date.getTime())}T${date.toISOString().slice(11, 19).replace(/:/g, '')}Z`;
}

/** A short, stable hash (base 36) of a string: 53 bits of cyrb53. */
export function stableHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export interface IcsOptions {
  layout: IcsLayout;
  /** The calendar's name (the dataset's title in the export's language). */
  name: string;
  /**
   * What makes the entries of this dataset distinct from those of any
   * other: the dataset's title and address. Hashed into every UID, so that
   * a UID stays the same from one export to the next and never repeats
   * across datasets, whatever script their titles are in.
   */
  namespace: string;
  /** The time of the export (DTSTAMP). */
  now: Date;
}

/** DTEND, or DURATION where the day after would be past 9999-12-31. */
function endLine(startMs: number, days: number): string {
  const endMs = startMs + days * DAY_MS;
  return new Date(endMs).getUTCFullYear() > 9999
    ? `DURATION:P${String(days)}D`
    : `DTEND;VALUE=DATE:${icsDate(endMs)}`;
}

export function icsEncoder(ctx: ExportContext, options: IcsOptions): Encoder {
  const locale = intlLocale(ctx.lang);
  const words = ICS_NOTES[ctx.lang];
  const stamp = icsDateTime(options.now);
  const ns = stableHash(options.namespace);
  let entries = 0;

  function vevent(event: TimelineEvent): string {
    const text = eventText(event, ctx.lang);
    const span = daySpan(event);
    const date = formatDateRange(event.start, event.end, locale);
    const precision = parseIsoDate(event.start)?.precision ?? 'day';
    const notes: string[] = [];
    let days = span.days;
    let summary = text.title;
    let rule: string | null = null;
    if (options.layout === 'anniversaries') {
      const year = new Date(span.startMs).getUTCFullYear();
      summary = `${text.title} (${String(year)})`;
      notes.push(words.anniversary(date));
      days = 1;
      const { month, day } = parseIsoDate(event.start)!;
      // 29 February recurs on the last day of February in common years.
      rule =
        month === 2 && day === 29
          ? 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1'
          : 'RRULE:FREQ=YEARLY';
    } else if (days > MAX_ENTRY_DAYS) {
      days = 1;
      notes.push(words.firstDay(date, formatDate(span.firstDay, locale)));
    } else if (precision === 'month') {
      notes.push(words.monthOnly(date));
    }
    const places = placesOf(event, ctx.index).map((p) => placeText(p, ctx.lang).name);
    const description = [
      text.summary,
      ...notes,
      ...(text.note ? [text.note] : []),
      ...sourcesOf(event, ctx.index).map(sourceLine),
    ].join('\n\n');
    const category = ctx.t(`category.${event.category}` as MessageKey);
    const lines = [
      'BEGIN:VEVENT',
      `UID:${event.id}.${options.layout}.${ns}@cuba-syria-timeline`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(span.startMs)}`,
      endLine(span.startMs, days),
      ...(rule ? [rule] : []),
      `SUMMARY:${icsText(summary)}`,
      `DESCRIPTION:${icsText(description)}`,
      ...(places.length ? [`LOCATION:${icsText(places.join('; '))}`] : []),
      `CATEGORIES:${icsText(category)}`,
      `URL:${uri(ctx.eventUrl(event.id))}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ];
    entries++;
    return lines.map(foldLine).join('');
  }

  return {
    head: [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//cuba-syria-timeline//export//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      `X-WR-CALNAME:${icsText(options.name)}`,
    ]
      .map(foldLine)
      .join(''),
    item(event) {
      if (options.layout === 'anniversaries' && parseIsoDate(event.start)?.precision !== 'day')
        return '';
      return vevent(event);
    },
    tail: () => foldLine('END:VCALENDAR'),
    count: () => entries,
  };
}

/** A URI value: no escaping in iCalendar, so anything that is not printable ASCII is encoded. */
function uri(address: string): string {
  return address.replace(/[^\x21-\x7e]/gu, (c) => {
    try {
      return encodeURIComponent(c);
    } catch {
      return '%EF%BF%BD'; // a lone surrogate
    }
  });
}
