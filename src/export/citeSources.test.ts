import { readFileSync } from 'node:fs';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import type { AdaptedWork, Dataset, Source } from '../data/types';
import type { Language } from '../i18n';
import type { CitationStyle } from './cite';
import { citeSource, sourceBibtex, type CitedSource } from './citeSources';
import { creditOf } from './credit';
import { toPlainText } from './rich';

const accessed = new Date(Date.UTC(2026, 10, 29));
const article: Source = {
  id: 'wikipedia-cuba-syria-relations',
  title: 'Cuba–Syria relations',
  publisher: 'Wikipedia (English)',
  url: 'https://en.wikipedia.org/wiki/Cuba%E2%80%93Syria_relations',
  language: 'en',
  kind: 'encyclopedia',
  license: 'CC BY-SA 4.0',
};
const REVISION =
  'https://en.wikipedia.org/w/index.php?title=Cuba%E2%80%93Syria_relations&oldid=1234567';
const wiki: CitedSource = {
  source: article,
  credit: {
    creator: 'Wikipedia contributors',
    revisionUrl: REVISION,
    revised: '2024-12-09',
    retrieved: '2025-01-15',
  },
};
const afp: CitedSource = {
  source: {
    id: 'afp-x',
    title: 'Al Asad saluda a Fidel Castro',
    publisher: 'AFP',
    via: 'El Punto Crítico',
    url: 'https://elpuntocritico.com/x',
    published: '2015-08-30',
    language: 'es',
    kind: 'wire',
  },
  credit: {},
};
const granma: CitedSource = {
  source: {
    id: 'g',
    title: '[Report on the visit]',
    publisher: 'Granma',
    url: 'https://www.granma.cu/x',
    published: '2010-06',
    kind: 'state',
  },
  credit: {},
};

const seen = (s: CitedSource, style: CitationStyle, lang: Language) =>
  toPlainText(citeSource(s, style, lang, accessed), lang === 'ar' ? 'rtl' : 'ltr').replace(
    /[\u2066\u2068\u2069]/g,
    '|',
  );

describe('citeSource', () => {
  it('cites in APA: the agency as author, the site read, the date of access, the article’s revision', () => {
    expect(seen(wiki, 'apa', 'en')).toBe(
      `Cuba–Syria relations. (2024, December 9). In Wikipedia (English). Retrieved January 15, 2025, from ${REVISION}`,
    );
    expect(seen(afp, 'apa', 'en')).toBe(
      'AFP. (2015, August 30). Al Asad saluda a Fidel Castro. El Punto Crítico. Retrieved November 29, 2026, from https://elpuntocritico.com/x',
    );
    expect(seen(granma, 'apa', 'es')).toBe(
      '[Report on the visit]. (2010, junio). Granma. Recuperado el 29 de noviembre de 2026, de https://www.granma.cu/x',
    );
    expect(seen(afp, 'apa', 'ar')).toBe(
      '|AFP|. (2015، 30 أغسطس). |Al Asad saluda a Fidel Castro|. |El Punto Crítico|. تاريخ الاطلاع 29 نوفمبر 2026، من |https://elpuntocritico.com/x|',
    );
  });

  it('cites in MLA: English titles in title case, others as written; container in italics', () => {
    expect(seen(wiki, 'mla', 'en')).toBe(
      '“Cuba–Syria Relations.” Wikipedia (English), 9 Dec. 2024, en.wikipedia.org/w/index.php?title=Cuba%E2%80%93Syria_relations&oldid=1234567. Accessed 15 Jan. 2025.',
    );
    expect(seen(afp, 'mla', 'es')).toBe(
      'AFP. «Al Asad saluda a Fidel Castro». El Punto Crítico, 30 ago. 2015, elpuntocritico.com/x. Consultado el 29 nov. 2026.',
    );
    expect(seen(granma, 'mla', 'en')).toBe(
      '[Report on the visit]. Granma, June 2010, www.granma.cu/x. Accessed 29 Nov. 2026.',
    );
    expect(
      citeSource(afp, 'mla', 'en', accessed)
        .filter((r) => r.italic)
        .map((r) => r.text),
    ).toEqual(['El Punto Crítico']);
  });

  it('cites in Chicago: last modified, accessed, the address', () => {
    expect(seen(wiki, 'chicago', 'en')).toBe(
      `Wikipedia (English). “Cuba–Syria Relations.” Last modified December 9, 2024. Accessed January 15, 2025. ${REVISION}.`,
    );
    expect(seen(afp, 'chicago', 'es')).toBe(
      'AFP. «Al Asad saluda a Fidel Castro». El Punto Crítico, 30 de agosto de 2015. Consultado el 29 de noviembre de 2026. https://elpuntocritico.com/x.',
    );
    expect(seen(wiki, 'chicago', 'ar')).toBe(
      `|Wikipedia (English)|. «|Cuba–Syria Relations|». آخر تعديل 9 ديسمبر 2024. تاريخ الاطلاع 15 يناير 2025. |${REVISION}|.`,
    );
  });

  it('cites in BibTeX, read back by a BibTeX parser, the article by its creator', () => {
    const bib = [wiki, afp, granma].map((s) => sourceBibtex(s, 'en', accessed)).join('\n\n');
    const { errors, entries } = parseBibtex(bib);
    expect(errors).toEqual([]);
    expect(entries.map((e) => [e.key, e.fields.author, e.fields.year, e.fields.urldate])).toEqual([
      [
        'wikipedia-cuba-syria-relations',
        [{ name: 'Wikipedia contributors' }],
        '2024',
        '2025-01-15',
      ],
      ['afp-x', [{ name: 'AFP' }], '2015', '2026-11-29'],
      ['g', [{ name: 'Granma' }], '2010', '2026-11-29'],
    ]);
    expect(entries[0]!.fields.url).toBe(REVISION);
    expect(entries[0]!.fields.note).toBe('Last modified December 9, 2024');
    expect(entries[1]!.fields.note).toBe('via El Punto Crítico');
  });

  it('without a recorded revision, cites the article’s address, n.d. and today’s access', () => {
    const bare: CitedSource = { source: article, credit: {} };
    expect(seen(bare, 'apa', 'en')).toBe(
      'Cuba–Syria relations. (n.d.). In Wikipedia (English). Retrieved November 29, 2026, from https://en.wikipedia.org/wiki/Cuba%E2%80%93Syria_relations',
    );
    expect(parseBibtex(sourceBibtex(bare, 'ar', accessed)).entries[0]!.fields.year).toBeUndefined();
  });
});

describe('creditOf', () => {
  const dataset = (work: Partial<AdaptedWork>) =>
    ({
      sources: [article, afp.source],
      license: {
        name: 'CC BY-SA 4.0',
        url: 'https://creativecommons.org/licenses/by-sa/4.0/',
        adapts: [
          {
            source: article.id,
            title: article.title,
            url: article.url!,
            creator: 'Wikipedia contributors',
            license: 'CC BY-SA 4.0',
            changes: 'Condensed and translated.',
            i18n: { es: { creator: 'colaboradores de Wikipedia' } },
            ...work,
          },
        ],
      },
    }) satisfies Pick<Dataset, 'sources' | 'license'>;

  it('reads the creator, revision and retrieval from the licence block, for the article only', () => {
    const data = dataset({ revision: '1234567', retrieved: '2025-01-15T10:00:00Z' });
    expect(creditOf(article, data)).toEqual({
      creator: 'Wikipedia contributors',
      revisionUrl: REVISION,
      retrieved: '2025-01-15',
    });
    expect(creditOf(article, data, 'es').creator).toBe('colaboradores de Wikipedia');
    expect(creditOf(afp.source, data)).toEqual({});
  });

  it('takes a revision given as an address, and ignores what is not one', () => {
    expect(creditOf(article, dataset({ revision: REVISION })).revisionUrl).toBe(REVISION);
    expect(
      creditOf(article, dataset({ revision: 'javascript:alert(1)', retrieved: 'yesterday' })),
    ).toEqual({ creator: 'Wikipedia contributors' });
    expect(creditOf(article, { sources: [article] })).toEqual({});
  });

  it('reads the bundled dataset’s credit for the article', () => {
    const bundled = JSON.parse(
      readFileSync(new URL('../../public/data/cuba-syria.json', import.meta.url), 'utf8'),
    ) as Dataset;
    const source = bundled.sources.find((s) => s.kind === 'encyclopedia')!;
    expect(creditOf(source, bundled, 'ar').creator).toBe('مساهمو ويكيبيديا');
  });
});
