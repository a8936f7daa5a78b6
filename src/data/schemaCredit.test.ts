/**
 * The validator on credits: sources known without an address, their authors
 * and licences, and the licence block's adapted works (creator, version,
 * changes, translations) and the notice on quotations.
 */
import { describe, expect, it } from 'vitest';
import { validateDataset, type DatasetProblem } from './schema';

const ARTICLE_URL = 'https://en.wikipedia.org/wiki/Cuba%E2%80%93Syria_relations';
const BY_SA = 'https://creativecommons.org/licenses/by-sa/4.0/';

function work(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    source: 'article',
    title: 'Cuba–Syria relations',
    url: ARTICLE_URL,
    creator: 'Wikipedia contributors',
    license: 'CC BY-SA 4.0',
    versionNote: 'No revision was recorded.',
    changes: 'Condensed, reworded and translated.',
    ...overrides,
  };
}

function json(license: Record<string, unknown>, languages?: string[]) {
  return {
    title: 'T',
    ...(languages ? { languages } : {}),
    parties: [],
    license: { name: 'CC BY-SA 4.0', url: BY_SA, ...license },
    sources: [
      {
        id: 'article',
        title: 'Cuba–Syria relations',
        publisher: 'Wikipedia',
        url: ARTICLE_URL,
        kind: 'encyclopedia',
      },
      { id: 'release', title: '[Press release]', publisher: 'United Nations', kind: 'un' },
    ],
    places: [],
    events: [
      {
        id: 'e',
        title: 't',
        summary: 's',
        start: '2012',
        category: 'political',
        places: [],
        sources: [{ source: 'release', quote: 'q' }],
        ...(languages ? { i18n: { es: { title: 't', summary: 's' } } } : {}),
      },
    ],
  };
}

function problemsOf(input: unknown): DatasetProblem[] {
  const result = validateDataset(input);
  return result.ok ? [] : result.problems;
}

describe('validateDataset: sources and credits', () => {
  it('accepts a source known without an address, and a full credit', () => {
    const input = json({ adapts: [work({ licenseUrl: BY_SA })], quotations: 'Theirs.' });
    input.sources[0] = { ...input.sources[0]!, author: 'Wikipedia contributors' } as never;
    const result = validateDataset(input);
    expect(result).toEqual({ ok: true, dataset: input });
  });

  it('accepts ngo, un and blog sources', () => {
    const input = json({});
    input.sources.push(
      { id: 'n', title: 't', publisher: 'UN Watch', kind: 'ngo' },
      { id: 'b', title: 't', publisher: 'a blog', kind: 'blog' },
    );
    expect(problemsOf(input)).toEqual([]);
  });

  it('asks for the creator and the changes of an adapted work', () => {
    const missing = work();
    delete missing.creator;
    delete missing.changes;
    expect(problemsOf(json({ adapts: [missing] }))).toEqual([
      {
        path: 'license.adapts[0].creator',
        message:
          'missing field "creator" (who made the adapted work, e.g. "Wikipedia contributors": its licence asks for the credit)',
      },
      {
        path: 'license.adapts[0].changes',
        message:
          'missing field "changes" (say how the adapted work was changed: condensed, reworded, translated…)',
      },
    ]);
  });

  it('asks which version was adapted', () => {
    const unversioned = work();
    delete unversioned.versionNote;
    expect(problemsOf(json({ adapts: [unversioned] }))).toEqual([
      {
        path: 'license.adapts[0]',
        message:
          'say which version was adapted: a permanent link ("revision"), a retrieval date ("retrieved") or, when neither was recorded, a "versionNote"',
      },
    ]);
    for (const version of [
      { revision: `${ARTICLE_URL.replace('/wiki/', '/w/index.php?title=')}&oldid=1` },
      { retrieved: '2024-11-29' },
    ])
      expect(problemsOf(json({ adapts: [{ ...unversioned, ...version }] }))).toEqual([]);
  });

  it('refuses a revision that is not a web address and a retrieval date that is not a date', () => {
    const paths = problemsOf(
      json({ adapts: [work({ revision: 'javascript:alert(1)', retrieved: '2024-13' })] }),
    ).map((p) => p.path);
    expect(paths).toEqual(['license.adapts[0].revision', 'license.adapts[0].retrieved']);
  });

  it('checks an adapted work against the source it names', () => {
    expect(problemsOf(json({ adapts: [work({ source: 'articel' })] }))).toEqual([
      {
        path: 'license.adapts[0].source',
        message: 'unknown source id "articel" (known: article, release)',
      },
    ]);
    expect(problemsOf(json({ adapts: [work({ url: 'https://example.org/' })] }))).toEqual([
      {
        path: 'license.adapts[0].url',
        message: `"https://example.org/" is not the address of source "article" ("${ARTICLE_URL}")`,
      },
    ]);
  });

  it('asks for the credit’s translations in every listed language', () => {
    expect(problemsOf(json({ adapts: [work()], quotations: 'Theirs.' }, ['en', 'es']))).toEqual([
      {
        path: 'license.adapts[0].i18n.es',
        message:
          'missing es translation of changes, versionNote (the dataset lists "es" in "languages")',
      },
      {
        path: 'license.i18n.es',
        message: 'missing es translation of quotations (the dataset lists "es" in "languages")',
      },
    ]);
  });

  it('still refuses a source address that is not http or https', () => {
    const input = json({});
    input.sources[1] = { ...input.sources[1]!, url: 'ftp://example.org/x' } as never;
    expect(problemsOf(input).map((p) => p.path)).toEqual(['sources[1].url']);
  });
});
