/**
 * Generates a synthetic dataset in the public format, for benchmarks.
 *
 *   tsx scripts/gen-dataset.ts <count> <out.json> [--seed N]
 *
 * The output depends only on <count> and the seed (default 1). Every title
 * and summary says "Synthetic": nothing in it is a real event. Events use the
 * four places of the bundled dataset plus four invented ones; about 1 % are
 * eras (at most 24), the rest points (80 %) or ranges (20 %) dated to the
 * day (60 %), month (25 %) or year (15 %) between 1965 and 2024. Ids are
 * `e000000`, `e000001`, … in generation order (dates are not in order).
 * With `--places N` (N > 8), N - 8 more invented places are scattered over
 * the world and every event happens at one of them instead (the map's scale
 * benchmark). The file is validated against the format before it is written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDataset } from '../src/data/schema';
import type { Category, Dataset, Place, Source, TimelineEvent } from '../src/data/types';

/** Deterministic PRNG (mulberry32): same seed, same sequence, on every platform. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The places of public/data/cuba-syria.json, copied so that the output never changes. */
const REAL_PLACES: Place[] = [
  {
    id: 'havana',
    name: 'Syrian Embassy, Havana',
    kind: 'embassy',
    country: 'Cuba',
    lat: 23.1136,
    lng: -82.3666,
    precision: 'city',
    precisionNote: 'approximate location: city centre (the source gives no street address)',
  },
  {
    id: 'damascus',
    name: 'Cuban Embassy, Damascus',
    kind: 'embassy',
    country: 'Syria',
    lat: 33.5138,
    lng: 36.2765,
    precision: 'city',
    precisionNote: 'approximate location: city centre (the source gives no street address)',
  },
  {
    id: 'un-hq',
    name: 'United Nations Headquarters, New York',
    kind: 'organisation',
    country: 'United States',
    lat: 40.7489,
    lng: -73.968,
    precision: 'site',
  },
  {
    id: 'golan-heights',
    name: 'Golan Heights',
    kind: 'region',
    lat: 33.0,
    lng: 35.75,
    precision: 'region',
    precisionNote: 'approximate location: centre of the region',
  },
];

/** The one (invented) source every synthetic event cites. */
const SYNTHETIC_SOURCE: Source = {
  id: 'synthetic',
  title: '[Synthetic benchmark data]',
  publisher: 'gen-dataset.ts',
  url: 'http://localhost/synthetic',
  kind: 'newspaper',
};
const SYNTHETIC_CITATION = { source: 'synthetic', quote: 'Synthetic benchmark data' };

function syntheticPlace(id: string, label: string, lat: number, lng: number): Place {
  return {
    id: `synthetic-${id}`,
    name: `Synthetic place ${label} (benchmark only)`,
    kind: 'synthetic',
    lat,
    lng,
    precision: 'region',
    precisionNote: 'invented location for benchmarking; not a real place',
  };
}

const PLACES: Place[] = [
  ...REAL_PLACES,
  syntheticPlace('north', 'North', 55, 12),
  syntheticPlace('south', 'South', -18, 28),
  syntheticPlace('west', 'West', 12, -38),
  syntheticPlace('east', 'East', 24, 72),
];

/** Relative weights of the places an event happens at. */
const PLACE_WEIGHTS = [30, 30, 10, 6, 6, 6, 6, 6];

const POINT_CATEGORIES: [Exclude<Category, 'era'>, number][] = [
  ['diplomatic', 30],
  ['political', 25],
  ['cultural', 15],
  ['economic', 15],
  ['conflict', 15],
];

const NOUNS: Record<Exclude<Category, 'era'>, string[]> = {
  diplomatic: ['state visit', 'ministerial meeting', 'joint communiqué', 'ambassador accredited'],
  political: ['party congress statement', 'solidarity message', 'UN vote', 'policy declaration'],
  cultural: ['film week', 'scholarship programme', 'music festival', 'book fair'],
  economic: ['trade agreement', 'credit line', 'sugar shipment', 'joint venture'],
  // Not drawn (POINT_CATEGORIES leaves it out, so the generated files stay as they were).
  cooperation: ['medical brigade', 'scholarship grant', 'vaccine donation', 'relief shipment'],
  conflict: ['border incident', 'ceasefire appeal', 'sanctions statement', 'security talks'],
};

const FIRST_DAY = Date.UTC(1965, 0, 1);
const LAST_DAY = Date.UTC(2024, 11, 31);
const DAY_MS = 86_400_000;

type Precision = 'day' | 'month' | 'year';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isoAt(ms: number, precision: Precision): string {
  const d = new Date(ms);
  const year = pad(d.getUTCFullYear(), 4);
  if (precision === 'year') return year;
  const month = `${year}-${pad(d.getUTCMonth() + 1)}`;
  return precision === 'month' ? month : `${month}-${pad(d.getUTCDate())}`;
}

function pickWeighted<T>(random: () => number, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [value, weight] of entries) {
    r -= weight;
    if (r < 0) return value;
  }
  const last = entries[entries.length - 1];
  if (!last) throw new Error('pickWeighted: no entries');
  return last[0];
}

/** `count` invented places in all, the eight above first, the rest scattered over the world. */
function placesFor(count: number, random: () => number): Place[] {
  const places = PLACES.map((p) => ({ ...p }));
  for (let i = places.length; i < count; i++) {
    const lat = Math.round((-55 + random() * 125) * 1e4) / 1e4;
    const lng = Math.round((-180 + random() * 360) * 1e4) / 1e4;
    const place = syntheticPlace(`p${String(i).padStart(5, '0')}`, `no. ${String(i)}`, lat, lng);
    places.push({ ...place, precision: random() < 0.7 ? 'site' : 'region' });
  }
  return places;
}

function pickPlaces(random: () => number, many: readonly Place[] | null): string[] {
  if (many) return [many[8 + Math.floor(random() * (many.length - 8))]!.id];
  const weighted = PLACES.map((p, i) => [p.id, PLACE_WEIGHTS[i] ?? 1] as const);
  const first = pickWeighted(random, weighted);
  if (random() >= 0.3) return [first];
  const second = pickWeighted(
    random,
    weighted.filter(([id]) => id !== first),
  );
  return [first, second];
}

/** Minimum length of a range, so that its end is after its start at the given precision. */
const MIN_RANGE_DAYS: Record<Precision, number> = { day: 1, month: 32, year: 367 };

export function eraCount(count: number): number {
  return Math.min(24, Math.max(1, Math.round(count * 0.01)));
}

/** Builds a dataset of `count` events (at least 1). Pure: same arguments, same result. */
export function generateDataset(count: number, seed = 1, placeCount = PLACES.length): Dataset {
  if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be an integer ≥ 1');
  const random = mulberry32(seed);
  const many = placeCount > PLACES.length ? placesFor(placeCount, mulberry32(seed + 1)) : null;
  const width = Math.max(6, String(count - 1).length);
  const eras = eraCount(count);
  const eraEvery = Math.floor(count / eras);
  const events: TimelineEvent[] = [];

  for (let i = 0; i < count; i++) {
    const id = `e${pad(i, width)}`;
    const n = i + 1;
    if (i % eraEvery === 0 && i / eraEvery < eras) {
      const startYear = 1965 + Math.floor(random() * 56);
      const endYear = Math.min(2024, startYear + 2 + Math.floor(random() * 14));
      events.push({
        id,
        title: `Synthetic era ${String(n)}`,
        summary: `A synthetic era band (${String(startYear)}–${String(endYear)}) generated for benchmarking; not a real period.`,
        start: String(startYear),
        end: String(endYear),
        category: 'era',
        places: ['havana', 'damascus'],
        sources: [SYNTHETIC_CITATION],
      });
      continue;
    }

    const category = pickWeighted(random, POINT_CATEGORIES);
    const nouns = NOUNS[category];
    const noun = nouns[Math.floor(random() * nouns.length)] ?? category;
    const precision = pickWeighted<Precision>(random, [
      ['day', 60],
      ['month', 25],
      ['year', 15],
    ]);
    const startMs = FIRST_DAY + Math.floor(random() * ((LAST_DAY - FIRST_DAY) / DAY_MS)) * DAY_MS;
    const start = isoAt(startMs, precision);
    let end: string | undefined;
    if (random() < 0.2) {
      const days = MIN_RANGE_DAYS[precision] + Math.floor(random() * 3650);
      const candidate = isoAt(Math.min(LAST_DAY, startMs + days * DAY_MS), precision);
      if (candidate > start) end = candidate;
    }
    const event: TimelineEvent = {
      id,
      title: `Synthetic ${noun} no. ${String(n)}`,
      summary: `Synthetic ${category} event generated for benchmarking (seed ${String(seed)}); it did not happen. Item ${String(n)} of ${String(count)}.`,
      start,
      ...(end === undefined ? {} : { end }),
      category,
      places: pickPlaces(random, many),
      sources: [SYNTHETIC_CITATION],
    };
    if (random() < 0.05)
      event.note = 'Synthetic note: the dating of this invented event is approximate.';
    events.push(event);
  }

  return {
    title: `Synthetic benchmark dataset (${String(count)} events${many ? `, ${String(many.length)} places` : ''}, seed ${String(seed)})`,
    parties: ['Cuba', 'Syria'],
    sources: [SYNTHETIC_SOURCE],
    places: many ?? PLACES.map((p) => ({ ...p })),
    events,
  };
}

/** Generates, validates and writes a dataset; returns the number of bytes written. */
export function writeDataset(count: number, outFile: string, seed = 1, places?: number): number {
  const dataset = generateDataset(count, seed, places);
  const result = validateDataset(dataset);
  if (!result.ok) {
    const shown = result.problems.slice(0, 10).map((p) => `  ${p.path}: ${p.message}`);
    throw new Error(`generated dataset is invalid:\n${shown.join('\n')}`);
  }
  const text = JSON.stringify(dataset);
  mkdirSync(dirname(resolve(outFile)), { recursive: true });
  writeFileSync(outFile, text);
  return Buffer.byteLength(text);
}

const USAGE = 'Usage: npm run gen-dataset -- <count> <out.json> [--seed N] [--places N]';

function main(args: string[]): number {
  if (args.includes('-h') || args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const option = (flag: string, fallback: number) => {
    const at = args.indexOf(flag);
    return at === -1 ? fallback : Number(args[at + 1]);
  };
  const seed = option('--seed', 1);
  const placeCount = option('--places', PLACES.length);
  const flagged = new Set(
    ['--seed', '--places'].flatMap((f) => {
      const at = args.indexOf(f);
      return at === -1 ? [] : [at, at + 1];
    }),
  );
  const positional = args.filter((_, i) => !flagged.has(i));
  const [countArg, outFile] = positional;
  const count = Number(countArg);
  if (
    positional.length !== 2 ||
    outFile === undefined ||
    !Number.isInteger(count) ||
    count < 1 ||
    !Number.isInteger(seed) ||
    !Number.isInteger(placeCount) ||
    placeCount < 1
  ) {
    console.error(USAGE);
    return 2;
  }
  const bytes = writeDataset(count, outFile, seed, placeCount);
  console.log(
    `Wrote ${outFile}: ${String(count)} events, ${String(Math.max(placeCount, PLACES.length))} places, ${(bytes / 1e6).toFixed(2)} MB (seed ${String(seed)})`,
  );
  return 0;
}

const invokedDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) process.exitCode = main(process.argv.slice(2));
