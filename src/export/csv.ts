/**
 * CSV (RFC 4180): a header row, then one row per event, CRLF line ends,
 * preceded by a byte-order mark so that spreadsheets read UTF-8 (Arabic
 * included). The first columns are typed, so that a spreadsheet sorts and
 * filters them: full ISO dates (the first and last day of the period at its
 * precision), the precision, then a date as people read it, then the rest.
 */
import { formatDateRange } from '../data/dates';
import type { TimelineEvent } from '../data/types';
import { intlLocale } from '../i18n';
import { eventText, placeText } from '../i18n/localize';
import {
  daySpan,
  placesOf,
  precisionOf,
  sourceLine,
  sourcesOf,
  type Encoder,
  type ExportContext,
} from './encode';

export const CSV_COLUMNS = [
  'start_date',
  'end_date',
  'precision',
  'date',
  'id',
  'title',
  'category',
  'places',
  'summary',
  'note',
  'sources',
  'url',
] as const;

/**
 * First characters that make a spreadsheet read a cell as a formula (or a
 * command): = + - @, their full-width forms, and the tab, carriage return
 * and line feed that some programs skip before looking.
 */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠']);

/**
 * A cell as text a spreadsheet will not run: a cell starting with a formula
 * character gets a leading apostrophe (OWASP's advice). The test is on the
 * first character itself, whatever follows (line breaks, U+2028…), and on
 * the first after leading spaces, which an import that trims them would see.
 */
export function neutralizeFormula(cell: string): string {
  const first = cell.charAt(0);
  const afterSpaces = cell.replace(/^[ \u00A0\u3000]+/, '').charAt(0);
  return FORMULA_START.has(first) || FORMULA_START.has(afterSpaces) ? `'${cell}` : cell;
}

/** Quoted when it holds a quote, a comma, a line break or spaces at its ends (RFC 4180). */
const NEEDS_QUOTES = /[",\r\n\u0085\u2028\u2029]|^\s|\s$/;

/** One field, formula-safe and quoted where needed. */
export function csvField(value: string): string {
  const safe = neutralizeFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(cells: readonly string[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** The CSV of the events, in the export's language. */
export function csvEncoder(ctx: ExportContext): Encoder {
  const locale = intlLocale(ctx.lang);
  let rows = 0;
  return {
    head: `\uFEFF${row(CSV_COLUMNS)}`,
    item(event: TimelineEvent) {
      rows++;
      const text = eventText(event, ctx.lang);
      const span = daySpan(event);
      const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
        start_date: span.firstDay,
        end_date: span.lastDay,
        precision: precisionOf(event),
        date: formatDateRange(event.start, event.end, locale),
        id: event.id,
        title: text.title,
        category: event.category,
        places: placesOf(event, ctx.index)
          .map((p) => placeText(p, ctx.lang).name)
          .join('; '),
        summary: text.summary,
        note: text.note ?? '',
        sources: sourcesOf(event, ctx.index).map(sourceLine).join(' | '),
        url: ctx.eventUrl(event.id),
      };
      return row(CSV_COLUMNS.map((c) => cells[c]));
    },
    tail: () => '',
    count: () => rows,
  };
}
