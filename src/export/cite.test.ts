import { describe, expect, it } from 'vitest';
import { citePage, citeSource } from './cite';

const page = {
  title: 'Agreement to expand cultural cooperation',
  date: '24 September 2019',
  site: 'Cuba–Syria relations',
  url: 'https://example.org/events/cultural-agreement-2019/',
  accessed: new Date(Date.UTC(2026, 10, 29)),
  id: 'cultural-agreement-2019',
};

describe('citePage', () => {
  it('writes APA, MLA and Chicago with title, date, site, address and access date', () => {
    expect(citePage(page, 'apa')).toBe(
      'Agreement to expand cultural cooperation [24 September 2019]. (n.d.). In Cuba–Syria relations. Retrieved November 29, 2026, from https://example.org/events/cultural-agreement-2019/',
    );
    expect(citePage(page, 'mla')).toBe(
      '“Agreement to expand cultural cooperation.” Cuba–Syria relations, https://example.org/events/cultural-agreement-2019/. Accessed 29 Nov. 2026.',
    );
    expect(citePage(page, 'chicago')).toBe(
      '“Agreement to expand cultural cooperation.” Cuba–Syria relations. Accessed November 29, 2026. https://example.org/events/cultural-agreement-2019/.',
    );
  });

  it('writes a BibTeX entry with its special characters escaped', () => {
    const bib = citePage({ ...page, title: 'Cuba & Syria {50%}' }, 'bibtex');
    expect(bib).toBe(
      [
        '@misc{culturalagreement2019,',
        '  title = {Cuba \\& Syria \\{50\\%\\}},',
        '  howpublished = {Cuba–Syria relations},',
        '  note = {24 September 2019. Accessed 2026-11-29},',
        '  url = {https://example.org/events/cultural-agreement-2019/},',
        '}',
      ].join('\n'),
    );
  });
});

describe('citeSource', () => {
  it('cites publisher, title, date and address; a supplied title stays in brackets', () => {
    const fmt = (iso: string) => `<${iso}>`;
    expect(
      citeSource(
        {
          id: 'g',
          title: 'Celebran aniversario 50 de relaciones Cuba-Siria',
          publisher: 'Granma',
          url: 'https://www.granma.cu/x',
          published: '2015-08-30',
          kind: 'state',
        },
        fmt,
      ),
    ).toBe(
      'Granma. “Celebran aniversario 50 de relaciones Cuba-Siria.” <2015-08-30>. https://www.granma.cu/x.',
    );
    expect(
      citeSource(
        {
          id: 'a',
          title: '[Report]',
          publisher: 'AFP',
          via: 'X',
          url: 'https://x.org/',
          kind: 'wire',
        },
        fmt,
      ),
    ).toBe('AFP (via X). [Report]. https://x.org/.');
  });
});
