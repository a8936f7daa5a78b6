/**
 * Ready citations of an event page (APA 7, MLA 9, Chicago 17 notes and
 * bibliography, BibTeX), and of the sources it cites. Pure functions.
 */
import type { Source } from '../data/types';
import { ENGLISH_MONTHS } from '../data/dates';

export interface CitedPage {
  /** The event's title, in the page's language. */
  title: string;
  /** The event's date as the page shows it ("24 September 2019"). */
  date: string;
  /** The site: the dataset's title ("Cuba–Syria relations"). */
  site: string;
  /** The event page's absolute address. */
  url: string;
  /** When the reader accessed it. */
  accessed: Date;
  /** Event id, for the BibTeX key. */
  id: string;
}

export type CitationStyle = 'apa' | 'mla' | 'chicago' | 'bibtex';

const MONTHS = ENGLISH_MONTHS;
/** MLA abbreviates months of more than four letters. */
const MLA_MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

function parts(d: Date) {
  return { day: d.getUTCDate(), month: d.getUTCMonth(), year: d.getUTCFullYear() };
}

/** "{Cuba–Syria}" safe in a BibTeX field: braces, backslashes and specials escaped. */
function bibtexText(text: string): string {
  return text.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/([&%$#_])/g, '\\$1');
}

/** The citation of the event page in one style. Dates of access are written out in English. */
export function citePage(page: CitedPage, style: CitationStyle): string {
  const { day, month, year } = parts(page.accessed);
  switch (style) {
    case 'apa':
      // APA 7, a page without author or date, in a larger work, with a retrieval date.
      return `${page.title} [${page.date}]. (n.d.). In ${page.site}. Retrieved ${MONTHS[month]} ${String(day)}, ${String(year)}, from ${page.url}`;
    case 'mla':
      return `“${page.title}.” ${page.site}, ${page.url}. Accessed ${String(day)} ${MLA_MONTHS[month]} ${String(year)}.`;
    case 'chicago':
      return `“${page.title}.” ${page.site}. Accessed ${MONTHS[month]} ${String(day)}, ${String(year)}. ${page.url}.`;
    case 'bibtex': {
      const key = `${page.id.replace(/[^A-Za-z0-9]+/g, '')}`;
      return [
        `@misc{${key},`,
        `  title = {${bibtexText(page.title)}},`,
        `  howpublished = {${bibtexText(page.site)}},`,
        `  note = {${bibtexText(page.date)}. Accessed ${String(year)}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}},`,
        `  url = {${page.url}},`,
        `}`,
      ].join('\n');
    }
  }
}

/** A source as a reference: publisher, title, date where known, address (Chicago-like, neutral). */
export function citeSource(source: Source, formatDate: (iso: string) => string): string {
  const publisher = source.via ? `${source.publisher} (via ${source.via})` : source.publisher;
  // A supplied title ("[Report on …]") is a description, not a quoted title.
  const title = source.title.startsWith('[') ? `${source.title}.` : `“${source.title}.”`;
  const date = source.published ? ` ${formatDate(source.published)}.` : '';
  // A source known without an address (a press release by its symbol) ends at its date.
  return `${publisher}. ${title}${date}${source.url ? ` ${source.url}.` : ''}`;
}
