import { describe, expect, it } from 'vitest';
import { MAX_SUGGESTIONS, validateDataset, type DatasetProblem } from './schema';

function event(id: string): Record<string, unknown> {
  return {
    id,
    title: `Event ${id}`,
    summary: 'Something happened.',
    start: '1965',
    category: 'diplomatic',
    places: [],
    sources: [{ source: 'article', quote: 'Formal diplomatic relations' }],
  };
}

function thread(id: string, events: unknown[], more: Record<string, unknown> = {}) {
  return { id, title: `Thread ${id}`, events, ...more };
}

/** A valid dataset with three events and one thread; tests break one thing at a time. */
function validJson(): Record<string, unknown> & { threads: unknown[] } {
  return {
    title: 'T',
    parties: ['Cuba', 'Syria'],
    sources: [{ id: 'article', title: 'A', publisher: 'P', kind: 'encyclopedia' }],
    places: [],
    events: [event('e1'), event('e2'), event('e3')],
    threads: [thread('votes', ['e1', 'e3'], { summary: 'Every vote.' })],
  };
}

function lines(json: unknown): string[] {
  const result = validateDataset(json);
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.problems.map((p: DatasetProblem) => `${p.path}: ${p.message}`);
}

describe('validateDataset: threads', () => {
  it('accepts threads and keeps them, fields as given', () => {
    const json = validJson();
    const result = validateDataset(json);
    expect(result).toEqual({ ok: true, dataset: json });
  });

  it('accepts a dataset without threads, and sets none', () => {
    const json: Record<string, unknown> = validJson();
    delete json.threads;
    const result = validateDataset(json);
    expect(result.ok).toBe(true);
    if (result.ok) expect(Object.keys(result.dataset)).not.toContain('threads');
  });

  it('drops unknown fields of a thread', () => {
    const json = validJson();
    json.threads = [{ ...thread('votes', ['e1', 'e2']), colour: 'red' }];
    const result = validateDataset(json);
    expect(result.ok && result.dataset.threads).toStrictEqual([thread('votes', ['e1', 'e2'])]);
  });

  it('reports an event id that names no event, with the closest known ids', () => {
    const json = validJson();
    json.threads = [thread('votes', ['e1', 'e4'])];
    expect(lines(json)).toEqual([
      'threads[0].events[1]: unknown event id "e4" (known: e1, e2, e3)',
    ]);
  });

  it('reports an event listed twice in one thread', () => {
    const json = validJson();
    json.threads = [thread('votes', ['e1', 'e2', 'e1'])];
    expect(lines(json)).toEqual([
      'threads[0].events[2]: event "e1" is listed twice (also at threads[0].events[0])',
    ]);
  });

  it('lets an event be part of several threads', () => {
    const json = validJson();
    json.threads = [thread('a', ['e1', 'e2']), thread('b', ['e2', 'e3'])];
    expect(validateDataset(json).ok).toBe(true);
  });

  it('reports a duplicate thread id with the first occurrence', () => {
    const json = validJson();
    json.threads = [thread('votes', ['e1', 'e2']), thread('votes', ['e2', 'e3'])];
    expect(lines(json)).toEqual([
      'threads[1].id: duplicate thread id "votes" (also at threads[0])',
    ]);
  });

  it('refuses thread ids and event references outside the id pattern', () => {
    const json = validJson();
    json.threads = [thread('UN votes', ['e1', '../e2'])];
    expect(lines(json)).toEqual([
      'threads[0].id: "UN votes" is not a valid id (use up to 100 letters, digits, ".", "_" or "-", starting with a letter or digit)',
      'threads[0].events[1]: "../e2" is not a valid id (use up to 100 letters, digits, ".", "_" or "-", starting with a letter or digit)',
    ]);
  });

  it('requires a title and at least two events', () => {
    const json = validJson();
    json.threads = [{ id: 'a', events: ['e1'] }, { id: 'b', title: 'B' }, 'c'];
    expect(lines(json)).toEqual([
      'threads[0].title: missing field "title"',
      'threads[0].events: a thread links at least two events',
      'threads[1].events: missing field "events" (the ids of the thread\'s events)',
      'threads[2]: a thread must be an object, got text ("c")',
    ]);
  });

  it('requires a list of threads', () => {
    const json = { ...validJson(), threads: { votes: ['e1', 'e2'] } };
    expect(lines(json)).toEqual(['threads: must be a list (JSON array), got an object']);
  });

  it('limits the texts of a thread like the events’ texts', () => {
    const json = validJson();
    json.threads = [
      thread('a', ['e1', 'e2'], {
        title: 'x'.repeat(201),
        summary: 'y'.repeat(2001),
        i18n: { es: { title: '\u202Eevil', summary: ' ' } },
      }),
    ];
    expect(lines(json)).toEqual([
      'threads[0].title: is too long (201 characters; at most 200)',
      'threads[0].summary: is too long (2001 characters; at most 2000)',
      'threads[0].i18n.es.title: contains a bidirectional control character (U+202E at character 1), which can make text read in another order: remove it',
      'threads[0].i18n.es.summary: must not be empty',
    ]);
  });

  it('asks for the title and summary in every listed language', () => {
    const json = validJson();
    json.languages = ['en', 'es', 'ar'];
    json.events = (json.events as Record<string, unknown>[]).map((e) => ({
      ...e,
      i18n: { es: { title: 't', summary: 's' }, ar: { title: 't', summary: 's' } },
    }));
    json.threads = [
      thread('a', ['e1', 'e2'], { summary: 'S', i18n: { es: { title: 'T' } } }),
      thread('b', ['e1', 'e2'], { i18n: { es: { title: 'T' }, ar: { title: 'T' } } }),
    ];
    expect(lines(json)).toEqual([
      'threads[0].i18n.es: missing es translation of summary (the dataset lists "es" in "languages")',
      'threads[0].i18n.ar: missing ar translation of title, summary (the dataset lists "ar" in "languages")',
    ]);
  });

  it('lists thread problems after the events’, in file order', () => {
    const json = validJson();
    (json.events as Record<string, unknown>[])[2] = { ...event('e3'), start: 'soon' };
    json.threads = [thread('a', ['e9', 'e1']), thread('a', ['e1', 'e1'])];
    expect(lines(json).map((l) => l.split(':')[0])).toEqual([
      'events[2].start',
      'threads[0].events[0]',
      'threads[1].id',
      'threads[1].events[1]',
    ]);
  });

  it('limits how many threads there are', () => {
    const json = validJson();
    json.threads = Array.from({ length: 1001 }, (_, i) => thread(`t${String(i)}`, ['e1', 'e2']));
    expect(lines(json)).toEqual(['threads: too many threads (1,001; at most 1,000)']);
  });

  it('limits how many events one thread links', () => {
    const json = validJson();
    json.threads = [
      thread(
        'a',
        Array.from({ length: 10_001 }, (_, i) => `e${String(i)}`),
      ),
    ];
    expect(lines(json)[0]).toBe(
      'threads[0].events: too many events in one thread (10,001; at most 10,000)',
    );
  });

  it('suggests the closest event ids for the first unknown references only', () => {
    const json = validJson();
    json.threads = [
      thread(
        'a',
        Array.from({ length: 30 }, (_, i) => `x${String(i)}`),
      ),
    ];
    const problems = lines(json);
    expect(problems).toHaveLength(30);
    expect(problems.filter((p) => p.includes('(known: '))).toHaveLength(MAX_SUGGESTIONS);
    expect(problems[MAX_SUGGESTIONS]).toBe(
      `threads[0].events[${String(MAX_SUGGESTIONS)}]: unknown event id "x${String(MAX_SUGGESTIONS)}" (see "events" for the known ids)`,
    );
  });
});
