import { describe, expect, it } from 'vitest';
import {
  formatPath,
  formatProblems,
  MAX_LISTED_PROBLEMS,
  MAX_SUGGESTIONS,
  moreProblemsLine,
  validateDataset,
  type DatasetProblem,
} from './schema';
import type { Dataset } from './types';

const SOURCE = {
  id: 'article',
  title: 'Cuba–Syria relations',
  publisher: 'Wikipedia',
  url: 'https://en.wikipedia.org/wiki/Cuba%E2%80%93Syria_relations',
  kind: 'encyclopedia',
};

function validPlace(id: string): Record<string, unknown> {
  return { id, name: id.toUpperCase(), lat: 23.1, lng: -82.4, precision: 'city' };
}

function validEvent(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    title: `Event ${id}`,
    summary: 'Something happened.',
    start: '1965',
    category: 'diplomatic',
    places: ['havana'],
    sources: [{ source: 'article', quote: 'Formal diplomatic relations', section: 'History' }],
    ...overrides,
  };
}

/** A valid dataset as raw JSON; tests break one thing at a time. */
function validJson() {
  return {
    title: 'Cuba–Syria relations',
    parties: ['Cuba', 'Syria'],
    sources: [SOURCE] as Record<string, unknown>[],
    places: [validPlace('havana'), validPlace('damascus')],
    events: [validEvent('e1'), validEvent('e2', { start: '1991', end: '2011' })],
  };
}

function problemsOf(json: unknown): DatasetProblem[] {
  const result = validateDataset(json);
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.problems;
}

/** The single problem reported for `json`. */
function onlyProblem(json: unknown): DatasetProblem {
  const problems = problemsOf(json);
  expect(problems).toHaveLength(1);
  return problems[0] as DatasetProblem;
}

describe('validateDataset', () => {
  it('accepts a valid minimal dataset', () => {
    const json = {
      title: 'T',
      parties: [],
      sources: [{ id: 's', title: 't', publisher: 'p', url: 'http://localhost/', kind: 'state' }],
      places: [],
      events: [
        {
          id: 'e',
          title: 't',
          summary: 's',
          start: '2024',
          category: 'era',
          places: [],
          sources: [{ source: 's', quote: 'q' }],
        },
      ],
    };
    const result = validateDataset(json);
    expect(result).toEqual({ ok: true, dataset: json });
  });

  it('accepts every optional field', () => {
    const json = validJson();
    json.places[0] = {
      ...validPlace('havana'),
      kind: 'embassy',
      country: 'Cuba',
      precisionNote: 'approximate location: city centre',
    };
    json.sources[0] = {
      ...SOURCE,
      via: 'a mirror',
      published: '2024-11',
      language: 'en',
      license: 'CC BY-SA 4.0',
    };
    (json as Record<string, unknown>).license = {
      name: 'CC BY-SA 4.0',
      url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    };
    json.events[0] = validEvent('e1', {
      end: '1965-12',
      note: 'the article gives no month',
      sources: [{ source: 'article', quote: 'relations were established', section: 'History' }],
      furtherSources: ['article'],
      disputes: [
        { text: 'One report gives 1964.', sources: ['article'], i18n: { es: { text: 'x' } } },
      ],
    });
    expect(validateDataset(json)).toEqual({ ok: true, dataset: json });
  });

  it('drops unknown fields and never sets absent optional fields', () => {
    const json = validJson();
    const withExtras = {
      ...json,
      version: 2,
      places: [{ ...validPlace('havana'), population: 2 }, validPlace('damascus')],
      events: [
        {
          ...validEvent('e1'),
          tags: ['x'],
          sources: [{ ...(validEvent('e1').sources as object[])[0], archived: 'x' }],
        },
        json.events[1],
      ],
    };
    const result = validateDataset(withExtras);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // toStrictEqual fails on extra keys and on keys set to undefined.
    expect(result.dataset).toStrictEqual(json);
    expect(Object.keys(result.dataset.events[0] ?? {})).not.toContain('end');
    expect(Object.keys(result.dataset.places[0] ?? {})).not.toContain('kind');
  });

  it('returns a copy rather than the input objects', () => {
    const json = validJson();
    const result = validateDataset(json);
    if (!result.ok) throw new Error('expected a valid dataset');
    expect(result.dataset).not.toBe(json);
    expect(result.dataset.events).not.toBe(json.events);
    const dataset: Dataset = result.dataset;
    expect(dataset.events).toHaveLength(2);
  });

  it('rejects a root that is not an object', () => {
    for (const json of [null, [], 'x', 42]) {
      expect(onlyProblem(json)).toMatchObject({ path: '(root)' });
    }
    expect(onlyProblem([]).message).toMatch(/must be a JSON object.*got a list/);
  });

  it('reports a missing field at its path', () => {
    const json = validJson();
    delete json.events[3 - 2]?.title;
    expect(onlyProblem(json)).toEqual({
      path: 'events[1].title',
      message: 'missing field "title"',
    });

    const noEvents: Record<string, unknown> = validJson();
    delete noEvents.events;
    expect(onlyProblem(noEvents)).toEqual({ path: 'events', message: 'missing field "events"' });
  });

  it('reports a date that does not exist', () => {
    const json = validJson();
    json.events[1] = validEvent('e2', { start: '1965-13-45' });
    expect(onlyProblem(json)).toEqual({
      path: 'events[1].start',
      message: '"1965-13-45" is not a real date (use YYYY, YYYY-MM or YYYY-MM-DD)',
    });
    json.events[1] = validEvent('e2', { end: '2023-02-29' });
    expect(onlyProblem(json)).toMatchObject({
      path: 'events[1].end',
      message: expect.stringContaining('"2023-02-29" is not a real date') as unknown,
    });
  });

  it('reports a date in the wrong format', () => {
    const json = validJson();
    json.sources[0] = {
      ...SOURCE,
      via: 'a mirror',
      published: '2024-11',
      language: 'en',
      license: 'CC BY-SA 4.0',
    };
    (json as Record<string, unknown>).license = {
      name: 'CC BY-SA 4.0',
      url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    };
    json.events[0] = validEvent('e1', { start: '11/08/1965' });
    expect(onlyProblem(json)).toEqual({
      path: 'events[0].start',
      message: '"11/08/1965" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD',
    });
  });

  it('reports an unknown place id with the known ids, closest first', () => {
    const json = validJson();
    json.sources[0] = {
      ...SOURCE,
      via: 'a mirror',
      published: '2024-11',
      language: 'en',
      license: 'CC BY-SA 4.0',
    };
    (json as Record<string, unknown>).license = {
      name: 'CC BY-SA 4.0',
      url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    };
    json.events[0] = validEvent('e1', { places: ['damascus', 'havanna'] });
    expect(onlyProblem(json)).toEqual({
      path: 'events[0].places[1]',
      message: 'unknown place id "havanna" (known: havana, damascus)',
    });
  });

  it('shortens a long list of known place ids', () => {
    const json = validJson();
    json.places = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'havana'].map(validPlace);
    json.sources[0] = {
      ...SOURCE,
      via: 'a mirror',
      published: '2024-11',
      language: 'en',
      license: 'CC BY-SA 4.0',
    };
    (json as Record<string, unknown>).license = {
      name: 'CC BY-SA 4.0',
      url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    };
    json.events[0] = validEvent('e1', { places: ['havanna'] });
    expect(onlyProblem(json).message).toBe(
      'unknown place id "havanna" (known: havana, a1, a2, a3, a4, …)',
    );
  });

  it('says so when an event refers to a place but none are defined', () => {
    const json = validJson();
    json.places = [];
    json.events = [validEvent('e1', { places: ['havana'] })];
    expect(onlyProblem(json)).toEqual({
      path: 'events[0].places[0]',
      message: 'unknown place id "havana" (no places are defined)',
    });
  });

  it('reports a malformed place reference once, as a bad id', () => {
    const json = validJson();
    json.sources[0] = {
      ...SOURCE,
      via: 'a mirror',
      published: '2024-11',
      language: 'en',
      license: 'CC BY-SA 4.0',
    };
    (json as Record<string, unknown>).license = {
      name: 'CC BY-SA 4.0',
      url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    };
    json.events[0] = validEvent('e1', { places: ['Havana City'] });
    expect(onlyProblem(json)).toMatchObject({
      path: 'events[0].places[0]',
      message: expect.stringContaining('"Havana City" is not a valid id') as unknown,
    });
  });

  it('reports a place listed twice in one event', () => {
    const json = validJson();
    json.sources[0] = {
      ...SOURCE,
      via: 'a mirror',
      published: '2024-11',
      language: 'en',
      license: 'CC BY-SA 4.0',
    };
    (json as Record<string, unknown>).license = {
      name: 'CC BY-SA 4.0',
      url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    };
    json.events[0] = validEvent('e1', { places: ['havana', 'damascus', 'havana'] });
    expect(onlyProblem(json)).toEqual({
      path: 'events[0].places[2]',
      message: 'place "havana" is listed twice (also at events[0].places[0])',
    });
  });

  it('reports an end before the start', () => {
    const json = validJson();
    json.events[1] = validEvent('e2', { start: '1991', end: '1990' });
    expect(onlyProblem(json)).toEqual({
      path: 'events[1].end',
      message: 'end "1990" is before start "1991"',
    });
  });

  it('accepts an end whose period contains the start, and refuses one over before it', () => {
    const json = validJson();
    json.sources[0] = {
      ...SOURCE,
      via: 'a mirror',
      published: '2024-11',
      language: 'en',
      license: 'CC BY-SA 4.0',
    };
    (json as Record<string, unknown>).license = {
      name: 'CC BY-SA 4.0',
      url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    };
    json.events[0] = validEvent('e1', { start: '1991', end: '1991' });
    json.events[1] = validEvent('e2', { start: '1991', end: '1991-03' });
    expect(validateDataset(json).ok).toBe(true);
    // "2000" runs to the end of 2000: the rest of the year after 1 May.
    json.events[1] = validEvent('e2', { start: '2000-05-01', end: '2000' });
    expect(validateDataset(json).ok).toBe(true);
    json.events[1] = validEvent('e2', { start: '1991-05', end: '1991' });
    expect(validateDataset(json).ok).toBe(true);
    // April 2000 is over before 1 May 2000 begins.
    json.events[1] = validEvent('e2', { start: '2000-05-01', end: '2000-04' });
    expect(onlyProblem(json)).toEqual({
      path: 'events[1].end',
      message: 'end "2000-04" is before start "2000-05-01"',
    });
  });

  it('reports a duplicate event id with the first occurrence', () => {
    const json = validJson();
    json.events.push(validEvent('e3'), validEvent('e2'));
    expect(onlyProblem(json)).toEqual({
      path: 'events[3].id',
      message: 'duplicate event id "e2" (also at events[1])',
    });
  });

  it('refuses event ids that differ only in letter case, once per later id', () => {
    const json = validJson();
    json.events.push(validEvent('E2'), validEvent('e2'), validEvent('Cuba-1965'));
    json.events.push(validEvent('cuba-1965'));
    const result = validateDataset(json);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        path: 'events[2].id',
        message:
          'event id "E2" differs from "e2" (events[1]) only in letter case: give it another id (each event has a page named by its id, and some file systems do not tell the two apart)',
      },
      { path: 'events[3].id', message: 'duplicate event id "e2" (also at events[1])' },
      {
        path: 'events[5].id',
        message:
          'event id "cuba-1965" differs from "Cuba-1965" (events[4]) only in letter case: give it another id (each event has a page named by its id, and some file systems do not tell the two apart)',
      },
    ]);
  });

  it('accepts place and source ids that differ only in letter case (they name no file)', () => {
    const json = validJson();
    json.places.push(validPlace('Havana'));
    expect(validateDataset(json).ok).toBe(true);
  });

  it('reports a duplicate place id', () => {
    const json = validJson();
    json.places.push(validPlace('havana'));
    expect(onlyProblem(json)).toEqual({
      path: 'places[2].id',
      message: 'duplicate place id "havana" (also at places[0])',
    });
  });

  it('reports an unknown category with the allowed ones', () => {
    const json = validJson();
    json.sources[0] = {
      ...SOURCE,
      via: 'a mirror',
      published: '2024-11',
      language: 'en',
      license: 'CC BY-SA 4.0',
    };
    (json as Record<string, unknown>).license = {
      name: 'CC BY-SA 4.0',
      url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    };
    json.events[0] = validEvent('e1', { category: 'sport' });
    expect(onlyProblem(json)).toEqual({
      path: 'events[0].category',
      message:
        'unknown category "sport" (use one of: diplomatic, political, cultural, economic, cooperation, conflict, era)',
    });
  });

  it('reports an unknown place precision', () => {
    const json = validJson();
    json.places[1] = { ...validPlace('damascus'), precision: 'town' };
    expect(onlyProblem(json)).toEqual({
      path: 'places[1].precision',
      message: 'unknown precision "town" (use one of: exact, site, city, region, country)',
    });
  });

  it('reports coordinates out of range or not finite', () => {
    const json = validJson();
    json.places[0] = { ...validPlace('havana'), lat: 91 };
    expect(onlyProblem(json)).toEqual({
      path: 'places[0].lat',
      message: 'latitude must be between -90 and 90',
    });
    json.places[0] = { ...validPlace('havana'), lng: -180.5 };
    expect(onlyProblem(json)).toEqual({
      path: 'places[0].lng',
      message: 'longitude must be between -180 and 180',
    });
    json.places[0] = { ...validPlace('havana'), lat: Infinity };
    expect(onlyProblem(json)).toMatchObject({ path: 'places[0].lat' });
    json.places[0] = { ...validPlace('havana'), lng: '-82.4' };
    expect(onlyProblem(json)).toEqual({
      path: 'places[0].lng',
      message: 'longitude must be a number, got text ("-82.4")',
    });
  });

  it('accepts coordinates on the limits', () => {
    const json = validJson();
    json.places[0] = { ...validPlace('havana'), lat: -90, lng: 180 };
    json.places[1] = { ...validPlace('damascus'), lat: 90, lng: -180 };
    expect(validateDataset(json).ok).toBe(true);
  });

  it('reports ids that do not match the id pattern', () => {
    const json = validJson();
    json.events[0] = validEvent('e 1');
    expect(onlyProblem(json)).toMatchObject({
      path: 'events[0].id',
      message: expect.stringContaining('"e 1" is not a valid id') as unknown,
    });
    for (const id of ['-e', '.e', '', 'é', 'x'.repeat(101)]) {
      json.events[0] = validEvent(id);
      expect(onlyProblem(json).path, id).toBe('events[0].id');
    }
    for (const id of ['E.1_a-b', '1', 'x'.repeat(100)]) {
      json.events[0] = validEvent(id);
      expect(validateDataset(json).ok, id).toBe(true);
    }
  });

  it('reports blank strings and strings of the wrong type', () => {
    const json = validJson();
    json.sources[0] = {
      ...SOURCE,
      via: 'a mirror',
      published: '2024-11',
      language: 'en',
      license: 'CC BY-SA 4.0',
    };
    (json as Record<string, unknown>).license = {
      name: 'CC BY-SA 4.0',
      url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    };
    json.events[0] = validEvent('e1', { summary: '   ' });
    expect(onlyProblem(json)).toEqual({ path: 'events[0].summary', message: 'must not be empty' });
    json.sources[0] = {
      ...SOURCE,
      via: 'a mirror',
      published: '2024-11',
      language: 'en',
      license: 'CC BY-SA 4.0',
    };
    (json as Record<string, unknown>).license = {
      name: 'CC BY-SA 4.0',
      url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    };
    json.events[0] = validEvent('e1', { note: '' });
    expect(onlyProblem(json)).toEqual({ path: 'events[0].note', message: 'must not be empty' });
    json.sources[0] = {
      ...SOURCE,
      via: 'a mirror',
      published: '2024-11',
      language: 'en',
      license: 'CC BY-SA 4.0',
    };
    (json as Record<string, unknown>).license = {
      name: 'CC BY-SA 4.0',
      url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    };
    json.events[0] = validEvent('e1', { title: 42 });
    expect(onlyProblem(json)).toEqual({
      path: 'events[0].title',
      message: 'must be text, got a number (42)',
    });
    json.sources[0] = {
      ...SOURCE,
      via: 'a mirror',
      published: '2024-11',
      language: 'en',
      license: 'CC BY-SA 4.0',
    };
    (json as Record<string, unknown>).license = {
      name: 'CC BY-SA 4.0',
      url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    };
    json.events[0] = validEvent('e1', { end: null });
    expect(onlyProblem(json)).toEqual({ path: 'events[0].end', message: 'must be text, got null' });
  });

  it('reports texts over their length limits', () => {
    const json = validJson();
    json.sources[0] = {
      ...SOURCE,
      via: 'a mirror',
      published: '2024-11',
      language: 'en',
      license: 'CC BY-SA 4.0',
    };
    (json as Record<string, unknown>).license = {
      name: 'CC BY-SA 4.0',
      url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    };
    json.events[0] = validEvent('e1', { title: 'x'.repeat(200), summary: 'y'.repeat(2000) });
    expect(validateDataset(json).ok).toBe(true);
    json.title = 't'.repeat(201);
    json.sources[0] = {
      ...SOURCE,
      via: 'a mirror',
      published: '2024-11',
      language: 'en',
      license: 'CC BY-SA 4.0',
    };
    (json as Record<string, unknown>).license = {
      name: 'CC BY-SA 4.0',
      url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    };
    json.events[0] = validEvent('e1', { title: 'x'.repeat(201), summary: 'y'.repeat(2001) });
    json.places[0] = { ...validPlace('havana'), name: 'n'.repeat(201) };
    expect(problemsOf(json)).toEqual([
      { path: 'title', message: 'is too long (201 characters; at most 200)' },
      { path: 'places[0].name', message: 'is too long (201 characters; at most 200)' },
      { path: 'events[0].title', message: 'is too long (201 characters; at most 200)' },
      { path: 'events[0].summary', message: 'is too long (2001 characters; at most 2000)' },
    ]);
  });

  it('reports parties that are not a list of non-empty strings', () => {
    const json: Record<string, unknown> = validJson();
    json.parties = ['Cuba', '', 3];
    expect(problemsOf(json)).toEqual([
      { path: 'parties[1]', message: 'must not be empty' },
      { path: 'parties[2]', message: 'must be text, got a number (3)' },
    ]);
    json.parties = 'Cuba, Syria';
    expect(onlyProblem(json)).toEqual({
      path: 'parties',
      message: 'must be a list (JSON array), got text ("Cuba, Syria")',
    });
  });

  it('reports entries and nested objects that are not objects', () => {
    const json = validJson();
    json.places[1] = ['damascus'] as unknown as Record<string, unknown>;
    json.events[0] = validEvent('e1', { sources: ['History'] });
    expect(problemsOf(json)).toEqual([
      { path: 'places[1]', message: 'a place must be an object, got a list' },
      {
        path: 'events[0].sources[0]',
        message: 'a citation must be an object, got text ("History")',
      },
    ]);
  });

  it('requires at least one event', () => {
    const json = validJson();
    json.events = [];
    expect(onlyProblem(json)).toEqual({
      path: 'events',
      message: 'there must be at least one event',
    });
  });

  it('reports every problem at once, in file order', () => {
    const json: Record<string, unknown> = {
      title: '',
      parties: ['Cuba'],
      sources: [SOURCE],
      places: [
        { id: 'havana', name: 'Havana', lat: 95, lng: -82.4, precision: 'city' },
        { id: 'havana', name: 'Havana again', lat: 23, lng: -82, precision: 'city' },
      ],
      events: [
        {
          id: 'x',
          summary: 's',
          start: '1965-13-45',
          category: 'sport',
          places: ['havanna'],
          sources: [{ source: 'article', quote: 'q' }],
        },
        validEvent('y', { start: '1991', end: '1990' }),
        validEvent('x', { summary: '' }),
      ],
    };
    expect(problemsOf(json)).toEqual([
      { path: 'title', message: 'must not be empty' },
      { path: 'places[0].lat', message: 'latitude must be between -90 and 90' },
      { path: 'places[1].id', message: 'duplicate place id "havana" (also at places[0])' },
      { path: 'events[0].title', message: 'missing field "title"' },
      {
        path: 'events[0].start',
        message: '"1965-13-45" is not a real date (use YYYY, YYYY-MM or YYYY-MM-DD)',
      },
      {
        path: 'events[0].category',
        message:
          'unknown category "sport" (use one of: diplomatic, political, cultural, economic, cooperation, conflict, era)',
      },
      { path: 'events[0].places[0]', message: 'unknown place id "havanna" (known: havana)' },
      { path: 'events[1].end', message: 'end "1990" is before start "1991"' },
      { path: 'events[2].summary', message: 'must not be empty' },
      { path: 'events[2].id', message: 'duplicate event id "x" (also at events[0])' },
    ]);
  });

  it('runs the cross-field checks even where the structure is broken', () => {
    const json: Record<string, unknown> = validJson();
    json.title = 7;
    json.events = [validEvent('e1', { places: ['nowhere'], category: 1 })];
    expect(problemsOf(json).map((p) => p.path)).toEqual([
      'title',
      'events[0].category',
      'events[0].places[0]',
    ]);
  });
});

describe('validateDataset: text that misleads or hides', () => {
  it('refuses bidirectional controls, which reorder the text around them', () => {
    const json = validJson();
    json.events[0] = validEvent('e1', { title: 'Invoice \u202Egnp.exe' });
    expect(onlyProblem(json)).toEqual({
      path: 'events[0].title',
      message:
        'contains a bidirectional control character (U+202E at character 9), which can make text read in another order: remove it',
    });
    for (const control of ['\u202A', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069']) {
      json.events[0] = validEvent('e1', { summary: `a ${control}b` });
      expect(onlyProblem(json).path).toBe('events[0].summary');
    }
  });

  it('keeps the direction marks that Arabic text needs', () => {
    const json = validJson();
    json.events[0] = validEvent('e1', { title: 'ملف \u200E.json\u200F و\u061C' });
    expect(validateDataset(json).ok).toBe(true);
  });

  it('refuses text made only of invisible characters', () => {
    const json = validJson();
    for (const title of ['\u200B\u200D', '\u2060\uFEFF \u3164', '\u00AD']) {
      json.events[0] = validEvent('e1', { title });
      expect(onlyProblem(json)).toEqual({
        path: 'events[0].title',
        message: 'has no visible characters (only spaces, zero-width or formatting characters)',
      });
    }
  });

  it('refuses control characters, and says where', () => {
    const json = validJson();
    json.places[0] = { ...validPlace('havana'), name: 'Hav\u0007ana' };
    expect(onlyProblem(json)).toEqual({
      path: 'places[0].name',
      message: 'contains a control character (U+0007 at character 4): remove it',
    });
    json.places[0] = { ...validPlace('havana'), name: 'Havana\u0085' };
    expect(onlyProblem(json).message).toMatch(/^contains a control character \(U\+0085 /);
    // Line breaks and tabs are harmless.
    json.places[0] = { ...validPlace('havana'), name: 'Havana\n\tCuba' };
    expect(validateDataset(json).ok).toBe(true);
  });
});

describe('validateDataset: limits', () => {
  it('limits the length of every text field', () => {
    const long = 'x'.repeat(1_000_000);
    const json = validJson();
    json.parties = ['Cuba', long];
    json.places[0] = { ...validPlace('havana'), kind: long, country: long, precisionNote: long };
    json.events[0] = validEvent('e1', { note: long });
    json.events[1] = validEvent('e2', {
      sources: [{ source: 'article', quote: long, section: long }],
      disputes: [{ text: long }],
    });
    expect(problemsOf(json).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'parties[1]: is too long (1000000 characters; at most 200)',
      'places[0].kind: is too long (1000000 characters; at most 200)',
      'places[0].country: is too long (1000000 characters; at most 200)',
      'places[0].precisionNote: is too long (1000000 characters; at most 2000)',
      'events[0].note: is too long (1000000 characters; at most 2000)',
      'events[1].sources[0].quote: is too long (1000000 characters; at most 2000)',
      'events[1].sources[0].section: is too long (1000000 characters; at most 200)',
      'events[1].disputes[0].text: is too long (1000000 characters; at most 2000)',
    ]);
  });

  it('limits the length of the lists inside an event', () => {
    const json = validJson();
    json.events[0] = validEvent('e1', { places: Array.from({ length: 101 }, () => 'havana') });
    expect(problemsOf(json)[0]).toEqual({
      path: 'events[0].places',
      message: 'too many places (101; at most 100)',
    });
  });
});

describe('validateDataset: files with very many problems', () => {
  /** `count` places and `count` events that each name a place that does not exist. */
  function mistyped(count: number) {
    const json = validJson();
    json.places = Array.from({ length: count }, (_, i) => validPlace(`place-${String(i)}`));
    json.events = Array.from({ length: count }, (_, i) =>
      validEvent(`e${String(i)}`, { places: [`plase-${String(i)}`] }),
    );
    return json;
  }

  it('lists the first problems in file order and counts them all', () => {
    const result = validateDataset(mistyped(1000));
    if (result.ok) throw new Error('expected problems');
    expect(result.total).toBe(1000);
    expect(result.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(result.problems.map((p) => p.path)).toEqual(
      Array.from({ length: MAX_LISTED_PROBLEMS }, (_, i) => `events[${String(i)}].places[0]`),
    );
  });

  it('suggests the closest ids for the first unknown references only', () => {
    const result = validateDataset(mistyped(3000));
    if (result.ok) throw new Error('expected problems');
    const suggested = result.problems.filter((p) => p.message.includes('(known: '));
    expect(suggested).toHaveLength(MAX_SUGGESTIONS);
    expect(suggested[0]?.message).toBe(
      'unknown place id "plase-0" (known: place-0, place-1, place-2, place-3, place-4, …)',
    );
    expect(result.problems[MAX_SUGGESTIONS]?.message).toBe(
      'unknown place id "plase-20" (see "places" for the known ids)',
    );
  });

  it('keeps only what it lists, however many problems there are', () => {
    const json = validJson();
    json.events = Array.from({ length: 20_000 }, (_, i) =>
      validEvent(`e${String(i)}`, { start: 'soon', category: 'sport', places: ['nowhere'] }),
    );
    const result = validateDataset(json, 10);
    if (result.ok) throw new Error('expected problems');
    expect(result.problems).toHaveLength(10);
    expect(result.total).toBe(60_000);
  });

  it('says how many more there are', () => {
    expect(moreProblemsLine(1_199_980)).toBe('… and 1,199,980 more');
    expect(moreProblemsLine(0)).toBe('');
  });
});

describe('formatPath', () => {
  it('writes JSON paths with indices in brackets', () => {
    expect(formatPath(['events', 3, 'start'])).toBe('events[3].start');
    expect(formatPath(['places', 0, 'lat'])).toBe('places[0].lat');
    expect(formatPath(['a b', 1])).toBe('["a b"][1]');
  });

  it('names the root "(root)"', () => {
    expect(formatPath([])).toBe('(root)');
  });
});

describe('validateDataset: sources and citations', () => {
  it('reports a citation of a source that is not in the registry, with the closest ids', () => {
    const json = validJson();
    json.events[0] = validEvent('e1', {
      sources: [{ source: 'articel', quote: 'q' }],
      furtherSources: ['nowhere'],
      disputes: [{ text: 'Another date.', sources: ['elsewhere'] }],
    });
    expect(problemsOf(json)).toEqual([
      {
        path: 'events[0].sources[0].source',
        message: 'unknown source id "articel" (known: article)',
      },
      {
        path: 'events[0].furtherSources[0]',
        message: 'unknown source id "nowhere" (known: article)',
      },
      {
        path: 'events[0].disputes[0].sources[0]',
        message: 'unknown source id "elsewhere" (known: article)',
      },
    ]);
  });

  it('reports duplicate source ids', () => {
    const json = validJson();
    json.sources.push({ ...SOURCE, title: 'Again' });
    expect(onlyProblem(json)).toEqual({
      path: 'sources[1].id',
      message: 'duplicate source id "article" (also at sources[0])',
    });
  });

  it('refuses source and licence addresses that are not http or https', () => {
    const json = validJson() as Record<string, unknown> & ReturnType<typeof validJson>;
    json.sources[0] = { ...SOURCE, url: 'javascript:alert(1)' };
    json.license = { name: 'CC BY-SA 4.0', url: 'ftp://example.org/licence' };
    expect(problemsOf(json)).toEqual([
      {
        path: 'license.url',
        message:
          '"ftp://example.org/licence" is not an http or https address (only those are accepted)',
      },
      {
        path: 'sources[0].url',
        message: '"javascript:alert(1)" is not an http or https address (only those are accepted)',
      },
    ]);
  });

  it('reports a citation without a quotation', () => {
    const json = validJson();
    json.events[1] = validEvent('e2', { sources: [{ source: 'article', section: 'History' }] });
    expect(onlyProblem(json)).toEqual({
      path: 'events[1].sources[0].quote',
      message:
        'citation without a quotation: add the words of the source that support the event as "quote"',
    });
  });

  it('reports an event that cites no source', () => {
    const json = validJson();
    json.events[0] = validEvent('e1', { sources: [] });
    expect(onlyProblem(json)).toEqual({
      path: 'events[0].sources',
      message: 'an event must cite at least one source, with a quotation',
    });
  });

  it('reports an unknown kind of source', () => {
    const json = validJson();
    json.sources[0] = { ...SOURCE, kind: 'podcast' };
    expect(onlyProblem(json)).toEqual({
      path: 'sources[0].kind',
      message:
        'unknown kind of source "podcast" (use one of: encyclopedia, wire, newspaper, state, critical, ngo, un, blog)',
    });
  });

  it('asks for the translation of a dispute in every listed language', () => {
    const json = { ...validJson(), languages: ['en', 'es'] } as ReturnType<typeof validJson>;
    json.places = json.places.map((p) => ({ ...p, i18n: { es: { name: 'x' } } }));
    json.events = json.events.map((e) => ({ ...e, i18n: { es: { title: 't', summary: 's' } } }));
    json.events[0] = { ...json.events[0], disputes: [{ text: 'One report gives 1964.' }] };
    expect(onlyProblem(json)).toEqual({
      path: 'events[0].disputes[0].i18n.es',
      message: 'missing es translation of text (the dataset lists "es" in "languages")',
    });
  });
});

describe('formatProblems', () => {
  it('writes one "path: message" line per problem', () => {
    expect(
      formatProblems([
        { path: 'events[3].start', message: 'x' },
        { path: '(root)', message: 'y' },
      ]),
    ).toBe('events[3].start: x\n(root): y');
    expect(formatProblems([])).toBe('');
  });
});

describe('public/data/cuba-syria.json', () => {
  const url = new URL('../../public/data/cuba-syria.json', import.meta.url);

  it('is a valid dataset', async () => {
    // tsconfig.app.json has no Node types (and a triple-slash reference would
    // leak them into the whole app), so node:fs is imported untyped here.
    const nodeFs = 'node:fs';
    const fs = (await import(/* @vite-ignore */ nodeFs)) as {
      existsSync(path: URL): boolean;
      readFileSync(path: URL, encoding: 'utf8'): string;
    };
    expect(fs.existsSync(url), `${url.pathname} has not been written yet`).toBe(true);
    const result = validateDataset(JSON.parse(fs.readFileSync(url, 'utf8')));
    expect(result.ok ? '' : formatProblems(result.problems)).toBe('');
  });
});
