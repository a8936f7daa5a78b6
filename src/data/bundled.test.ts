/**
 * The bundled dataset against its sources (docs/sources/): the article's
 * events and the checked chronology's events, at the precision they give,
 * each cited with a quotation that appears word for word in the source file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from './schema';
import type { Dataset } from './types';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const dataset = JSON.parse(read('../../public/data/cuba-syria.json')) as Dataset;
const article = read('../../docs/sources/cuba-syria-relations.txt');
const chronology = read('../../docs/sources/chronology.md');
const ARTICLE = 'wikipedia-cuba-syria-relations';

/** The rows of chronology.md's events table, as [date, event, place, sources, quotation, note]. */
function chronologyRows(): string[][] {
  const table = chronology.slice(
    chronology.indexOf('## The events'),
    chronology.indexOf('## Where'),
  );
  return table
    .split('\n')
    .filter((line) => /^\| \d{4}/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
}

/** Dates as the chronology gives them, stored at the precision its notes ask for. */
const CHRONOLOGY_DATES: Record<string, [start: string, end?: string]> = {
  'cuban-tank-crews-in-syria': ['1973', '1975'],
  'nam-summit-havana-1979': ['1979-09'],
  'castro-visits-syria-2001': ['2001-05-15', '2001-05-16'],
  'assad-visits-cuba-2010': ['2010-06-27', '2010-06-29'],
  'human-rights-council-vote-2011': ['2011-08-23'],
  'general-assembly-vote-2012': ['2012-02-16'],
  'assad-envoy-in-havana-2013': ['2013-06-05', '2013-06-06'],
  'fiftieth-anniversary-2015': ['2015-08'],
  'troop-reports-denied-2015': ['2015-10'],
  'first-medicines-shipment-2016': ['2016-08-29'],
  'condolences-fidel-castro-2016': ['2016-11-26'],
  'shayrat-strike-condemned-2017': ['2017-04-07'],
  'visa-exemption-agreement-2017': ['2017-04-20'],
  'strikes-condemned-2018': ['2018-04-13'],
  'covid-vaccines-donated-2022': ['2022-01-07'],
  'earthquake-condolences-2023': ['2023-02-14'],
  'g77-summit-delegation-2023': ['2023-09-15', '2023-09-16'],
  'diplomatic-institutes-agreement-2023': ['2023-11-19'],
  'foreign-ministers-call-2024': ['2024-12'],
};

/** The sixteen events taken from the article and the context facts. */
const ARTICLE_EVENTS = [
  'relations-established',
  'era-cold-war',
  'un-mutual-backing',
  'golan-and-embargo-positions',
  'soviet-union-dissolved',
  'era-post-cold-war',
  'high-level-visits',
  'non-aligned-movement',
  'healthcare-education-expertise',
  'civil-war-onset',
  'era-civil-war',
  'cuba-backs-assad-government',
  'cultural-agreement-2019',
  'statement-on-fall-of-assad',
  'medical-training-agreements',
  'technical-support-health-biotech',
];

const byId = new Map(dataset.events.map((e) => [e.id, e]));
const allQuotes = dataset.events.flatMap((e) => e.sources.map((c) => c.quote));

describe('the bundled dataset', () => {
  it('is valid', () => {
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('holds the article events and every chronology event, and nothing else', () => {
    expect(chronologyRows()).toHaveLength(Object.keys(CHRONOLOGY_DATES).length);
    expect(dataset.events.map((e) => e.id).sort()).toEqual(
      [...ARTICLE_EVENTS, ...Object.keys(CHRONOLOGY_DATES)].sort(),
    );
  });

  it('gives each chronology event its date at the precision the chronology supports', () => {
    for (const [id, [start, end]] of Object.entries(CHRONOLOGY_DATES)) {
      const event = byId.get(id);
      expect({ id, start: event?.start, end: event?.end }).toEqual({ id, start, end });
    }
  });

  it('quotes every quotation of the chronology table', () => {
    const quotations = chronologyRows().flatMap((row) =>
      [...(row[4] ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]),
    );
    expect(quotations.length).toBeGreaterThanOrEqual(19);
    expect(quotations.filter((q) => !allQuotes.includes(q as string))).toEqual([]);
  });

  it('cites at least one source, with a quotation, for every event', () => {
    for (const event of dataset.events) {
      expect(event.sources.length, event.id).toBeGreaterThan(0);
      for (const citation of event.sources) expect(citation.quote.trim(), event.id).not.toBe('');
    }
  });

  it('cites only sources of its registry', () => {
    const known = new Set(dataset.sources.map((s) => s.id));
    const cited = dataset.events.flatMap((e) => [
      ...e.sources.map((c) => c.source),
      ...(e.furtherSources ?? []),
      ...(e.disputes ?? []).flatMap((d) => d.sources ?? []),
    ]);
    expect(cited.filter((id) => !known.has(id))).toEqual([]);
  });

  it('quotes the article word for word, with its section', () => {
    for (const event of dataset.events) {
      for (const citation of event.sources.filter((c) => c.source === ARTICLE)) {
        expect(article, event.id).toContain(citation.quote);
        expect(citation.section, event.id).toBeTruthy();
      }
    }
  });

  it('quotes every other source as chronology.md does, under that source’s address', () => {
    const sources = new Map(dataset.sources.map((s) => [s.id, s]));
    for (const event of dataset.events) {
      for (const citation of event.sources.filter((c) => c.source !== ARTICLE)) {
        const url = sources.get(citation.source)?.url ?? '';
        const row = chronologyRows().find((r) => r.join(' ').includes(`"${citation.quote}"`));
        expect(row, `${event.id}: quotation not in chronology.md`).toBeDefined();
        // A row may point to a link given in an earlier row ("(link above)").
        const cell = row?.[3] ?? '';
        const named =
          cell.includes(url) || (cell.includes('(link above)') && chronology.includes(url));
        expect(named, `${event.id}: ${url} not among the row's sources`).toBe(true);
      }
    }
  });

  it('is licensed CC BY-SA 4.0 and credits the article with its licence', () => {
    expect(dataset.license?.name).toBe('CC BY-SA 4.0');
    const wiki = dataset.sources.find((s) => s.id === ARTICLE);
    expect(wiki).toMatchObject({ kind: 'encyclopedia', license: 'CC BY-SA 4.0' });
  });
});
