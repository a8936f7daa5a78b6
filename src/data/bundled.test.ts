/**
 * The bundled dataset against its sources (docs/sources/): the article's
 * events, the checked chronology's events and the audit's further events, at
 * the precision they give, each cited with a quotation that appears word for
 * word in the source file it comes from. The corrections of the audit
 * (docs/sources/audit-2026-12.md) are pinned in `corrections.test.ts`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from './schema';
import type { Dataset, Source } from './types';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const dataset = JSON.parse(read('../../public/data/cuba-syria.json')) as Dataset;
const article = read('../../docs/sources/cuba-syria-relations.txt');
const chronology = read('../../docs/sources/chronology.md');
const audit = read('../../docs/sources/audit-2026-12.md');
const ARTICLE = 'wikipedia-cuba-syria-relations';
const eventById = new Map(dataset.events.map((e) => [e.id, e]));
const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));

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

/**
 * Where the source files give a quotation together with its source: a row of
 * chronology.md, or a paragraph (an item with its bullets) of the audit. An
 * audit item that says "Same page" names the address of the item before it,
 * and a chronology row that says "(link above)" one of an earlier row.
 */
function blocksQuoting(quote: string): string[] {
  const rows = chronology.split('\n').filter((line) => line.startsWith('| '));
  const paragraphs = audit.split(/\n\s*\n/);
  const blocks: string[] = [];
  rows.forEach((row) => {
    if (row.includes(quote)) blocks.push(row.includes('(link above)') ? chronology : row);
  });
  paragraphs.forEach((paragraph, i) => {
    if (!paragraph.includes(quote)) return;
    const samePage = /Same page/.test(paragraph) ? (paragraphs[i - 1] ?? '') : '';
    blocks.push(`${samePage}\n${paragraph}`);
  });
  return blocks;
}

/**
 * True when `block` names `source`: by its address, or by its publisher (or
 * the publisher's abbreviation, e.g. "MINREX"), as the audit names the
 * sources already registered.
 */
function namesSource(block: string, source: Source): boolean {
  const short = /\(([^)]+)\)$/.exec(source.publisher)?.[1];
  const bare = source.publisher.replace(/\s*\([^)]*\)$/, '');
  const names = [source.publisher, bare, ...(short ? [short] : [])];
  return (!!source.url && block.includes(source.url)) || names.some((n) => block.includes(n));
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

/**
 * The audit's further events (Part B, and the second General Assembly vote of
 * A.1 #20), each with its date string exactly as stored (the precision its
 * sources support) and its sources: quoted first, in order, then further ones.
 */
const AUDIT_EVENTS: Record<string, { start: string; end?: string; sources: string[] }> = {
  // B1: context; the day is one source's only, the month both sources'.
  'cuba-breaks-with-israel-1973': {
    start: '1973-09',
    sources: ['cubaencuentro-efemerides', 'afp-oladd-2010'],
  },
  // B2: state only, no date but the war's year.
  'medical-contingent-damascus-1973': {
    start: '1973',
    sources: ['granma-guayacan-2015-08', 'prensalatina-cubasi-ch-2015'],
  },
  // B3: "Sunday", after the arrival of 29 March (JTA, 22 March 1974).
  'dayan-cuban-brigade-claim-1974': {
    start: '1974-03-31',
    sources: ['jta-1974-dayan', 'jta-1974-pentagon', 'jta-1974-03-22'],
  },
  // B6: the visit's second day.
  'castro-second-day-syria-2001': {
    start: '2001-05-16',
    sources: ['granma-fidelcastro-2001-05-17', 'times-of-india-cubanet-2001-05'],
  },
  // B7
  'syrian-delegation-received-2006': {
    start: '2006-08-27',
    sources: ['granma-cubainformazione-2006'],
  },
  // B8: the summit's month.
  'non-aligned-summit-havana-2006': {
    start: '2006-09',
    sources: ['efe-procesodigital-2006-09-11', 'elaph-2006-09'],
  },
  // B9
  'perez-roque-in-damascus-2008': {
    start: '2008-03-28',
    end: '2008-03-29',
    sources: ['prensalatina-granma-cubainformazione-2008'],
  },
  // B10: reported 2 July 2008, the day not given.
  'information-minister-received-2008': {
    start: '2008-07',
    sources: ['prensalatina-granma-cubainformazione-2008'],
  },
  // B11: the 2010 agreements' signatories.
  'anti-drug-agreement-2010': {
    start: '2010-06-28',
    sources: ['aduc-mondoraro-2010', 'ap-sdut-2010-06-28'],
  },
  // B12, B14, B15, B16: the Human Rights Council votes.
  'human-rights-council-vote-april-2011': {
    start: '2011-04-29',
    sources: ['unwatch-2011-04', 'ishr-2011-04-30', 'alittihad-2011-04'],
  },
  'human-rights-council-vote-march-2012': {
    start: '2012-03-01',
    sources: ['chinatimes-2012-03', 'globalresearch-unhrc-2011', 'alfajr-masress-2012-03'],
  },
  'human-rights-council-vote-june-2012': { start: '2012-06-01', sources: ['unwatch-2012-06-01'] },
  'human-rights-council-vote-september-2012': {
    start: '2012-09-28',
    sources: ['bdtv-2012-09-29', 'almasryalyoum-masress-2012-09'],
  },
  // B13
  'damascus-bombings-condemned-2011': {
    start: '2011-12-23',
    sources: ['minrex-mronline-2011-12-23'],
  },
  // A.1 #20: the vote the Reuters sentence reports.
  'general-assembly-vote-august-2012': { start: '2012-08-03', sources: ['reuters-2012-08-03'] },
  // B17: "on Tuesday", the day not fixed: the month.
  'mekdad-envoy-in-havana-2012': {
    start: '2012-11',
    sources: ['havanatimes-2012-11', 'dpa-havanatimes-2012-11'],
  },
  // B18: "last April", in December 2016.
  'debt-agreement-2016': {
    start: '2016-04',
    sources: ['newarab-2016-12-21', '14ymedio-translatingcuba-2016-12-19'],
  },
  // B19: "Tuesday evening", before the burial on 4 December.
  'fidel-castro-memorial-2016': { start: '2016-11-29', sources: ['sana-2016-11'] },
  // B20: reported 11 February 2020: the month.
  'tourism-agreement-2020': { start: '2020-02', sources: ['excelencias-2020-02-11'] },
  // B21, B22, B23
  'medical-scholarships-2023': { start: '2023-01-15', sources: ['prensalatina-2023-01-15'] },
  'ambassador-credentials-2023': { start: '2023-02-22', sources: ['prensalatina-2023-02-22'] },
  'g77-preparations-call-2023': {
    start: '2023-08',
    sources: ['prensalatina-2023-08-17', 'sana-syriahomenews-2023-08'],
  },
};

/** Left out on purpose: B5 (one source, whose original report the audit asks for first). */
const LEFT_OUT = ['malmierca', 'khaddam'];

const allQuotes = dataset.events.flatMap((e) => e.sources.map((c) => c.quote));
/** The source's typographic apostrophe and chronology.md's straight one are the same quotation. */
const sameQuote = (a: string) => a.replaceAll('’', "'");

describe('the bundled dataset', () => {
  it('is valid', () => {
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('holds the article, chronology and audit events, and nothing else', () => {
    expect(chronologyRows()).toHaveLength(Object.keys(CHRONOLOGY_DATES).length);
    expect(dataset.events.map((e) => e.id).sort()).toEqual(
      [...ARTICLE_EVENTS, ...Object.keys(CHRONOLOGY_DATES), ...Object.keys(AUDIT_EVENTS)].sort(),
    );
  });

  it('gives each chronology event its date at the precision the chronology supports', () => {
    for (const [id, [start, end]] of Object.entries(CHRONOLOGY_DATES)) {
      const event = eventById.get(id);
      expect({ id, start: event?.start, end: event?.end }).toEqual({ id, start, end });
    }
  });

  it('gives each audit event its exact date string and its sources', () => {
    for (const [id, expected] of Object.entries(AUDIT_EVENTS)) {
      const event = eventById.get(id);
      const sources = [
        ...new Set([
          ...(event?.sources ?? []).map((c) => c.source),
          ...(event?.furtherSources ?? []),
        ]),
      ];
      expect({ id, start: event?.start, end: event?.end, sources }).toEqual({ id, ...expected });
    }
  });

  it('leaves out the single-source visit the audit asks to confirm first', () => {
    const text = JSON.stringify(dataset).toLowerCase();
    for (const word of LEFT_OUT) expect(text).not.toContain(word);
  });

  it('quotes every quotation of the chronology table', () => {
    const quotations = chronologyRows().flatMap((row) =>
      [...(row[4] ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1] as string),
    );
    expect(quotations.length).toBeGreaterThanOrEqual(20);
    const used = new Set(allQuotes.map(sameQuote));
    expect(quotations.filter((q) => !used.has(sameQuote(q)))).toEqual([]);
  });

  it('cites at least one source, with a quotation, for every event', () => {
    for (const event of dataset.events) {
      expect(event.sources.length, event.id).toBeGreaterThan(0);
      for (const citation of event.sources) expect(citation.quote.trim(), event.id).not.toBe('');
    }
  });

  it('cites only sources of its registry, and lists only sources it cites', () => {
    const known = new Set(dataset.sources.map((s) => s.id));
    const cited = new Set(
      dataset.events.flatMap((e) => [
        ...e.sources.map((c) => c.source),
        ...(e.furtherSources ?? []),
        ...(e.disputes ?? []).flatMap((d) => d.sources ?? []),
      ]),
    );
    expect([...cited].filter((id) => !known.has(id))).toEqual([]);
    expect([...known].filter((id) => !cited.has(id))).toEqual([]);
  });

  it('quotes the article word for word, with its section', () => {
    for (const event of dataset.events) {
      for (const citation of event.sources.filter((c) => c.source === ARTICLE)) {
        expect(article, event.id).toContain(citation.quote);
        expect(citation.section, event.id).toBeTruthy();
      }
    }
  });

  it('quotes every other source word for word from chronology.md or the audit, where that source is named', () => {
    for (const event of dataset.events) {
      for (const citation of event.sources.filter((c) => c.source !== ARTICLE)) {
        const source = sourceById.get(citation.source)!;
        const blocks = blocksQuoting(citation.quote);
        expect(
          blocks.length,
          `${event.id}: quotation in neither file: ${citation.quote}`,
        ).toBeGreaterThan(0);
        expect(
          blocks.some((block) => namesSource(block, source)),
          `${event.id}: ${citation.source} is not the source named with its quotation`,
        ).toBe(true);
      }
    }
  });

  it('keeps the source files it quotes in docs/sources', () => {
    expect(chronology).toContain('**Corrected in December 2026**');
    expect(audit).toContain('# Audit of the dataset (December 2026)');
  });
});
