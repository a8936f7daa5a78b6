import { describe, expect, it } from 'vitest';
import { MAX_EVENTS } from '../data/schema';
import {
  checkBundledDataset,
  fileSystemKey,
  idCollisions,
  MAX_LISTED_BUILD_PROBLEMS,
} from './bundledDataset';

const source = {
  id: 'article',
  title: 'Cuba–Syria relations',
  publisher: 'Wikipedia',
  url: 'https://en.wikipedia.org/wiki/Cuba%E2%80%93Syria_relations',
  kind: 'encyclopedia',
};
const place = { id: 'havana', name: 'Havana', lat: 23.1, lng: -82.4, precision: 'city' };
const event = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Event ${id}`,
  summary: 'Something happened.',
  start: '1965',
  category: 'diplomatic',
  places: ['havana'],
  sources: [{ source: 'article', quote: 'Formal diplomatic relations' }],
  ...extra,
});
const dataset = (events: unknown[]) => ({
  title: 'Cuba–Syria relations',
  parties: ['Cuba', 'Syria'],
  sources: [source],
  places: [place],
  events,
});
const text = (events: unknown[]) => JSON.stringify(dataset(events), null, 2);

describe('checkBundledDataset', () => {
  it('accepts a valid dataset', () => {
    const result = checkBundledDataset(text([event('a'), event('b')]), 'data.json');
    expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('lists every problem with its line, column and path', () => {
    const json = text([
      event('a', { start: 'soon' }),
      event('b', { category: 'other' }),
      event('a'),
    ]);
    const result = checkBundledDataset(json, 'public/data/x.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.message.split('\n');
    expect(lines[0]).toContain('the bundled dataset is invalid (3 problems');
    const at = (needle: string) => {
      const i = json.indexOf(needle);
      const before = json.slice(0, i).split('\n');
      return `${before.length}:${before.at(-1)!.length + 1}`;
    };
    expect(lines[1]).toMatch(
      new RegExp(`^  public/data/x\\.json:${at('"soon"')}: events\\[0\\]\\.start: `),
    );
    expect(lines[2]).toMatch(
      new RegExp(`^  public/data/x\\.json:${at('"other"')}: events\\[1\\]\\.category: `),
    );
    expect(lines[3]).toMatch(
      /^ {2}public\/data\/x\.json:\d+:\d+: events\[2\]\.id: duplicate event id "a"/,
    );
    expect(lines).toHaveLength(4);
  });

  it('lists the first problems and says how many more there are', () => {
    const events = Array.from({ length: MAX_LISTED_BUILD_PROBLEMS + 7 }, (_, i) =>
      event(`e${String(i)}`, { start: 'never' }),
    );
    const result = checkBundledDataset(text(events), 'd.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.message.split('\n');
    expect(lines).toHaveLength(1 + MAX_LISTED_BUILD_PROBLEMS + 1);
    expect(lines.at(-1)).toBe('  … and 7 more problems');
    expect(lines[0]).toContain(`(${String(MAX_LISTED_BUILD_PROBLEMS + 7)} problems`);
  });

  it('says where the JSON breaks', () => {
    const result = checkBundledDataset('{\n  "title": "x",\n  "events": [,]\n}', 'd.json');
    expect(result).toEqual({
      ok: false,
      message:
        "the bundled dataset is not valid JSON:\n  d.json:3:14: expected a value but found ','",
    });
  });

  it('refuses more events than the build can prerender, saying how to show them', () => {
    const result = checkBundledDataset(text([event('a'), event('b'), event('c')]), 'd.json', 2);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('has 3 events; the build prerenders at most 2');
    expect(result.message).toContain('?data=');
    expect(result.message).toContain(MAX_EVENTS.toLocaleString('en-US'));
  });

  it('refuses ids that one file system would give the same files', () => {
    const json = text([event('abc'), event('abc.'), event('x')]);
    const result = checkBundledDataset(json, 'd.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/one file on macOS and Windows/);
    expect(result.message).toMatch(/"abc" \(d\.json:\d+:\d+\), "abc\." \(d\.json:\d+:\d+\)/);
  });

  it('refuses ids that differ only in case (the validator says so, with where)', () => {
    const result = checkBundledDataset(
      text([event('Havana-1965'), event('havana-1965')]),
      'd.json',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(
      /d\.json:\d+:\d+: events\[1\]\.id: event id "havana-1965" differs from "Havana-1965"/,
    );
  });
});

describe('idCollisions', () => {
  it('groups ids by the name a case-insensitive file system gives them', () => {
    expect(idCollisions(['a', 'A', 'b', 'b.', 'c', 'B..'])).toEqual([
      ['a', 'A'],
      ['b', 'b.', 'B..'],
    ]);
    expect(idCollisions(['index', 'e1', 'e2'])).toEqual([]);
    expect(fileSystemKey('Cuba-1965.')).toBe('cuba-1965');
  });
});
