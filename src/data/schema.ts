/**
 * Validation of the public dataset format (see `types.ts`).
 *
 * `validateDataset` reports every problem it finds, each with a JSON path
 * ("events[3].start") and a message written for dataset authors. It runs in
 * two passes: the structural valibot parse (`DatasetSchema`, all issues, not
 * just the first), then checks across fields (unique ids, known place ids,
 * end not before start) on whatever is usable in the input.
 */
import * as v from 'valibot';
import { looksLikeIsoDate, parseIsoDate, periodStartMs } from './dates';
import { isWebUrl } from './links';
import { CATEGORIES, PLACE_PRECISIONS, SOURCE_KINDS, type Dataset } from './types';

export interface DatasetProblem {
  /** JSON path such as `events[3].start`, `places[0].lat` or `(root)`. */
  path: string;
  message: string;
}

export type ValidationResult =
  { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
export const MAX_TITLE_LENGTH = 200;
export const MAX_SUMMARY_LENGTH = 2000;
export const MAX_PLACE_NAME_LENGTH = 200;
export const MAX_QUOTE_LENGTH = 2000;
export const MAX_URL_LENGTH = 2000;

// ---------------------------------------------------------------------------
// Plain-language descriptions

function quote(value: string): string {
  return JSON.stringify(value);
}

/** "a number (12)", "text (\"abc\")", "null", "true", "a list", … for "got …" messages. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return `text (${quote(shown)})`;
    }
    case 'number':
      return `a number (${String(value)})`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOf(values: readonly string[]): string {
  return values.join(', ');
}

// ---------------------------------------------------------------------------
// Building blocks

const textMessage = (issue: v.BaseIssue<unknown>) => `must be text, got ${describe(issue.input)}`;

/** A string that is not empty after trimming, optionally limited in length. */
function text(maxLength?: number) {
  const base = v.pipe(
    v.string(textMessage),
    v.check((s) => s.trim() !== '', 'must not be empty'),
  );
  if (maxLength === undefined) return base;
  return v.pipe(
    base,
    v.check(
      (s) => s.length <= maxLength,
      (issue) =>
        `is too long (${String((issue.input as string).length)} characters; at most ${String(maxLength)})`,
    ),
  );
}

const idSchema = v.pipe(
  v.string(textMessage),
  v.regex(
    ID_PATTERN,
    (issue) =>
      `${quote(issue.input)} is not a valid id (use up to 100 letters, digits, ".", "_" or "-", starting with a letter or digit)`,
  ),
);

const isoDateSchema = v.pipe(
  v.string(textMessage),
  v.check(
    (s) => parseIsoDate(s) !== null,
    (issue) => {
      const input = issue.input as string;
      return looksLikeIsoDate(input)
        ? `${quote(input)} is not a real date (use YYYY, YYYY-MM or YYYY-MM-DD)`
        : `${quote(input)} is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD`;
    },
  ),
);

function oneOf<const T extends readonly string[]>(options: T, what: string) {
  return v.picklist(options, (issue) =>
    typeof issue.input === 'string'
      ? `unknown ${what} ${quote(issue.input)} (use one of: ${listOf(options)})`
      : `must be one of: ${listOf(options)}; got ${describe(issue.input)}`,
  );
}

function coordinate(what: 'latitude' | 'longitude', limit: number) {
  return v.pipe(
    v.number((issue) => `${what} must be a number, got ${describe(issue.input)}`),
    v.check(
      (n) => Number.isFinite(n) && n >= -limit && n <= limit,
      `${what} must be between -${String(limit)} and ${String(limit)}`,
    ),
  );
}

/**
 * An object with the given fields. Missing required fields are reported as
 * `missing field "x"`; fields not listed are allowed and dropped from the output.
 */
function record<const TEntries extends v.ObjectEntries>(
  entries: TEntries,
  what: string,
  missing: Partial<Record<keyof TEntries, string>> = {},
) {
  return v.pipe(
    v.custom<Record<string, unknown>>(
      isPlainObject,
      (issue) => `${what} must be an object, got ${describe(issue.input)}`,
    ),
    v.object(entries, (issue) => {
      const last = issue.path?.at(-1);
      if (last?.origin !== 'key') return `must be an object`;
      const key = String(last.key);
      return (
        (Object.hasOwn(missing, key) ? missing[key as keyof TEntries] : undefined) ??
        `missing field ${quote(key)}`
      );
    }),
  );
}

function list<const TItem extends v.GenericSchema>(item: TItem) {
  return v.array(item, (issue) => `must be a list (JSON array), got ${describe(issue.input)}`);
}

// ---------------------------------------------------------------------------
// Schema

const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const languageCode = v.pipe(
  v.string((issue) => `a language code must be a string, got ${describe(issue.input)}`),
  v.regex(
    LANGUAGE_PATTERN,
    (issue) => `${quote(String(issue.input))} is not a language code such as "es" or "ar"`,
  ),
);

/** `{ "es": { ...fields }, "ar": { ... } }`: translations keyed by language code. */
function translations<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.record(
    languageCode,
    record(entries, 'a translation'),
    (issue) =>
      `translations must be an object keyed by language code, got ${describe(issue.input)}`,
  );
}

export const PlaceSchema = record(
  {
    id: idSchema,
    name: text(MAX_PLACE_NAME_LENGTH),
    kind: v.exactOptional(text()),
    country: v.exactOptional(text()),
    lat: coordinate('latitude', 90),
    lng: coordinate('longitude', 180),
    precision: oneOf(PLACE_PRECISIONS, 'precision'),
    precisionNote: v.exactOptional(text()),
    established: v.exactOptional(isoDateSchema),
    i18n: v.exactOptional(
      translations({
        name: v.exactOptional(text(MAX_PLACE_NAME_LENGTH)),
        precisionNote: v.exactOptional(text()),
      }),
    ),
  },
  'a place',
);

/** An absolute http: or https: address: the only kind a reader is ever sent to. */
const webUrl = v.pipe(
  text(MAX_URL_LENGTH),
  v.check(
    isWebUrl,
    (issue) =>
      `${quote(String(issue.input))} is not an http or https address (only those are accepted)`,
  ),
);

export const SourceSchema = record(
  {
    id: idSchema,
    title: text(MAX_TITLE_LENGTH),
    publisher: text(MAX_PLACE_NAME_LENGTH),
    via: v.exactOptional(text(MAX_PLACE_NAME_LENGTH)),
    url: webUrl,
    published: v.exactOptional(isoDateSchema),
    language: v.exactOptional(languageCode),
    kind: oneOf(SOURCE_KINDS, 'kind of source'),
    license: v.exactOptional(text(MAX_PLACE_NAME_LENGTH)),
  },
  'a source',
);

export const CitationSchema = record(
  {
    source: idSchema,
    quote: text(MAX_QUOTE_LENGTH),
    section: v.exactOptional(text(MAX_TITLE_LENGTH)),
  },
  'a citation',
  {
    source: 'missing field "source" (the id of the cited source in the dataset\'s "sources")',
    quote:
      'citation without a quotation: add the words of the source that support the event as "quote"',
  },
);

const DisputeSchema = record(
  {
    text: text(MAX_SUMMARY_LENGTH),
    sources: v.exactOptional(list(idSchema)),
    i18n: v.exactOptional(translations({ text: v.exactOptional(text(MAX_SUMMARY_LENGTH)) })),
  },
  'a dispute',
);

const LicenseSchema = record({ name: text(MAX_PLACE_NAME_LENGTH), url: webUrl }, 'the licence');

export const TimelineEventSchema = record(
  {
    id: idSchema,
    title: text(MAX_TITLE_LENGTH),
    summary: text(MAX_SUMMARY_LENGTH),
    start: isoDateSchema,
    end: v.exactOptional(isoDateSchema),
    category: oneOf(CATEGORIES, 'category'),
    places: list(idSchema),
    sources: v.pipe(
      list(CitationSchema),
      v.minLength(1, 'an event must cite at least one source, with a quotation'),
    ),
    furtherSources: v.exactOptional(list(idSchema)),
    disputes: v.exactOptional(list(DisputeSchema)),
    note: v.exactOptional(text()),
    i18n: v.exactOptional(
      translations({
        title: v.exactOptional(text(MAX_TITLE_LENGTH)),
        summary: v.exactOptional(text(MAX_SUMMARY_LENGTH)),
        note: v.exactOptional(text()),
      }),
    ),
  },
  'an event',
);

/**
 * Structural schema of a dataset. It does not check ids across entries or
 * dates against each other; use {@link validateDataset} for the full check.
 */
export const DatasetSchema = record(
  {
    title: text(MAX_TITLE_LENGTH),
    languages: v.exactOptional(list(languageCode)),
    parties: list(text()),
    license: v.exactOptional(LicenseSchema),
    sources: list(SourceSchema),
    i18n: v.exactOptional(
      translations({
        title: v.exactOptional(text(MAX_TITLE_LENGTH)),
        parties: v.exactOptional(list(text())),
      }),
    ),
    places: list(PlaceSchema),
    events: v.pipe(list(TimelineEventSchema), v.minLength(1, 'there must be at least one event')),
  },
  'the dataset',
);

// Compile-time guarantee that the schema produces exactly the public type.
type Equals<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
export type SchemaOutputIsDataset = Assert<Equals<v.InferOutput<typeof DatasetSchema>, Dataset>>;

// ---------------------------------------------------------------------------
// Problems

type PathSegment = string | number;

interface LocatedProblem {
  segments: PathSegment[];
  message: string;
}

const IDENTIFIER_RE = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `["events", 3, "start"]` -> `events[3].start`; `[]` -> `(root)`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${String(segment)}]`;
    else if (IDENTIFIER_RE.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${quote(segment)}]`;
  }
  return out || '(root)';
}

const SECTION_ORDER = [
  'title',
  'languages',
  'parties',
  'license',
  'sources',
  'i18n',
  'places',
  'events',
];

/** Orders problems by where they are in the file: root, title, parties, places[0], … */
function compareLocation(a: LocatedProblem, b: LocatedProblem): number {
  const rank = (p: LocatedProblem) => {
    const section = p.segments[0];
    if (section === undefined) return -1;
    const i = SECTION_ORDER.indexOf(String(section));
    return i === -1 ? SECTION_ORDER.length : i;
  };
  const index = (p: LocatedProblem) => (typeof p.segments[1] === 'number' ? p.segments[1] : -1);
  return rank(a) - rank(b) || index(a) - index(b);
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

const MAX_LISTED_IDS = 5;

function unknownIdMessage(what: 'place' | 'source', id: string, known: readonly string[]): string {
  if (known.length === 0) return `unknown ${what} id ${quote(id)} (no ${what}s are defined)`;
  // Closest ids first, so that a typo's intended id is the first one listed.
  const ranked = known
    .map((candidate, order) => ({ candidate, order, distance: levenshtein(id, candidate) }))
    .sort((x, y) => x.distance - y.distance || x.order - y.order)
    .map((x) => x.candidate);
  const shown = ranked.slice(0, MAX_LISTED_IDS);
  const more = ranked.length > shown.length ? ', …' : '';
  return `unknown ${what} id ${quote(id)} (known: ${listOf(shown)}${more})`;
}

function isValidIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

/**
 * Checks across fields, on whatever parts of the raw input are usable, so that
 * they are reported even when other parts have structural problems.
 */
function crossFieldProblems(root: Record<string, unknown>): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const places = Array.isArray(root.places) ? (root.places as unknown[]) : [];
  const events = Array.isArray(root.events) ? (root.events as unknown[]) : [];

  const placeIndex = new Map<string, number>();
  places.forEach((place, i) => {
    if (!isPlainObject(place) || typeof place.id !== 'string' || place.id === '') return;
    const first = placeIndex.get(place.id);
    if (first === undefined) placeIndex.set(place.id, i);
    else
      problems.push({
        segments: ['places', i, 'id'],
        message: `duplicate place id ${quote(place.id)} (also at places[${String(first)}])`,
      });
  });
  const knownPlaceIds = [...placeIndex.keys()];

  const sources = Array.isArray(root.sources) ? (root.sources as unknown[]) : [];
  const sourceIndex = new Map<string, number>();
  sources.forEach((source, i) => {
    if (!isPlainObject(source) || typeof source.id !== 'string' || source.id === '') return;
    const first = sourceIndex.get(source.id);
    if (first === undefined) sourceIndex.set(source.id, i);
    else
      problems.push({
        segments: ['sources', i, 'id'],
        message: `duplicate source id ${quote(source.id)} (also at sources[${String(first)}])`,
      });
  });
  const knownSourceIds = [...sourceIndex.keys()];
  /** Reports a reference to a source that is not in the registry. */
  const checkSourceRef = (ref: unknown, segments: PathSegment[]) => {
    // Malformed ids are already reported by the structural pass.
    if (typeof ref !== 'string' || !ID_PATTERN.test(ref) || sourceIndex.has(ref)) return;
    problems.push({ segments, message: unknownIdMessage('source', ref, knownSourceIds) });
  };

  const eventIndex = new Map<string, number>();
  events.forEach((event, i) => {
    if (!isPlainObject(event)) return;

    if (typeof event.id === 'string' && event.id !== '') {
      const first = eventIndex.get(event.id);
      if (first === undefined) eventIndex.set(event.id, i);
      else
        problems.push({
          segments: ['events', i, 'id'],
          message: `duplicate event id ${quote(event.id)} (also at events[${String(first)}])`,
        });
    }

    if (isValidIsoDate(event.start) && isValidIsoDate(event.end)) {
      if (periodStartMs(event.end) < periodStartMs(event.start)) {
        problems.push({
          segments: ['events', i, 'end'],
          message: `end ${quote(event.end)} is before start ${quote(event.start)}`,
        });
      }
    }

    if (Array.isArray(event.places)) {
      const seen = new Map<string, number>();
      (event.places as unknown[]).forEach((ref, j) => {
        // Malformed ids are already reported by the structural pass.
        if (typeof ref !== 'string' || !ID_PATTERN.test(ref)) return;
        const segments = ['events', i, 'places', j];
        const firstUse = seen.get(ref);
        if (firstUse !== undefined) {
          problems.push({
            segments,
            message: `place ${quote(ref)} is listed twice (also at ${formatPath(['events', i, 'places', firstUse])})`,
          });
          return;
        }
        seen.set(ref, j);
        if (!placeIndex.has(ref)) {
          problems.push({ segments, message: unknownIdMessage('place', ref, knownPlaceIds) });
        }
      });
    }

    if (Array.isArray(event.sources)) {
      (event.sources as unknown[]).forEach((citation, j) => {
        if (isPlainObject(citation))
          checkSourceRef(citation.source, ['events', i, 'sources', j, 'source']);
      });
    }
    if (Array.isArray(event.furtherSources)) {
      (event.furtherSources as unknown[]).forEach((ref, j) =>
        checkSourceRef(ref, ['events', i, 'furtherSources', j]),
      );
    }
    if (Array.isArray(event.disputes)) {
      (event.disputes as unknown[]).forEach((dispute, j) => {
        if (isPlainObject(dispute) && Array.isArray(dispute.sources))
          (dispute.sources as unknown[]).forEach((ref, k) =>
            checkSourceRef(ref, ['events', i, 'disputes', j, 'sources', k]),
          );
      });
    }
  });

  problems.push(...missingTranslations(root, places, events));
  return problems;
}

/**
 * When a dataset lists its `languages`, every place and event must carry each
 * of them (English, the base fields, aside): a name for places; a title, a
 * summary and, where the English has one, a note for events.
 */
function missingTranslations(
  root: Record<string, unknown>,
  places: unknown[],
  events: unknown[],
): LocatedProblem[] {
  if (!Array.isArray(root.languages)) return [];
  const languages = (root.languages as unknown[]).filter(
    (l): l is string => typeof l === 'string' && l !== 'en' && LANGUAGE_PATTERN.test(l),
  );
  const problems: LocatedProblem[] = [];
  const check = (
    entry: unknown,
    at: PathSegment[],
    fields: (e: Record<string, unknown>) => string[],
  ) => {
    if (!isPlainObject(entry)) return;
    const i18n = isPlainObject(entry.i18n) ? entry.i18n : {};
    for (const lang of languages) {
      const t = i18n[lang];
      const missing = fields(entry).filter((f) => !isPlainObject(t) || typeof t[f] !== 'string');
      if (missing.length > 0) {
        problems.push({
          segments: [...at, 'i18n', lang],
          message: `missing ${lang} translation of ${listOf(missing)} (the dataset lists ${quote(lang)} in "languages")`,
        });
      }
    }
  };
  places.forEach((place, i) =>
    check(place, ['places', i], (p) => [
      'name',
      ...(typeof p.precisionNote === 'string' ? ['precisionNote'] : []),
    ]),
  );
  events.forEach((event, i) => {
    check(event, ['events', i], (e) => [
      'title',
      'summary',
      ...(typeof e.note === 'string' ? ['note'] : []),
    ]);
    if (isPlainObject(event) && Array.isArray(event.disputes)) {
      (event.disputes as unknown[]).forEach((dispute, j) =>
        check(dispute, ['events', i, 'disputes', j], () => ['text']),
      );
    }
  });
  return problems;
}

function segmentsOf(issue: v.BaseIssue<unknown>): PathSegment[] {
  return (issue.path ?? []).map((item) =>
    typeof item.key === 'number' ? item.key : String(item.key),
  );
}

/**
 * Validates parsed JSON against the dataset format and reports every problem.
 * On success, `dataset` is a fresh plain object containing only the fields of
 * `Dataset` (unknown extra fields in the input are accepted but dropped;
 * absent optional fields are absent, never `undefined`). Strings are not
 * trimmed or otherwise changed. Never throws.
 */
export function validateDataset(json: unknown): ValidationResult {
  if (!isPlainObject(json)) {
    return {
      ok: false,
      problems: [
        {
          path: '(root)',
          message: `the dataset must be a JSON object with "title", "parties", "places" and "events", got ${describe(json)}`,
        },
      ],
    };
  }

  const result = v.safeParse(DatasetSchema, json, { abortEarly: false, abortPipeEarly: false });
  const located: LocatedProblem[] = (result.issues ?? []).map((issue) => ({
    segments: segmentsOf(issue),
    message: issue.message,
  }));
  located.push(...crossFieldProblems(json));

  if (result.success && located.length === 0) return { ok: true, dataset: result.output };

  located.sort(compareLocation); // stable: structural before cross-field within an entry
  return {
    ok: false,
    problems: located.map((p) => ({ path: formatPath(p.segments), message: p.message })),
  };
}

/** One line per problem: `path: message`. */
export function formatProblems(problems: readonly DatasetProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
