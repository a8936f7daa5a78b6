import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import type { Language } from '../i18n';
import { citePageRich, citePageText, type CitationStyle, type CitedPage } from './cite';
import { titleCase } from './citeTerms';
import { toPlainText } from './rich';

const accessed = new Date(Date.UTC(2026, 10, 29, 15, 30));

/** A day-precision event (24 September 2019) and a month-precision one (September 1979). */
const PAGES: Record<'day' | 'month', Record<Language, CitedPage>> = {
  day: {
    en: {
      lang: 'en',
      title: 'Agreement to expand cultural cooperation',
      date: '24 September 2019',
      site: 'Cuba–Syria relations',
      url: 'https://example.org/events/cultural-agreement-2019/',
      accessed,
      id: 'cultural-agreement-2019',
    },
    es: {
      lang: 'es',
      title: 'Acuerdo para ampliar la cooperación cultural',
      date: '24 de septiembre de 2019',
      site: 'Relaciones entre Cuba y Siria',
      url: 'https://example.org/es/events/cultural-agreement-2019/',
      accessed,
      id: 'cultural-agreement-2019',
    },
    ar: {
      lang: 'ar',
      title: 'اتفاقية لتوسيع التعاون الثقافي',
      date: '24 سبتمبر 2019',
      site: 'العلاقات بين كوبا وسوريا',
      url: 'https://example.org/ar/events/cultural-agreement-2019/',
      accessed,
      id: 'cultural-agreement-2019',
    },
  },
  month: {
    en: {
      lang: 'en',
      title: 'Hafez al-Assad at the Non-Aligned summit in Havana',
      date: 'September 1979',
      site: 'Cuba–Syria relations',
      url: 'https://example.org/events/nam-summit-havana-1979/',
      accessed,
      id: 'nam-summit-havana-1979',
    },
    es: {
      lang: 'es',
      title: 'Háfez al Asad en la cumbre de los No Alineados en La Habana',
      date: 'septiembre de 1979',
      site: 'Relaciones entre Cuba y Siria',
      url: 'https://example.org/es/events/nam-summit-havana-1979/',
      accessed,
      id: 'nam-summit-havana-1979',
    },
    ar: {
      lang: 'ar',
      title: 'حافظ الأسد في قمة عدم الانحياز في هافانا',
      date: 'سبتمبر 1979',
      site: 'العلاقات بين كوبا وسوريا',
      url: 'https://example.org/ar/events/nam-summit-havana-1979/',
      accessed,
      id: 'nam-summit-havana-1979',
    },
  },
};

/** The citations as the reader sees them (isolates shown as | to be readable here). */
const seen = (page: CitedPage, style: CitationStyle) =>
  citePageText(page, style)
    .replace(/[\u2066\u2068]/g, '|')
    .replace(/\u2069/g, '|');

/** Hand-checked against APA 7 (7th ed., §9.16, 10.16), MLA 9 and Chicago 17 (14.206–207). */
const EXPECTED: Record<
  'day' | 'month',
  Record<Language, Record<Exclude<CitationStyle, 'bibtex'>, string>>
> = {
  day: {
    en: {
      apa: 'Agreement to expand cultural cooperation. (n.d.). Cuba–Syria relations. Retrieved November 29, 2026, from https://example.org/events/cultural-agreement-2019/',
      mla: '“Agreement to Expand Cultural Cooperation.” Cuba–Syria Relations, example.org/events/cultural-agreement-2019/. Accessed 29 Nov. 2026.',
      chicago:
        '“Agreement to Expand Cultural Cooperation.” Cuba–Syria Relations. Accessed November 29, 2026. https://example.org/events/cultural-agreement-2019/.',
      'chicago-note':
        '“Agreement to Expand Cultural Cooperation,” Cuba–Syria Relations, accessed November 29, 2026, https://example.org/events/cultural-agreement-2019/.',
    },
    es: {
      apa: 'Acuerdo para ampliar la cooperación cultural. (s. f.). Relaciones entre Cuba y Siria. Recuperado el 29 de noviembre de 2026, de https://example.org/es/events/cultural-agreement-2019/',
      mla: '«Acuerdo para ampliar la cooperación cultural». Relaciones entre Cuba y Siria, example.org/es/events/cultural-agreement-2019/. Consultado el 29 nov. 2026.',
      chicago:
        '«Acuerdo para ampliar la cooperación cultural». Relaciones entre Cuba y Siria. Consultado el 29 de noviembre de 2026. https://example.org/es/events/cultural-agreement-2019/.',
      'chicago-note':
        '«Acuerdo para ampliar la cooperación cultural», Relaciones entre Cuba y Siria, consultado el 29 de noviembre de 2026, https://example.org/es/events/cultural-agreement-2019/.',
    },
    ar: {
      apa: 'اتفاقية لتوسيع التعاون الثقافي. (د. ت.). العلاقات بين كوبا وسوريا. تاريخ الاطلاع 29 نوفمبر 2026، من |https://example.org/ar/events/cultural-agreement-2019/|',
      mla: '«اتفاقية لتوسيع التعاون الثقافي». العلاقات بين كوبا وسوريا، |example.org/ar/events/cultural-agreement-2019/|. تاريخ الاطلاع 29 نوفمبر 2026.',
      chicago:
        '«اتفاقية لتوسيع التعاون الثقافي». العلاقات بين كوبا وسوريا. تاريخ الاطلاع 29 نوفمبر 2026. |https://example.org/ar/events/cultural-agreement-2019/|.',
      'chicago-note':
        '«اتفاقية لتوسيع التعاون الثقافي»، العلاقات بين كوبا وسوريا، تاريخ الاطلاع 29 نوفمبر 2026، |https://example.org/ar/events/cultural-agreement-2019/|.',
    },
  },
  month: {
    en: {
      apa: 'Hafez al-Assad at the Non-Aligned summit in Havana. (n.d.). Cuba–Syria relations. Retrieved November 29, 2026, from https://example.org/events/nam-summit-havana-1979/',
      mla: '“Hafez al-Assad at the Non-Aligned Summit in Havana.” Cuba–Syria Relations, example.org/events/nam-summit-havana-1979/. Accessed 29 Nov. 2026.',
      chicago:
        '“Hafez al-Assad at the Non-Aligned Summit in Havana.” Cuba–Syria Relations. Accessed November 29, 2026. https://example.org/events/nam-summit-havana-1979/.',
      'chicago-note':
        '“Hafez al-Assad at the Non-Aligned Summit in Havana,” Cuba–Syria Relations, accessed November 29, 2026, https://example.org/events/nam-summit-havana-1979/.',
    },
    es: {
      apa: 'Háfez al Asad en la cumbre de los No Alineados en La Habana. (s. f.). Relaciones entre Cuba y Siria. Recuperado el 29 de noviembre de 2026, de https://example.org/es/events/nam-summit-havana-1979/',
      mla: '«Háfez al Asad en la cumbre de los No Alineados en La Habana». Relaciones entre Cuba y Siria, example.org/es/events/nam-summit-havana-1979/. Consultado el 29 nov. 2026.',
      chicago:
        '«Háfez al Asad en la cumbre de los No Alineados en La Habana». Relaciones entre Cuba y Siria. Consultado el 29 de noviembre de 2026. https://example.org/es/events/nam-summit-havana-1979/.',
      'chicago-note':
        '«Háfez al Asad en la cumbre de los No Alineados en La Habana», Relaciones entre Cuba y Siria, consultado el 29 de noviembre de 2026, https://example.org/es/events/nam-summit-havana-1979/.',
    },
    ar: {
      apa: 'حافظ الأسد في قمة عدم الانحياز في هافانا. (د. ت.). العلاقات بين كوبا وسوريا. تاريخ الاطلاع 29 نوفمبر 2026، من |https://example.org/ar/events/nam-summit-havana-1979/|',
      mla: '«حافظ الأسد في قمة عدم الانحياز في هافانا». العلاقات بين كوبا وسوريا، |example.org/ar/events/nam-summit-havana-1979/|. تاريخ الاطلاع 29 نوفمبر 2026.',
      chicago:
        '«حافظ الأسد في قمة عدم الانحياز في هافانا». العلاقات بين كوبا وسوريا. تاريخ الاطلاع 29 نوفمبر 2026. |https://example.org/ar/events/nam-summit-havana-1979/|.',
      'chicago-note':
        '«حافظ الأسد في قمة عدم الانحياز في هافانا»، العلاقات بين كوبا وسوريا، تاريخ الاطلاع 29 نوفمبر 2026، |https://example.org/ar/events/nam-summit-havana-1979/|.',
    },
  },
};

describe('citePageRich', () => {
  for (const precision of ['day', 'month'] as const)
    for (const lang of ['en', 'es', 'ar'] as const)
      it(`writes APA, MLA and Chicago in ${lang}, for an event dated to the ${precision}`, () => {
        const page = PAGES[precision][lang];
        for (const style of ['apa', 'mla', 'chicago', 'chicago-note'] as const)
          expect(seen(page, style), style).toBe(EXPECTED[precision][lang][style]);
      });

  it('sets in italics what each style asks: the page’s title (APA), the site (MLA, Chicago)', () => {
    const page = PAGES.day.en;
    const italics = (style: CitationStyle) =>
      citePageRich(page, style)
        .filter((r) => r.italic)
        .map((r) => r.text);
    expect(italics('apa')).toEqual(['Agreement to expand cultural cooperation']);
    expect(italics('mla')).toEqual(['Cuba–Syria Relations']);
    expect(italics('chicago')).toEqual(['Cuba–Syria Relations']);
    expect(italics('chicago-note')).toEqual(['Cuba–Syria Relations']);
  });

  it('names the publisher where the dataset gives one that is not the site', () => {
    const page = { ...PAGES.day.en, publisher: 'Example Institute' };
    expect(seen(page, 'mla')).toContain('Cuba–Syria Relations, Example Institute, example.org/');
    expect(seen(page, 'chicago')).toContain('Cuba–Syria Relations. Example Institute. Accessed');
    expect(citePageText(page, 'bibtex')).toContain('author = {{Example Institute}},');
  });

  it('isolates addresses and left-to-right text in Arabic, and nothing in English', () => {
    const ar = { ...PAGES.day.ar, site: 'Cuba–Syria relations' };
    const text = citePageText(ar, 'mla');
    expect(text).toContain('\u2068Cuba–Syria relations\u2069');
    expect(text).toContain('\u2066example.org/ar/events/cultural-agreement-2019/\u2069');
    expect(citePageText(PAGES.day.en, 'apa')).not.toMatch(/[\u2066-\u2069]/);
    expect(toPlainText([{ text: 'العلاقات', isolate: 'auto' }], 'ltr')).toBe(
      '\u2068العلاقات\u2069',
    );
  });

  it('does not double a title’s own stop', () => {
    const page = { ...PAGES.day.en, title: 'Who signed?' };
    expect(seen(page, 'mla').startsWith('“Who Signed?” Cuba')).toBe(true);
    expect(seen(page, 'apa').startsWith('Who signed? (n.d.).')).toBe(true);
  });
});

describe('BibTeX', () => {
  it('writes author, title, year, url, urldate and note, read back by a BibTeX parser', () => {
    for (const precision of ['day', 'month'] as const)
      for (const lang of ['en', 'es', 'ar'] as const) {
        const page = PAGES[precision][lang];
        const bib = citePageText(page, 'bibtex');
        expect(bib).not.toMatch(/[\u2066-\u2069]/);
        const { errors, entries } = parseBibtex(bib);
        expect(errors).toEqual([]);
        expect(entries).toHaveLength(1);
        const { key, type, fields } = entries[0]!;
        expect([key, type]).toEqual([page.id, 'misc']);
        expect(fields.author).toEqual([{ name: page.site }]);
        expect(fields.title).toBe(page.title);
        expect(fields.year).toBe('2026');
        expect(fields.url).toBe(page.url);
        expect(fields.urldate).toBe('2026-11-29');
        expect(fields.note).toContain(page.date);
      }
    expect(citePageText(PAGES.month.en, 'bibtex')).toBe(
      [
        '@misc{nam-summit-havana-1979,',
        '  author = {{Cuba–Syria relations}},',
        '  title = {{Hafez} {al-Assad} at the {Non-Aligned} summit in {Havana}},',
        '  howpublished = {Cuba–Syria relations},',
        '  year = {2026},',
        '  url = {https://example.org/events/nam-summit-havana-1979/},',
        '  urldate = {2026-11-29},',
        '  note = {Event date: September 1979},',
        '}',
      ].join('\n'),
    );
    expect(citePageText(PAGES.day.es, 'bibtex')).toContain(
      'note = {Fecha del acontecimiento: 24 de septiembre de 2019},',
    );
    expect(citePageText(PAGES.day.ar, 'bibtex')).toContain('note = {تاريخ الحدث: 24 سبتمبر 2019},');
  });
});

describe('titleCase', () => {
  it('capitalises words but not minor words or name particles, and never lowers a letter', () => {
    expect(titleCase('Hafez al-Assad at the Non-aligned summit in Havana')).toBe(
      'Hafez al-Assad at the Non-Aligned Summit in Havana',
    );
    expect(titleCase('the talks on debt: an end of the affair')).toBe(
      'The Talks on Debt: An End of the Affair',
    );
    expect(titleCase('COVID-19 vaccines from Cuba to Syria')).toBe(
      'COVID-19 Vaccines from Cuba to Syria',
    );
    expect(titleCase('what it was for')).toBe('What It Was For');
  });
});
