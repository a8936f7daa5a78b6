/**
 * What changes in a citation from one language to the next: each style's
 * words ("n.d.", "s. f.", "د. ت."), quotation marks, and how dates are
 * written; and English title case (MLA and Chicago). Pure.
 */
import { ENGLISH_MONTHS, monthNames, parseIsoDate } from '../data/dates';
import type { Language } from '../i18n';

export interface CiteTerms {
  /** Quotation marks around an article's or a page's title. */
  open: string;
  close: string;
  /** Whether a period or comma after a quoted title goes inside the marks (English). */
  punctuationInside: boolean;
  /** A list separator ("," or the Arabic comma "،"). */
  comma: string;
  /** APA: no date. */
  noDate: string;
  /** APA: "Retrieved {date}, from" — the words before and after the date. */
  retrieved: [string, string];
  /** APA: "In" before a reference work. */
  in: string;
  /** MLA and Chicago bibliography: "Accessed" (Chicago notes lower-case it). */
  accessed: string;
  /** Chicago: "Last modified" (the revision's date). */
  lastModified: string;
  /** BibTeX note: the event's date. */
  eventDate: string;
  /** BibTeX note and others: the source read through another site. */
  via: string;
}

export const TERMS: Record<Language, CiteTerms> = {
  en: {
    open: '“',
    close: '”',
    punctuationInside: true,
    comma: ',',
    noDate: 'n.d.',
    retrieved: ['Retrieved ', ', from '],
    in: 'In',
    accessed: 'Accessed',
    lastModified: 'Last modified',
    eventDate: 'Event date',
    via: 'via',
  },
  es: {
    open: '«',
    close: '»',
    punctuationInside: false,
    comma: ',',
    noDate: 's. f.',
    retrieved: ['Recuperado el ', ', de '],
    in: 'En',
    accessed: 'Consultado el',
    lastModified: 'Última modificación:',
    eventDate: 'Fecha del acontecimiento',
    via: 'vía',
  },
  ar: {
    open: '«',
    close: '»',
    punctuationInside: false,
    comma: '،',
    noDate: 'د. ت.',
    retrieved: ['تاريخ الاطلاع ', '، من '],
    in: 'في',
    accessed: 'تاريخ الاطلاع',
    lastModified: 'آخر تعديل',
    eventDate: 'تاريخ الحدث',
    via: 'عبر',
  },
};

const LOCALE: Record<Language, string> = { en: 'en-GB', es: 'es', ar: 'ar-u-nu-latn' };

const MLA_MONTHS: Record<Language, readonly string[]> = {
  en: [
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
  ],
  es: [
    'ene.',
    'feb.',
    'mar.',
    'abr.',
    'mayo',
    'jun.',
    'jul.',
    'ago.',
    'sept.',
    'oct.',
    'nov.',
    'dic.',
  ],
  ar: monthNames(LOCALE.ar) ?? ENGLISH_MONTHS,
};

function months(lang: Language): readonly string[] {
  return monthNames(LOCALE[lang]) ?? ENGLISH_MONTHS;
}

/** "2026-11-29" of a Date (UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

type Parts = { year: string; month?: string; day?: string };

function partsOf(iso: string, names: readonly string[]): Parts | null {
  const p = parseIsoDate(iso);
  if (!p) return null;
  return {
    year: String(p.year),
    ...(p.month ? { month: names[p.month - 1] } : {}),
    ...(p.day ? { day: String(p.day) } : {}),
  };
}

/**
 * A date written out at its precision, as APA's retrieval date and Chicago
 * write it: "November 29, 2026", "29 de noviembre de 2026", "29 نوفمبر 2026".
 */
export function longDate(iso: string, lang: Language): string {
  const p = partsOf(iso, months(lang));
  if (!p) return iso;
  if (lang === 'en') {
    if (!p.month) return p.year;
    return p.day ? `${p.month} ${p.day}, ${p.year}` : `${p.month} ${p.year}`;
  }
  const of = lang === 'es' ? ' de ' : ' ';
  return [p.day, p.month, p.year].filter(Boolean).join(of);
}

/** MLA's dates, with abbreviated months: "29 Nov. 2026", "29 nov. 2026", "29 نوفمبر 2026". */
export function mlaDate(iso: string, lang: Language): string {
  const p = partsOf(iso, MLA_MONTHS[lang]);
  if (!p) return iso;
  return [p.day, p.month, p.year].filter(Boolean).join(' ');
}

/** APA's publication date in parentheses: "(2015, August 30)", "(2015, 30 de agosto)", "(n.d.)". */
export function apaDate(iso: string | undefined, lang: Language): string {
  const terms = TERMS[lang];
  const p = iso ? partsOf(iso, months(lang)) : null;
  if (!p) return `(${terms.noDate})`;
  if (!p.month) return `(${p.year})`;
  const dayMonth =
    lang === 'en'
      ? `${p.month}${p.day ? ` ${p.day}` : ''}`
      : p.day
        ? `${p.day}${lang === 'es' ? ' de ' : ' '}${p.month}`
        : p.month;
  return `(${p.year}${terms.comma} ${dayMonth})`;
}

/** Words that English title case leaves in lower case (articles, conjunctions, prepositions). */
const MINOR = new Set(
  (
    'a an the and but or nor for so yet as at by in of off on per to up via vs. with from into onto ' +
    'upon over than amid among about above across after against along around before behind ' +
    'below beneath beside between beyond during except inside like near out outside past since ' +
    'through throughout till toward towards under until within without'
  ).split(' '),
);
/** Lower-case particles of names, kept as written: al-Assad, de Céspedes, bin Zayed. */
const PARTICLE = new Set('al el ad ar ash az de del della di da van von bin ibn bint y'.split(' '));

/** The first lower-case letter of `part` in upper case, unless it already has a capital. */
function capitalize(part: string): string {
  if (/\p{Lu}/u.test(part)) return part;
  return part.replace(/\p{Ll}/u, (first) => first.toUpperCase());
}

/**
 * English title case (MLA, Chicago headline style) of a title written in
 * sentence case: capitalises the first letter of each word and of each part
 * of a compound ("Non-Aligned"), except minor words (articles, conjunctions,
 * prepositions) and name particles ("al-Assad"); the first and last words,
 * and the first after a colon, always. Never lowers a letter, and leaves a
 * word that already holds a capital ("COVID-19", "iPhone") as it is.
 */
export function titleCase(title: string): string {
  const tokens = title.split(/(\s+)/);
  const words = tokens.flatMap((t, i) => (/\S/.test(t) ? [i] : []));
  const first = words[0];
  const last = words.at(-1);
  let afterColon = false;
  return tokens
    .map((token, i) => {
      if (!/\S/.test(token)) return token;
      const force = i === first || i === last || afterColon;
      afterColon = /[:—?!]$/.test(token);
      return token
        .split(/([-–])/)
        .map((part, j) => {
          if (part === '-' || part === '–') return part;
          if (j === 0 && force) return capitalize(part);
          const bare = part.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '').toLowerCase();
          if (MINOR.has(bare) || PARTICLE.has(bare)) return part;
          return capitalize(part);
        })
        .join('');
    })
    .join('');
}

/** `text` followed by `mark`, unless it already ends in a full stop, "?" or "!". */
export function endWith(text: string, mark: string): string {
  return /[.?!؟…]$/.test(text.trim()) ? text : `${text}${mark}`;
}

/** A quoted title followed by `mark` (".", ","), inside the marks in English. */
export function quoted(title: string, mark: string, terms: CiteTerms): string {
  if (terms.punctuationInside) return `${terms.open}${endWith(title, mark)}${terms.close}`;
  return `${terms.open}${title}${terms.close}${mark}`;
}
