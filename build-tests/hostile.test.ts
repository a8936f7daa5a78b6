/**
 * Builds with a bundled dataset that is hostile, invalid or too large (each
 * in a temporary folder, with a public folder of its own): text is put into
 * the pages as it is, output files never collide, and a refused dataset is
 * reported in full and leaves the previous output as it was.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../scripts/gen-dataset';
import type { Dataset } from '../src/data/types';

const root = resolve(import.meta.dirname, '..');
const bundled = () =>
  JSON.parse(readFileSync(join(root, 'public/data/cuba-syria.json'), 'utf8')) as Dataset;

/** A public folder like the project's, with `dataset` (an object, or text) as the bundled one. */
function publicWith(dir: string, dataset: unknown): string {
  const pub = join(dir, 'public');
  cpSync(join(root, 'public'), pub, { recursive: true });
  writeFileSync(
    join(pub, 'data/cuba-syria.json'),
    typeof dataset === 'string' ? dataset : JSON.stringify(dataset, null, 2),
  );
  return pub;
}

function buildWith(publicDir: string, outDir: string) {
  return build({ root, publicDir, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
}

function parse(file: string) {
  const window = new Window({ url: 'http://localhost/' });
  const html = readFileSync(file, 'utf8')
    .replace(/<link rel="(?:preload|modulepreload|icon|stylesheet)"[^>]*>/g, '')
    .replace(/<script[^>]*><\/script>/g, '');
  return new window.DOMParser().parseFromString(html, 'text/html');
}

const DOLLARS = 'Talks followed on the "$" debt: $& $` $\' $$ $1 $<x>.';

describe('a build whose dataset text holds $ patterns, emoji and an event called "index"', () => {
  let dir = '';
  let out = '';
  const dataset = bundled();
  const first = dataset.events[0]!;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hostile-'));
    out = join(dir, 'dist');
    first.summary = DOLLARS;
    first.title = `🎉 ${first.title} $&`;
    dataset.events.push({ ...dataset.events[1]!, id: 'index', title: 'An event called index' });
    await buildWith(publicWith(dir, dataset), out);
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('puts the text into every page as it is, once', () => {
    for (const prefix of ['', 'es/', 'ar/']) {
      for (const page of ['', `events/${first.id}/`, 'events/index/']) {
        const html = readFileSync(join(out, prefix, page, 'index.html'), 'utf8');
        expect(html.match(/<div id="root"/g), `${prefix}${page}`).toHaveLength(1);
        expect(html.match(/<title>/g)).toHaveLength(1);
        expect(html.match(/<\/head>/g)).toHaveLength(1);
        expect(html.match(/<html/g)).toHaveLength(1);
      }
    }
    const doc = parse(join(out, 'events', first.id, 'index.html'));
    expect(doc.querySelector('.story-summary')?.textContent).toBe(DOLLARS);
    expect(doc.querySelector('#details-title')?.textContent).toBe(first.title);
    expect(doc.title.startsWith(first.title)).toBe(true);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toContain(
      DOLLARS,
    );
  });

  it('gives the index page and the event called "index" each their own preview image', () => {
    for (const lang of ['en', 'es', 'ar']) {
      const index = readFileSync(join(out, 'og', `${lang}.png`));
      const event = readFileSync(join(out, 'og', lang, 'index.png'));
      expect(index.equals(event)).toBe(false);
      const home = parse(join(out, lang === 'en' ? '' : lang, 'index.html'));
      expect(home.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
        `/og/${lang}.png`,
      );
    }
    const page = parse(join(out, 'events/index/index.html'));
    expect(page.querySelector('#details-title')?.textContent).toBe('An event called index');
  });

  it('leaves nothing half-written beside the output', () => {
    expect(readdirSync(dir).sort()).toEqual(['dist', 'public']);
  });
});

describe('a build whose bundled dataset is refused', () => {
  let dir = '';
  let out = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'refused-'));
    out = join(dir, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'previous-build.txt'), 'the previous build');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The build's error message; the previous output must be untouched and nothing left beside it. */
  async function refusal(dataset: unknown, name: string): Promise<string> {
    const sub = join(dir, name);
    mkdirSync(sub);
    const error = await buildWith(publicWith(sub, dataset), out).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(readdirSync(out)).toEqual(['previous-build.txt']);
    expect(existsSync(`${out}-partial`)).toBe(false);
    return (error as Error).message;
  }

  it('lists every problem (then how many more) with its line, column and path', async () => {
    const dataset = bundled();
    dataset.events.forEach((e) => (e.start = 'soon'));
    dataset.events.forEach((e) => ((e as { category: string }).category = 'gossip'));
    const text = JSON.stringify(dataset, null, 2);
    const message = await refusal(text, 'invalid');
    const lines = message.split('\n');
    const total = 2 * dataset.events.length;
    expect(message).toContain(`the bundled dataset is invalid (${String(total)} problems`);
    // The first event's problems, where they are in the file.
    const at = (needle: string) => {
      const before = text.slice(0, text.indexOf(needle)).split('\n');
      return `${String(before.length)}:${String(before.at(-1)!.length + 1)}`;
    };
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`cuba-syria\\.json:${at('"soon"')}: events\\[0\\]\\.start: `),
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`cuba-syria\\.json:${at('"gossip"')}: events\\[0\\]\\.category: `),
      ),
    );
    const listed = lines.filter((l) => /cuba-syria\.json:\d+:\d+: events\[\d+\]/.test(l));
    expect(listed.length).toBe(Math.min(50, total));
    if (total > 50) expect(message).toContain(`… and ${String(total - 50)} more problems`);
  }, 120_000);

  it('says where the JSON breaks', async () => {
    const text = JSON.stringify(bundled(), null, 2).replace('"events": [', '"events": [,');
    const message = await refusal(text, 'syntax');
    expect(message).toMatch(
      /not valid JSON:\n {2}\S*cuba-syria\.json:\d+:\d+: expected a value but found ','/,
    );
  }, 120_000);

  it('refuses event ids that differ only in case, saying where', async () => {
    const dataset = bundled();
    dataset.events.push({ ...dataset.events[0]!, id: dataset.events[0]!.id.toUpperCase() });
    const message = await refusal(dataset, 'case');
    expect(message).toMatch(
      /cuba-syria\.json:\d+:\d+: events\[\d+\]\.id: event id "[^"]+" differs from "[^"]+" \(events\[0\]\) only in letter case/,
    );
  }, 120_000);

  it('refuses more events than it can prerender, saying what to do', async () => {
    const message = await refusal(generateDataset(10_001, 1), 'large');
    expect(message).toContain('has 10,001 events; the build prerenders at most 10,000');
  }, 120_000);
});
