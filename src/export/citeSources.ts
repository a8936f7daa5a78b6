/**
 * An event's sources cited in the same style and language as its page
 * (APA 7, MLA 9, Chicago bibliography, BibTeX), each with its date of
 * access, and the adapted article with its permanent revision where the
 * dataset records one. The registry knows no personal authors: a source
 * read through another site (an agency's report on a newspaper's site)
 * names the agency as author and the site as container; other sources
 * start with their title (APA, MLA, Chicago's practice without an author).
 * A title in [square brackets] is a description, never quoted or italic.
 */
import type { Source } from '../data/types';
import type { Language } from '../i18n';
import { bibtexCorporate, bibtexEntry, bibtexEscape, bibtexTitle, bibtexUrl } from './bibtex';
import { quotedTitle, withoutScheme, type CitationStyle } from './cite';
import { apaDate, endWith, isoDay, longDate, mlaDate, TERMS, titleCase } from './citeTerms';
import type { SourceCredit } from './credit';
import { compact, italic, ltr, own, plain, type Rich, type Run } from './rich';

export interface CitedSource {
  source: Source;
  /** What the dataset records beyond the registry (see credit.ts). */
  credit: SourceCredit;
}

const supplied = (source: Source) => source.title.startsWith('[');

/** The source's title as the style sets it: English titles in title case for MLA and Chicago. */
function titleFor(source: Source, titleCased: boolean): string {
  return titleCased && !supplied(source) && source.language === 'en'
    ? titleCase(source.title)
    : source.title;
}

/** "Title. " as a run: `style` for a real title, plain for a description. */
function titleRuns(text: string, source: Source, make: (t: string) => Run): Rich {
  return [
    supplied(source) ? own(text) : make(text),
    plain(endWith(text, '.') === text ? ' ' : '. '),
  ];
}

/** A source's citation in one style and language, as rich text. */
export function citeSource(
  { source, credit }: CitedSource,
  style: CitationStyle,
  lang: Language,
  accessed: Date,
): Rich {
  const terms = TERMS[lang];
  const c = terms.comma;
  const article = source.kind === 'encyclopedia';
  const url = credit.revisionUrl ?? source.url;
  const accessedIso = credit.retrieved ?? isoDay(accessed);
  const date = article ? credit.revised : source.published;
  switch (style) {
    case 'apa': {
      // A source known without an address (a press release by its symbol) ends at its publisher.
      const retrieved = url
        ? [
            plain(`${terms.retrieved[0]}${longDate(accessedIso, lang)}${terms.retrieved[1]}`),
            ltr(url),
          ]
        : [];
      if (article)
        return compact([
          ...titleRuns(source.title, source, own),
          plain(`${apaDate(date, lang)}. ${terms.in} `),
          italic(source.publisher),
          plain('. '),
          ...retrieved,
        ]);
      if (source.via)
        return compact([
          own(source.publisher),
          plain(`. ${apaDate(date, lang)}. `),
          ...titleRuns(source.title, source, italic),
          own(source.via),
          plain('. '),
          ...retrieved,
        ]);
      return compact([
        ...titleRuns(source.title, source, italic),
        plain(`${apaDate(date, lang)}. `),
        own(source.publisher),
        plain('. '),
        ...retrieved,
      ]);
    }
    case 'mla': {
      const title = titleFor(source, true);
      const titleRun = supplied(source)
        ? [own(title), plain('. ')]
        : [...quotedTitle(title, '.', terms), plain(' ')];
      const container = source.via ?? source.publisher;
      return compact([
        ...(source.via ? [own(source.publisher), plain('. ')] : []),
        ...titleRun,
        italic(container),
        ...(date ? [plain(`${c} ${mlaDate(date, lang)}`)] : []),
        ...(url
          ? [
              plain(`${c} `),
              ltr(withoutScheme(url)),
              plain(`. ${terms.accessed} ${mlaDate(accessedIso, lang)}.`),
            ]
          : [plain('.')]),
      ]);
    }
    case 'chicago':
    case 'chicago-note': {
      const title = titleFor(source, true);
      const titleRun = supplied(source)
        ? [own(title), plain('. ')]
        : [...quotedTitle(title, '.', terms), plain(' ')];
      const accessedRun = plain(`${terms.accessed} ${longDate(accessedIso, lang)}. `);
      if (article)
        return compact([
          italic(source.publisher),
          plain('. '),
          ...titleRun,
          ...(date ? [plain(`${terms.lastModified} ${longDate(date, lang)}. `)] : []),
          ...(url ? [accessedRun, ltr(url), plain('.')] : []),
        ]);
      return compact([
        ...(source.via ? [own(source.publisher), plain('. ')] : []),
        ...titleRun,
        italic(source.via ?? source.publisher),
        plain(date ? `${c} ${longDate(date, lang)}. ` : '. '),
        ...(url ? [accessedRun, ltr(url), plain('.')] : []),
      ]);
    }
    case 'bibtex':
      return [plain(sourceBibtex({ source, credit }, lang, accessed))];
  }
}

/** A source as a BibTeX @misc entry. */
export function sourceBibtex(
  { source, credit }: CitedSource,
  lang: Language,
  accessed: Date,
): string {
  const terms = TERMS[lang];
  const article = source.kind === 'encyclopedia';
  const date = article ? credit.revised : source.published;
  const url = credit.revisionUrl ?? source.url;
  const notes = [
    ...(source.via ? [`${terms.via} ${source.via}`] : []),
    ...(article && credit.revised
      ? [`${terms.lastModified} ${longDate(credit.revised, lang)}`]
      : []),
  ];
  return bibtexEntry('misc', source.id, [
    ['author', bibtexCorporate(credit.creator ?? source.publisher)],
    ['title', supplied(source) ? bibtexEscape(source.title) : bibtexTitle(source.title)],
    ['howpublished', bibtexEscape(source.via ?? source.publisher)],
    ['year', date?.slice(0, 4)],
    ...(url
      ? ([
          ['url', bibtexUrl(url)],
          ['urldate', credit.retrieved ?? isoDay(accessed)],
        ] as const)
      : []),
    ['note', notes.length ? bibtexEscape(notes.join('. ')) : undefined],
  ]);
}
