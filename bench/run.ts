/**
 * `npm run bench`: builds the app, generates synthetic datasets, serves
 * everything on 127.0.0.1, drives headless Chromium and prints one markdown
 * table (also written to bench/results.md). Progress goes to stderr.
 * See bench/README.md and `npm run bench -- --help`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startupAssets, totalGzip, gzipSize } from '../scripts/bundleSize';
import { writeDataset } from '../scripts/gen-dataset';
import type { Dataset } from '../src/data/types';
import { parseArgs, USAGE, UsageError, type BenchArgs, type Section } from './args';
import { BenchBrowser } from './browser';
import { FLOOR_PAGE, measureCompare, TIMELINEJS_PAGE } from './measure/compare';
import { lighthouseExternal, measureLighthouseSections } from './lighthouse-sections';
import { measureProfile } from './measure/profile';
import { measurePlaces, measureSearch } from './measure/large';
import { measureBuild } from './measure/build';
import { measureExports } from './measure/exports';
import { measureColdLoad } from './measure/load';
import { measureMemory } from './measure/memory';
import { measureScale } from './measure/scale';
import { measureSelection } from './measure/selection';
import { formatReport, type BenchResults, type BundleFigures } from './report';
import { startServer, type Mount, type StaticServer } from './server';
import { errorMessage, log } from './util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'bench', 'out');
const DATA_DIR = join(OUT, 'data');
const BUNDLED_DATASET = join(DIST, 'data', 'cuba-syria.json');
const LIBRARY_FLOOR_DEFAULT = 301_056;

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

const FLOOR_OUT = join(OUT, 'floor');
const PROFILE_OUT = join(OUT, 'app-profile');

async function viteBuild(label: string, extraArgs: string[] = []): Promise<void> {
  log(`Building ${label} (npx vite build${extraArgs.length ? ` ${extraArgs.join(' ')}` : ''}) …`);
  await new Promise<void>((resolvePromise, reject) => {
    // Build output goes to stderr: stdout is for the report.
    const child = spawn('npx', ['vite', 'build', ...extraArgs], {
      cwd: ROOT,
      stdio: ['ignore', 2, 2],
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`vite build exited with ${String(code)}`)),
    );
  });
}

/** The floor app (bench/floor/), built with the project's Vite into bench/out/floor/. */
const buildFloor = () =>
  viteBuild('the floor app', ['--config', join('bench', 'floor', 'vite.config.ts')]);

/** The app again, with source maps (not shipped), for the profile's attribution. */
const buildProfiledApp = () =>
  viteBuild('the app with source maps', [
    '--sourcemap',
    'hidden',
    '--outDir',
    PROFILE_OUT,
    '--emptyOutDir',
  ]);

function gitDescribe(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT })
      .toString()
      .trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT }).toString().trim();
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return 'unknown';
  }
}

function bundleFigures(): BundleFigures {
  const assets = startupAssets(DIST);
  const budgetFile = join(ROOT, 'bench', 'budget.json');
  let budgetGzip: number | null = null;
  let floorGzip = LIBRARY_FLOOR_DEFAULT;
  if (existsSync(budgetFile)) {
    const budget = readJson(budgetFile) as Partial<Record<string, number>>;
    budgetGzip = budget.startupGzipBytes ?? null;
    floorGzip = budget.libraryFloorGzipBytes ?? floorGzip;
  }
  return { assets, totalGzip: totalGzip(assets), floorGzip, budgetGzip, otherFetches: [] };
}

/** The large-dataset section: search at this many events, the map at this many places. */
export const SEARCH_EVENTS = 100_000;
export const MAP_PLACES = 5_000;
const MAP_PLACES_EVENTS = 20_000;
const placesFile = `places-${String(MAP_PLACES)}.json`;

function generateDatasets(
  sizes: readonly number[],
  withPlaces: boolean,
): { events: number; places?: number; bytes: number }[] {
  const write = (events: number, file: string, places?: number) => {
    const started = Date.now();
    const bytes = writeDataset(events, join(DATA_DIR, file), 1, places);
    log(
      `  ${file}: ${(bytes / 1e6).toFixed(1)} MB in ${String(Date.now() - started)} ms (validated)`,
    );
    return { events, ...(places ? { places } : {}), bytes };
  };
  const out = sizes.map((events) => write(events, `events-${String(events)}.json`));
  if (withPlaces) out.push(write(MAP_PLACES_EVENTS, placesFile, MAP_PLACES));
  return out;
}

/** What the bench server serves: the build, the datasets, TimelineJS and its page, the floor. */
function benchMounts(): Mount[] {
  return [
    { prefix: '/', dir: DIST },
    { prefix: '/bench-data/', dir: OUT },
    {
      prefix: '/timelinejs/',
      dir: join(ROOT, 'node_modules', '@knight-lab', 'timelinejs', 'dist'),
    },
    { prefix: TIMELINEJS_PAGE, dir: join(ROOT, 'bench', 'timelinejs') },
    { prefix: FLOOR_PAGE, dir: FLOOR_OUT },
  ];
}

async function measureAll(
  args: BenchArgs,
  bench: BenchBrowser,
  origin: string,
  results: BenchResults,
): Promise<void> {
  const want = (s: Section) => args.sections.includes(s);
  const { runs, timeoutMs } = args;

  if (want('cold')) {
    log('Cold load, bundled dataset …');
    results.cold = await measureColdLoad(bench, origin, runs, timeoutMs);
  }
  if (want('selection')) {
    const dataset = readJson(BUNDLED_DATASET) as Dataset;
    const events = dataset.events.filter((e) => e.category !== 'era');
    log(`Selection latency, ${String(events.length)} events per run …`);
    results.selection = await measureSelection(bench, origin, events, runs, timeoutMs);
  }
  if (want('scale')) {
    results.scale = [];
    for (const events of args.sizes) {
      log(`Scale, ${String(events)} events …`);
      const runsOf = await measureScale(
        bench,
        origin,
        `/bench-data/data/events-${String(events)}.json`,
        `${String(events)} events`,
        { runs, timeoutMs },
      );
      results.scale.push({ events, runs: runsOf });
    }
  }
  if (want('large')) {
    log(`Search keystrokes, ${SEARCH_EVENTS.toLocaleString('en-US')} events …`);
    const search = await measureSearch(
      bench,
      origin,
      `/bench-data/data/events-${String(SEARCH_EVENTS)}.json`,
      SEARCH_EVENTS,
      runs,
      timeoutMs,
    );
    log(`Map drag, ${MAP_PLACES.toLocaleString('en-US')} places …`);
    const places = await measurePlaces(
      bench,
      origin,
      `/bench-data/data/${placesFile}`,
      runs,
      timeoutMs,
    );
    results.large = { events: SEARCH_EVENTS, places: MAP_PLACES, search, map: places };
  }
  if (want('memory')) {
    log('Memory, 1,000 keyboard selections per run …');
    results.memory = await measureMemory(bench, origin, runs, timeoutMs);
  }
  if (want('profile')) {
    // The build with source maps, served on a server of its own at the root.
    const profiled = await startServer([{ prefix: '/', dir: PROFILE_OUT }]);
    try {
      log('Profile: where the start-up time goes (app, then floor) …');
      const app = await measureProfile(bench, `${profiled.origin}/`, PROFILE_OUT, runs, timeoutMs);
      const floor = await measureProfile(
        bench,
        `${origin}${FLOOR_PAGE}`,
        FLOOR_OUT,
        runs,
        timeoutMs,
      );
      results.profile = { app, floor };
    } finally {
      await profiled.close();
    }
  }
  if (want('compare')) {
    log('Side by side with the floor and TimelineJS …');
    results.compare = await measureCompare(
      bench,
      origin,
      [
        { label: 'bundled dataset', path: '/data/cuba-syria.json', bundled: true },
        { label: '1,000 events', path: '/bench-data/data/events-1000.json', bundled: false },
      ],
      runs,
      timeoutMs,
    );
  }
  if (want('lighthouse') || want('tasks'))
    await measureLighthouseSections(args, bench, results, {
      dist: DIST,
      profileOut: PROFILE_OUT,
      mounts: benchMounts(),
    });
}

/** Files the app fetched at start-up that are not start-up JS/CSS (dataset, basemap, icon). */
function otherFetches(results: BenchResults): BundleFigures['otherFetches'] {
  if (!results.cold || !results.bundle) return [];
  const firstOk = results.cold.outcomes.find((o) => o.ok);
  const readyMs = firstOk?.ok ? firstOk.ms : Infinity;
  const counted = new Set(results.bundle.assets.map((a) => `/${a.file}`));
  return results.cold.fetched
    .filter((f) => !counted.has(f.path))
    .map((f) => {
      const file = join(DIST, f.path);
      const inDist = file.startsWith(DIST) && existsSync(file);
      return {
        path: f.path,
        bytes: f.bytes,
        gzipBytes: inDist ? gzipSize(readFileSync(file)) : null,
        beforeReady: f.endMs <= readyMs,
      };
    });
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  let args: BenchArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  const started = Date.now();
  const loadAtStart = loadavg()[0] ?? 0;
  const cpu = cpus();
  log(
    `Benchmark: ${String(args.runs)} runs, sections ${args.sections.join(', ')}, ${String(cpu.length)} CPUs`,
  );

  const wantFloor = args.sections.includes('compare') || args.sections.includes('profile');
  const wantProfile = args.sections.includes('profile') || args.sections.includes('tasks');
  try {
    if (args.build) await viteBuild('the app');
    if (wantFloor && (args.build || !existsSync(join(FLOOR_OUT, 'index.html')))) await buildFloor();
    if (wantProfile && (args.build || !existsSync(join(PROFILE_OUT, 'index.html'))))
      await buildProfiledApp();
  } catch (error) {
    console.error(
      `${errorMessage(error)}: fix the build, or measure the existing dist/ with --no-build`,
    );
    return 1;
  }
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/index.html is missing: build the app first');

  const needsData = args.sections.some((s) => s === 'scale' || s === 'compare');
  const large = args.sections.includes('large');
  const sizes = [
    ...new Set([
      ...(args.sections.includes('scale') ? args.sizes : []),
      ...(needsData ? [1_000] : []),
      ...(large ? [SEARCH_EVENTS] : []),
    ]),
  ].sort((a, b) => a - b);
  log('Generating synthetic datasets …');
  const datasets = generateDatasets(sizes, large);

  const results: BenchResults = {
    meta: {
      date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      commit: gitDescribe(),
      node: process.version,
      chromium: '?',
      cpus: cpu.length,
      cpuModel: cpu[0]?.model.trim() ?? 'unknown',
      runs: args.runs,
      quick: args.quick,
      timeoutMs: args.timeoutMs,
      elapsedMs: 0,
      load: [loadAtStart, loadAtStart],
    },
    bundle: args.sections.includes('bundle') ? bundleFigures() : null,
    exports: null,
    cold: null,
    selection: null,
    scale: null,
    large: null,
    memory: null,
    compare: null,
    profile: null,
    build: null,
    lighthouse: null,
    tasks: null,
    blocked: new Map(),
    datasets,
    notes: [],
  };

  if (args.sections.includes('exports')) {
    log('Exports, 20,000 events at 5,000 places (Node) …');
    results.exports = measureExports(args.runs);
  }

  const browserSections = args.sections.filter(
    (s) => s !== 'bundle' && s !== 'build' && s !== 'exports',
  );
  if (browserSections.length > 0) {
    let server: StaticServer | null = null;
    let bench: BenchBrowser | null = null;
    try {
      server = await startServer(benchMounts());
      log(`Serving dist/, bench/out/, the floor and the TimelineJS page on ${server.origin}`);
      bench = await BenchBrowser.launch();
      results.meta.chromium = bench.version();
      log(`Chromium ${bench.version()} (${bench.executable})`);
      await measureAll(args, bench, server.origin, results);
    } catch (error) {
      results.notes.push(`The run stopped early: ${errorMessage(error)}`);
      log(`Error: ${errorMessage(error)}`);
    } finally {
      if (bench) {
        results.blocked = bench.blocked;
        if (bench.relaunches > 0) {
          results.notes.push(
            `Chromium got stuck and was replaced ${String(bench.relaunches)} time(s) (a page that never finished its work).`,
          );
        }
        await bench.close();
      }
      await server?.close();
    }
  }
  if (args.sections.includes('build')) {
    results.build = [];
    for (const events of args.buildSizes) {
      log(
        `Build with ${events.toLocaleString('en-US')} events bundled (vite build, in its own process) …`,
      );
      const run = await measureBuild(ROOT, events, join(OUT, 'build'));
      log(
        `  ${run.ok ? 'built' : `failed (${run.error ?? ''})`} in ${(run.ms / 1000).toFixed(1)} s, peak ${run.peakRss === null ? '?' : `${(run.peakRss / 2 ** 20).toFixed(0)} MiB`}`,
      );
      results.build.push(run);
    }
  }
  if (results.lighthouse)
    for (const [label, urls] of lighthouseExternal(results.lighthouse))
      results.blocked.set(label, urls);
  if (results.bundle) results.bundle.otherFetches = otherFetches(results);
  results.meta.elapsedMs = Date.now() - started;
  const loadAtEnd = loadavg()[0] ?? 0;
  results.meta.load = [loadAtStart, loadAtEnd];
  if (Math.max(loadAtStart, loadAtEnd) > cpu.length) {
    results.notes.push(
      `The machine was busy with other work (1-minute load average ${loadAtStart.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end, on ${String(cpu.length)} CPUs): figures are slower and noisier than on an idle machine.`,
    );
  }

  const report = formatReport(results);
  await new Promise<void>((done) => process.stdout.write(report, () => done()));
  writeFileSync(resolve(ROOT, args.out), report);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(
    join(OUT, 'results.json'),
    JSON.stringify({ ...results, blocked: Object.fromEntries(results.blocked) }, null, 2),
  );
  log(`\nWrote ${args.out} (raw figures: bench/out/results.json)`);
  return results.notes.some((n) => n.startsWith('The run stopped early')) ? 1 : 0;
}

// Exit explicitly: a stuck browser left behind must not keep the process
// alive (Playwright kills the browsers it launched when the process exits).
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
