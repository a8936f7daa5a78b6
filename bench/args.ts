/** Command-line options of `npm run bench`. */

export const SECTIONS = [
  'bundle',
  'cold',
  'selection',
  'scale',
  'large',
  'memory',
  'compare',
  'profile',
  'build',
  'exports',
  'lighthouse',
  'tasks',
] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchArgs {
  runs: number;
  quick: boolean;
  build: boolean;
  /** Per load / per interaction, ms. */
  timeoutMs: number;
  sections: Section[];
  /** Dataset sizes for the scale section. */
  sizes: number[];
  /** Bundled dataset sizes for the build section. */
  buildSizes: number[];
  out: string;
  /** The event page that the Lighthouse sections measure (/events/<id>/). */
  event: string;
}

export const DEFAULT_EVENT = 'cultural-agreement-2019';

export const USAGE = `Usage: npm run bench -- [options]

  --runs N        runs per measure (default 5; Lighthouse: runs of each page,
                  then one with devtools throttling)
  --quick         2 runs, no 100k dataset (for iterating)
  --no-build      use the existing dist/ instead of running vite build
  --timeout S     give up on a load or an interaction after S seconds (default 120)
  --only a,b      only these sections: ${SECTIONS.join(', ')}
  --profile       only the phase table (the same as --only profile): where the
                  start-up time goes, from a Chromium trace of the app and the floor
  --tasks         the long tasks of the event page in Lighthouse's mobile profile,
                  task by task with the functions in them (section "tasks"; one
                  run); alone, only that; with --only or --profile, added to them
  --event ID      the event page of the lighthouse and tasks sections
                  (default ${DEFAULT_EVENT}: /events/${DEFAULT_EVENT}/; index: the
                  index page, /)
  --sizes a,b     dataset sizes for the scale section (default 1000,10000,100000)
  --build-sizes a,b  events in the bundled dataset for the build section: time and
                  peak memory of vite build (default 1000,5000; --quick: 1000)
  --out FILE      where to write the markdown (default bench/results.md)`;

export class UsageError extends Error {}

function positiveInt(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < 1) {
    throw new UsageError(`${flag} needs a positive whole number`);
  }
  return n;
}

export function parseArgs(argv: readonly string[]): BenchArgs {
  let runs: number | null = null;
  let quick = false;
  let build = true;
  let timeoutMs = 120_000;
  let sections: Section[] = [...SECTIONS];
  let chosen = false;
  let tasks = false;
  let sizes: number[] | null = null;
  let buildSizes: number[] | null = null;
  let out = 'bench/results.md';
  let event = DEFAULT_EVENT;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const next = () => argv[++i];
    switch (flag) {
      case '--runs':
        runs = positiveInt(flag, next());
        break;
      case '--quick':
        quick = true;
        break;
      case '--profile':
        sections = ['profile'];
        chosen = true;
        break;
      case '--tasks':
        tasks = true;
        break;
      case '--event': {
        const id = next() ?? '';
        if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
          throw new UsageError('--event needs an event id (lower-case letters, digits, hyphens)');
        event = id;
        break;
      }
      case '--no-build':
        build = false;
        break;
      case '--timeout':
        timeoutMs = positiveInt(flag, next()) * 1000;
        break;
      case '--only': {
        const list = (next() ?? '').split(',').filter(Boolean);
        const unknown = list.filter((s) => !(SECTIONS as readonly string[]).includes(s));
        if (list.length === 0 || unknown.length) {
          throw new UsageError(`--only takes some of: ${SECTIONS.join(', ')}`);
        }
        sections = list as Section[];
        chosen = true;
        break;
      }
      case '--sizes':
        sizes = (next() ?? '').split(',').map((s) => positiveInt('--sizes', s));
        break;
      case '--build-sizes':
        buildSizes = (next() ?? '').split(',').map((s) => positiveInt('--build-sizes', s));
        break;
      case '--out': {
        const file = next();
        if (!file) throw new UsageError('--out needs a file name');
        out = file;
        break;
      }
      default:
        throw new UsageError(`unknown option ${String(flag)}`);
    }
  }
  if (tasks) sections = chosen ? [...new Set([...sections, 'tasks' as const])] : ['tasks'];
  return {
    runs: runs ?? (quick ? 2 : 5),
    quick,
    build,
    timeoutMs,
    sections,
    sizes: sizes ?? (quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]),
    buildSizes: buildSizes ?? (quick ? [1_000] : [1_000, 5_000]),
    out,
    event,
  };
}
