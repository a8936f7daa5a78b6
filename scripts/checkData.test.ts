import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Citation, Dataset } from '../src/data/types';
import { open as openFile } from 'node:fs/promises';
import { checkFile, checkStream, lineAndColumn, STDIN_NAME } from './checkData';

const validDataset = {
  title: 'Test',
  parties: ['A', 'B'],
  sources: [{ id: 's', title: 'T', publisher: 'P', url: 'https://example.org/', kind: 'wire' }],
  places: [{ id: 'havana', name: 'Havana', lat: 23.1, lng: -82.4, precision: 'city' }],
  events: [
    {
      id: 'e1',
      title: 'One',
      summary: 'Something happened.',
      start: '1965-08-11',
      category: 'diplomatic',
      places: ['havana'],
      sources: [{ source: 's', quote: 'q' }],
    },
    {
      id: 'e2',
      title: 'Two',
      summary: 'Something else happened.',
      start: '1991',
      end: '2011',
      category: 'era',
      places: [],
      sources: [{ source: 's', quote: 'q' }],
    },
  ],
};

let dir = '';

async function write(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content, 'utf8');
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'check-data-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('checkFile', () => {
  it('reports a valid file with its counts', async () => {
    const path = await write('valid.json', JSON.stringify(validDataset, null, 2));
    expect(await checkFile(path)).toEqual({
      ok: true,
      lines: [`OK: ${path} (2 events, 1 place)`],
    });
  });

  it('accepts a byte-order mark', async () => {
    const path = await write('bom.json', `\uFEFF${JSON.stringify(validDataset)}`);
    expect((await checkFile(path)).ok).toBe(true);
  });

  it('reports malformed JSON with its line and column', async () => {
    const path = await write('malformed.json', '{\n  "title": "x"\n  "parties": []\n}\n');
    const result = await checkFile(path);
    expect(result.ok).toBe(false);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatch(/ at line 3, column 3$/);
    expect(result.lines[0]?.startsWith(`${path}: invalid JSON: `)).toBe(true);
  });

  it('says what and where for JSON that JSON.parse gives no position for', async () => {
    const path = await write('no-position.json', '{"title": }');
    expect((await checkFile(path)).lines).toEqual([
      `${path}: invalid JSON: expected a value but found '}' at line 1, column 11`,
    ]);
  });

  it('never prints the raw bytes of a binary file', async () => {
    const path = join(dir, 'image.json');
    await writeFile(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]));
    const result = await checkFile(path);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatch(
      /^.*: invalid JSON: expected a value but found .+ at line 1, column 1$/,
    );
    // eslint-disable-next-line no-control-regex -- checking that none is printed
    expect(result.lines[0]).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('refuses a file larger than the app reads, without reading it', async () => {
    const path = join(dir, 'huge.json');
    const file = await openFile(path, 'w');
    await file.truncate(600_000_000); // sparse: takes no room on disk
    await file.close();
    expect(await checkFile(path)).toEqual({
      ok: false,
      lines: [`${path}: file is too large (600 MB; at most 200 MB)`],
    });
    await rm(path);
  });

  it('reads standard input', async () => {
    async function* input() {
      const text = JSON.stringify(validDataset);
      yield text.slice(0, 100);
      yield Buffer.from(text.slice(100));
    }
    expect(await checkStream(input())).toEqual({
      ok: true,
      lines: [`OK: ${STDIN_NAME} (2 events, 1 place)`],
    });
  });

  it('reports an empty file as invalid JSON', async () => {
    const path = await write('empty.json', '');
    const result = await checkFile(path);
    expect(result.ok).toBe(false);
    expect(result.lines[0]?.startsWith(`${path}: invalid JSON: `)).toBe(true);
  });

  it('reports every problem as "file: path: message"', async () => {
    const broken = structuredClone(validDataset);
    broken.places[0]!.lat = 91;
    broken.events[0]!.category = 'sport';
    broken.events[1]!.end = '1990';
    const path = await write('problems.json', JSON.stringify(broken));
    const result = await checkFile(path);
    expect(result.ok).toBe(false);
    expect(result.lines).toEqual([
      `${path}: places[0].lat: latitude must be between -90 and 90`,
      `${path}: events[0].category: unknown category "sport" (use one of: diplomatic, political, cultural, economic, cooperation, conflict, era)`,
      `${path}: events[1].end: end "1990" is before start "1991"`,
    ]);
  });

  it('lists the first problems and says how many more there are', async () => {
    const many = structuredClone(validDataset) as Record<string, unknown>;
    many.events = Array.from({ length: 1000 }, (_, i) => ({
      ...validDataset.events[0],
      id: `e${String(i)}`,
      places: ['nowhere'],
    }));
    const path = await write('many.json', JSON.stringify(many));
    const result = await checkFile(path);
    expect(result.ok).toBe(false);
    expect(result.lines).toHaveLength(201);
    expect(result.lines[0]).toBe(
      `${path}: events[0].places[0]: unknown place id "nowhere" (known: havana)`,
    );
    expect(result.lines.at(-1)).toBe(`${path}: … and 800 more problems`);
  });

  it('passes the bundled dataset', async () => {
    const bundled = fileURLToPath(new URL('../public/data/cuba-syria.json', import.meta.url));
    const result = await checkFile(bundled);
    expect(result.lines).toEqual([expect.stringMatching(/^OK: .* \(\d+ events, \d+ places\)$/)]);
  });

  it('reports each broken source reference in a copy of the bundled dataset', async () => {
    const bundled = fileURLToPath(new URL('../public/data/cuba-syria.json', import.meta.url));
    const copy = JSON.parse(await readFile(bundled, 'utf8')) as Dataset;
    copy.sources.push({ ...copy.sources[0]! }); // duplicate id
    copy.sources[2]!.url = 'javascript:alert(1)'; // not http(s)
    copy.events[0]!.sources[0]!.source = 'no-such-source'; // unknown id
    delete (copy.events[1]!.sources[0] as Partial<Citation>).quote; // no quotation
    const path = await write('broken-sources.json', JSON.stringify(copy));
    const result = await checkFile(path);
    expect(result.ok).toBe(false);
    const problems = result.lines.map((line) => line.slice(path.length + 2));
    expect(problems).toEqual([
      'sources[2].url: "javascript:alert(1)" is not an http or https address (only those are accepted)',
      expect.stringMatching(
        /^sources\[\d+\]\.id: duplicate source id "[^"]+" \(also at sources\[0\]\)$/,
      ),
      expect.stringMatching(
        /^events\[0\]\.sources\[0\]\.source: unknown source id "no-such-source" \(known: /,
      ),
      'events[1].sources[0].quote: citation without a quotation: add the words of the source that support the event as "quote"',
    ]);
  });

  it('reports a file that cannot be read', async () => {
    const path = join(dir, 'missing.json');
    expect(await checkFile(path)).toEqual({
      ok: false,
      lines: [`${path}: cannot read file: file not found`],
    });
  });
});

describe('lineAndColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('check-data.ts', () => {
  const cli = fileURLToPath(new URL('./check-data.ts', import.meta.url));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8' });

  it('exits 0 for valid files, 1 if any file has a problem and 2 without files', async () => {
    const valid = await write('cli-valid.json', JSON.stringify(validDataset));
    const invalid = await write('cli-invalid.json', '{');

    const ok = run(valid);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(`OK: ${valid} (2 events, 1 place)\n`);

    const bad = run(valid, invalid);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(`OK: ${valid}`);
    expect(bad.stderr).toContain(`${invalid}: invalid JSON: `);

    const usage = run();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^Usage: /);

    const stdin = spawnSync(process.execPath, ['--import', 'tsx', cli, '-'], {
      encoding: 'utf8',
      input: JSON.stringify(validDataset),
    });
    expect(stdin.status).toBe(0);
    expect(stdin.stdout).toBe('OK: (standard input) (2 events, 1 place)\n');
  }, 30_000);
});
