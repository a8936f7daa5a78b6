/**
 * Validation of the public dataset format (see `types.ts`).
 *
 * `validateDataset` reports every problem it finds, each with a JSON path
 * ("events[3].start") and a message written for dataset authors. It runs in
 * two passes: the structural valibot parse (`DatasetSchema`, all issues, not
 * just the first), then checks across fields (unique ids, known place ids,
 * end not before start) on whatever is usable in the input.
 *
 * The schemas and their limits are in `schemaShapes.ts`, the checks across
 * entries and the problem list in `crossChecks.ts`, the shared text helpers
 * in `schemaText.ts`; this module re-exports their public names.
 */
import * as v from 'valibot';
import { CrossChecks, formatPath, ProblemList, segmentsOf, type PathSegment } from './crossChecks';
import {
  DatasetSchema,
  list,
  MAX_EVENTS,
  MAX_PLACES,
  MAX_SOURCES,
  MAX_THREADS,
  PlaceSchema,
  record,
  SourceSchema,
  ThreadSchema,
  TimelineEventSchema,
  tooMany,
} from './schemaShapes';
import { describe, isPlainObject } from './schemaText';
import type { Dataset } from './types';

export {
  CitationSchema,
  DatasetSchema,
  MAX_DATASET_BYTES,
  MAX_EVENTS,
  MAX_LABEL_LENGTH,
  MAX_LANGUAGES,
  MAX_NOTE_LENGTH,
  MAX_PARTIES,
  MAX_PER_EVENT,
  MAX_PLACE_NAME_LENGTH,
  MAX_PLACES,
  MAX_QUOTE_LENGTH,
  MAX_SOURCES,
  MAX_SUMMARY_LENGTH,
  MAX_THREAD_EVENTS,
  MAX_THREADS,
  MAX_TITLE_LENGTH,
  MAX_URL_LENGTH,
  PlaceSchema,
  SourceSchema,
  ThreadSchema,
  TimelineEventSchema,
  type SchemaOutputIsDataset,
} from './schemaShapes';
export { formatPath, MAX_SUGGESTIONS } from './crossChecks';

export interface DatasetProblem {
  /** JSON path such as `events[3].start`, `places[0].lat` or `(root)`. */
  path: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; dataset: Dataset }
  | {
      ok: false;
      /** The first problems in file order (see MAX_LISTED_PROBLEMS). */
      problems: DatasetProblem[];
      /** How many problems there are in all. */
      total: number;
    };

/** The top-level sections in the order of the file: problems come out in this order. */
const SECTION_ORDER = [
  'title',
  'languages',
  'parties',
  'license',
  'sources',
  'i18n',
  'places',
  'events',
  'threads',
];

/** Where a section comes in the file, for ordering problems: root, title, …, events. */
function sectionRank(segments: readonly PathSegment[]): number {
  const section = segments[0];
  if (section === undefined) return -1;
  const i = SECTION_ORDER.indexOf(String(section));
  return i === -1 ? SECTION_ORDER.length : i;
}

/** The dataset with its lists of entries unchecked: they are checked entry by entry. */
const DatasetFrameSchema = record(
  {
    ...DatasetSchema.pipe[1].entries,
    sources: v.pipe(list(v.unknown()), v.maxLength(MAX_SOURCES, tooMany('sources'))),
    places: v.pipe(list(v.unknown()), v.maxLength(MAX_PLACES, tooMany('places'))),
    events: v.pipe(
      list(v.unknown()),
      v.minLength(1, 'there must be at least one event'),
      v.maxLength(MAX_EVENTS, tooMany('events')),
    ),
    threads: v.exactOptional(
      v.pipe(list(v.unknown()), v.maxLength(MAX_THREADS, tooMany('threads'))),
    ),
  },
  'the dataset',
);

const LIST_SCHEMAS = {
  sources: SourceSchema,
  places: PlaceSchema,
  events: TimelineEventSchema,
  threads: ThreadSchema,
} as const;
type ListSection = keyof typeof LIST_SCHEMAS;

/** Most problems listed (the app and `check-data` say how many more there are). */
export const MAX_LISTED_PROBLEMS = 200;

/**
 * Validates parsed JSON against the dataset format and reports its problems,
 * in file order: the first `limit` with their messages, and how many there
 * are in all (`total`). On success, `dataset` is a fresh plain object
 * containing only the fields of `Dataset` (unknown extra fields in the input
 * are accepted but dropped; absent optional fields are absent, never
 * `undefined`). Strings are not trimmed or otherwise changed. Never throws.
 *
 * Entries are checked one at a time, each with its cross-entry checks
 * (unique ids, known places and sources, end not before start, translations)
 * right after its own, so problems come out in file order without holding
 * or sorting them all.
 */
export function validateDataset(json: unknown, limit = MAX_LISTED_PROBLEMS): ValidationResult {
  if (!isPlainObject(json)) {
    return {
      ok: false,
      problems: [
        {
          path: '(root)',
          message: `the dataset must be a JSON object with "title", "parties", "places" and "events", got ${describe(json)}`,
        },
      ],
      total: 1,
    };
  }

  const problems = new ProblemList(limit);
  const options = { abortEarly: false, abortPipeEarly: false } as const;
  const frame = v.safeParse(DatasetFrameSchema, json, options);
  // Problems of the frame, by section, to come out before that section's entries.
  const frameIssues = new Map<number, v.BaseIssue<unknown>[]>();
  for (const issue of frame.issues ?? []) {
    const rank = sectionRank(segmentsOf(issue));
    const list = frameIssues.get(rank);
    if (list) list.push(issue);
    else frameIssues.set(rank, [issue]);
  }
  const cross = new CrossChecks(json, problems);
  const parsed: Partial<Record<ListSection, unknown[]>> = {};

  problems.addIssues(frameIssues.get(-1));
  for (const [rank, section] of SECTION_ORDER.entries()) {
    problems.addIssues(frameIssues.get(rank));
    if (section === 'license') cross.license(json.license);
    if (!(section in LIST_SCHEMAS) || !Array.isArray(json[section])) continue;
    const name = section as ListSection;
    const out: unknown[] = [];
    (json[name] as unknown[]).forEach((entry, i) => {
      const result = v.safeParse(LIST_SCHEMAS[name], entry, options);
      if (result.success) out.push(result.output);
      else problems.addIssues(result.issues, [name, i]);
      if (name === 'sources') cross.source(entry, i);
      else if (name === 'places') cross.place(entry, i);
      else if (name === 'events') cross.event(entry, i);
      else cross.thread(entry, i);
    });
    parsed[name] = out;
  }
  problems.addIssues(frameIssues.get(SECTION_ORDER.length));

  if (frame.success && problems.total === 0) {
    return { ok: true, dataset: { ...frame.output, ...parsed } as Dataset };
  }
  return {
    ok: false,
    problems: problems.kept.map((p) => ({ path: formatPath(p.segments), message: p.message })),
    total: problems.total,
  };
}

/** One line per problem: `path: message`. */
export function formatProblems(problems: readonly DatasetProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}

/** "… and 1,199,980 more" for problems found but not listed ('' when none). */
export function moreProblemsLine(more: number): string {
  return more > 0 ? `… and ${more.toLocaleString('en-US')} more` : '';
}
