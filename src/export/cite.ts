/**
 * Citations of an event's page: APA 7, MLA 9, Chicago 17 (notes and
 * bibliography) and BibTeX, in English, Spanish and Arabic, each with its
 * style's words in that language ("Retrieved", "Recuperado el", "تاريخ
 * الاطلاع"). Written as rich text (see rich.ts): italics where the style
 * asks, and isolated addresses and titles. Pure functions.
 *
 * The page has no author and no date of its own: APA puts its title first
 * and writes "n.d."; every style names the site (the dataset's title) and,
 * where the dataset names one, its publisher, and gives the date of access.
 */
import type { Language } from '../i18n';
import { bibtexCorporate, bibtexEntry, bibtexEscape, bibtexTitle, bibtexUrl } from './bibtex';
import { endWith, isoDay, longDate, mlaDate, TERMS, titleCase, type CiteTerms } from './citeTerms';
import { compact, italic, ltr, own, plain, toPlainText, type Rich } from './rich';

export interface CitedPage {
  /** The language of the citation (and of the page). */
  lang: Language;
  /** The event's title, in that language. */
  title: string;
  /** The event's date as the page shows it ("24 September 2019"). */
  date: string;
  /** The site: the dataset's title ("Cuba–Syria relations"). */
  site: string;
  /** Who publishes the site, where the dataset says. */
  publisher?: string;
  /** The event page's absolute address. */
  url: string;
  /** When the reader accessed it. */
  accessed: Date;
  /** The event's id, for the BibTeX key. */
  id: string;
}

export type CitationStyle = 'apa' | 'mla' | 'chicago' | 'chicago-note' | 'bibtex';

export const CITATION_STYLES: readonly CitationStyle[] = [
  'apa',
  'mla',
  'chicago',
  'chicago-note',
  'bibtex',
];

/** MLA 9 leaves out the scheme of an address. */
export function withoutScheme(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/** "accessed" for a Chicago note: lower case where the language has case. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Title case for MLA and Chicago in English; other languages keep sentence case. */
function styled(text: string, lang: Language | undefined): string {
  return lang === 'en' ? titleCase(text) : text;
}

/** The page's citation in one style, as rich text. */
export function citePageRich(page: CitedPage, style: CitationStyle): Rich {
  const { lang } = page;
  const terms = TERMS[lang];
  const accessedIso = isoDay(page.accessed);
  const c = terms.comma;
  const publisher = page.publisher && page.publisher !== page.site ? page.publisher : undefined;
  switch (style) {
    case 'apa': {
      // Title first (no author), in italics, sentence case as the dataset writes it.
      return compact([
        italic(page.title),
        plain(endWith(page.title, '.') === page.title ? ' ' : '. '),
        plain(`(${terms.noDate}). `),
        own(page.site),
        plain(endWith(page.site, '.') === page.site ? ' ' : '. '),
        plain(`${terms.retrieved[0]}${longDate(accessedIso, lang)}${terms.retrieved[1]}`),
        ltr(page.url),
      ]);
    }
    case 'mla': {
      const title = styled(page.title, lang);
      return compact([
        ...quotedTitle(title, '.', terms),
        plain(' '),
        italic(styled(page.site, lang)),
        plain(`${c} `),
        ...(publisher ? [own(publisher), plain(`${c} `)] : []),
        ltr(withoutScheme(page.url)),
        plain(`. ${terms.accessed} ${mlaDate(accessedIso, lang)}.`),
      ]);
    }
    case 'chicago': {
      const title = styled(page.title, lang);
      return compact([
        ...quotedTitle(title, '.', terms),
        plain(' '),
        italic(styled(page.site, lang)),
        plain('. '),
        ...(publisher ? [own(publisher), plain('. ')] : []),
        plain(`${terms.accessed} ${longDate(accessedIso, lang)}. `),
        ltr(page.url),
        plain('.'),
      ]);
    }
    case 'chicago-note': {
      const title = styled(page.title, lang);
      return compact([
        ...quotedTitle(title, c, terms),
        plain(' '),
        italic(styled(page.site, lang)),
        plain(`${c} `),
        ...(publisher ? [own(publisher), plain(`${c} `)] : []),
        plain(`${lowerFirst(terms.accessed)} ${longDate(accessedIso, lang)}${c} `),
        ltr(page.url),
        plain('.'),
      ]);
    }
    case 'bibtex':
      return [plain(pageBibtex(page))];
  }
}

/**
 * A title in quotation marks followed by `mark`: inside the marks in
 * English, unless the title ends in its own stop (“Why?” not “Why?.”).
 */
export function quotedTitle(title: string, mark: string, terms: CiteTerms): Rich {
  const after = terms.punctuationInside
    ? `${/[.?!]$/.test(title) ? '' : mark}${terms.close}`
    : `${terms.close}${mark}`;
  return [plain(terms.open), own(title), plain(after)];
}

/** The page as a BibTeX @misc entry (always written left to right). */
export function pageBibtex(page: CitedPage): string {
  const terms = TERMS[page.lang];
  const accessed = isoDay(page.accessed);
  return bibtexEntry('misc', page.id, [
    ['author', bibtexCorporate(page.publisher ?? page.site)],
    ['title', bibtexTitle(page.title)],
    ['howpublished', bibtexEscape(page.site)],
    ['year', accessed.slice(0, 4)],
    ['url', bibtexUrl(page.url)],
    ['urldate', accessed],
    ['note', bibtexEscape(`${terms.eventDate}: ${page.date}`)],
  ]);
}

/** The page's citation as plain text (Unicode isolates where the direction needs them). */
export function citePageText(page: CitedPage, style: CitationStyle): string {
  return toPlainText(
    citePageRich(page, style),
    style === 'bibtex' || page.lang !== 'ar' ? 'ltr' : 'rtl',
  );
}

/**
 * The page's citation as plain text; a page without a language is cited in
 * English.
 */
export function citePage(
  page: Omit<CitedPage, 'lang'> & { lang?: CitedPage['lang'] },
  style: CitationStyle,
): string {
  return citePageText({ ...page, lang: page.lang ?? 'en' }, style);
}
