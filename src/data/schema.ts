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
import { looksLikeIsoDate, parseIsoDate, periodEndMs, periodStartMs } from './dates';
import { isWebUrl } from './links';
import { CATEGORIES, PLACE_PRECISIONS, SOURCE_KINDS, type Dataset } from './types';
import { ID_PATTERN } from '../lib/ids';
import { checkThreadEvents } from './threadChecks';

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

export const MAX_TITLE_LENGTH = 200;
export const MAX_SUMMARY_LENGTH = 2000;
export const MAX_PLACE_NAME_LENGTH = 200;
export const MAX_QUOTE_LENGTH = 2000;
export const MAX_URL_LENGTH = 2000;
/** Notes: an event's note, a place's precision note. */
export const MAX_NOTE_LENGTH = 2000;
/** Short labels: a place's kind and country, a party, a source's licence. */
export const MAX_LABEL_LENGTH = 200;
/** Entries of a dataset, and of the lists inside an entry. */
export const MAX_EVENTS = 200_000;
export const MAX_PLACES = 20_000;
export const MAX_SOURCES = 20_000;
export const MAX_PARTIES = 20;
export const MAX_LANGUAGES = 20;
/** Places, citations, further sources or disputes of one event. */
export const MAX_PER_EVENT = 100;
/** Threads of a dataset, and events of one thread. */
export const MAX_THREADS = 1_000;
export const MAX_THREAD_EVENTS = 10_000;
/** The largest dataset file the app and `check-data` read. */
export const MAX_DATASET_BYTES = 200_000_000;

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

/**
 * C0 and C1 control characters (tab, line feed and carriage return aside):
 * invisible in the interface, yet some terminals and tools act on them.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069): invisible, yet they reorder the text around them (U+202E
 * makes "…gnp.exe" read "…exe.png"). The marks LRM, RLM and ALM, which
 * Arabic text needs and which reorder nothing, stay allowed.
 */
const BIDI_CONTROL_RE = /[\u202A-\u202E\u2066-\u2069]/u;
/** Text with nothing to see: spaces, zero-width and other format characters, fillers. */
const INVISIBLE_RE = /^[\p{White_Space}\p{Cf}\p{Cc}\u034F\u115F\u1160\u180E\u2800\u3164\uFFA0]*$/u;

/** "U+202E" for the first character of `s` that `re` finds, and where (counted from 1). */
function firstMatch(s: string, re: RegExp): string {
  const match = re.exec(s);
  if (!match) return '';
  const code = match[0].codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} at character ${String(match.index + 1)}`;
}

/**
 * A string that is not empty after trimming, has something to see, carries
 * no control or bidirectional control characters, and is at most
 * `maxLength` characters long.
 */
function text(maxLength: number) {
  return v.pipe(
    v.string(textMessage),
    v.check((s) => s.trim() !== '', 'must not be empty'),
    v.check(
      (s) => s.trim() === '' || !INVISIBLE_RE.test(s),
      'has no visible characters (only spaces, zero-width or formatting characters)',
    ),
    v.check(
      (s) => !CONTROL_RE.test(s),
      (issue) =>
        `contains a control character (${firstMatch(issue.input as string, CONTROL_RE)}): remove it`,
    ),
    v.check(
      (s) => !BIDI_CONTROL_RE.test(s),
      (issue) =>
        `contains a bidirectional control character (${firstMatch(issue.input as string, BIDI_CONTROL_RE)}), which can make text read in another order: remove it`,
    ),
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

/** The message for a list longer than its limit (`what` names its entries). */
function tooMany(what: string) {
  return (issue: v.MaxLengthIssue<unknown[], number>) =>
    `too many ${what} (${issue.input.length.toLocaleString('en-US')}; at most ${issue.requirement.toLocaleString('en-US')})`;
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
    kind: v.exactOptional(text(MAX_LABEL_LENGTH)),
    country: v.exactOptional(text(MAX_LABEL_LENGTH)),
    lat: coordinate('latitude', 90),
    lng: coordinate('longitude', 180),
    precision: oneOf(PLACE_PRECISIONS, 'precision'),
    precisionNote: v.exactOptional(text(MAX_NOTE_LENGTH)),
    established: v.exactOptional(isoDateSchema),
    i18n: v.exactOptional(
      translations({
        name: v.exactOptional(text(MAX_PLACE_NAME_LENGTH)),
        precisionNote: v.exactOptional(text(MAX_NOTE_LENGTH)),
      }),
    ),
  },
  'a place',
);

/** An absolute http: or https: address: the only kind a reader is ever sent to. */
const webUrl = v.pipe(
  text(MAX_URL_LENGTH),
  v.check(
    (s: string) => isWebUrl(s),
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
    url: v.exactOptional(webUrl),
    author: v.exactOptional(text(MAX_PLACE_NAME_LENGTH)),
    published: v.exactOptional(isoDateSchema),
    language: v.exactOptional(languageCode),
    kind: oneOf(SOURCE_KINDS, 'kind of source'),
    license: v.exactOptional(text(MAX_PLACE_NAME_LENGTH)),
    licenseUrl: v.exactOptional(webUrl),
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
    sources: v.exactOptional(
      v.pipe(list(idSchema), v.maxLength(MAX_PER_EVENT, tooMany('sources'))),
    ),
    i18n: v.exactOptional(translations({ text: v.exactOptional(text(MAX_SUMMARY_LENGTH)) })),
  },
  'a dispute',
);

const AdaptedWorkSchema = record(
  {
    source: v.exactOptional(idSchema),
    title: text(MAX_TITLE_LENGTH),
    url: webUrl,
    creator: text(MAX_PLACE_NAME_LENGTH),
    license: text(MAX_PLACE_NAME_LENGTH),
    licenseUrl: v.exactOptional(webUrl),
    revision: v.exactOptional(webUrl),
    retrieved: v.exactOptional(isoDateSchema),
    versionNote: v.exactOptional(text(MAX_NOTE_LENGTH)),
    changes: text(MAX_NOTE_LENGTH),
    i18n: v.exactOptional(
      translations({
        creator: v.exactOptional(text(MAX_PLACE_NAME_LENGTH)),
        versionNote: v.exactOptional(text(MAX_NOTE_LENGTH)),
        changes: v.exactOptional(text(MAX_NOTE_LENGTH)),
      }),
    ),
  },
  'an adapted work',
  {
    creator:
      'missing field "creator" (who made the adapted work, e.g. "Wikipedia contributors": its licence asks for the credit)',
    changes:
      'missing field "changes" (say how the adapted work was changed: condensed, reworded, translated…)',
  },
);

const LicenseSchema = record(
  {
    name: text(MAX_PLACE_NAME_LENGTH),
    url: webUrl,
    adapts: v.exactOptional(
      v.pipe(list(AdaptedWorkSchema), v.maxLength(MAX_PER_EVENT, tooMany('adapted works'))),
    ),
    quotations: v.exactOptional(text(MAX_NOTE_LENGTH)),
    i18n: v.exactOptional(translations({ quotations: v.exactOptional(text(MAX_NOTE_LENGTH)) })),
  },
  'the licence',
);

export const TimelineEventSchema = record(
  {
    id: idSchema,
    title: text(MAX_TITLE_LENGTH),
    summary: text(MAX_SUMMARY_LENGTH),
    start: isoDateSchema,
    end: v.exactOptional(isoDateSchema),
    category: oneOf(CATEGORIES, 'category'),
    places: v.pipe(list(idSchema), v.maxLength(MAX_PER_EVENT, tooMany('places'))),
    sources: v.pipe(
      list(CitationSchema),
      v.maxLength(MAX_PER_EVENT, tooMany('citations')),
      v.minLength(1, 'an event must cite at least one source, with a quotation'),
    ),
    furtherSources: v.exactOptional(
      v.pipe(list(idSchema), v.maxLength(MAX_PER_EVENT, tooMany('further sources'))),
    ),
    disputes: v.exactOptional(
      v.pipe(list(DisputeSchema), v.maxLength(MAX_PER_EVENT, tooMany('disputes'))),
    ),
    note: v.exactOptional(text(MAX_NOTE_LENGTH)),
    i18n: v.exactOptional(
      translations({
        title: v.exactOptional(text(MAX_TITLE_LENGTH)),
        summary: v.exactOptional(text(MAX_SUMMARY_LENGTH)),
        note: v.exactOptional(text(MAX_NOTE_LENGTH)),
      }),
    ),
  },
  'an event',
);

export const ThreadSchema = record(
  {
    id: idSchema,
    title: text(MAX_TITLE_LENGTH),
    summary: v.exactOptional(text(MAX_SUMMARY_LENGTH)),
    events: v.pipe(
      list(idSchema),
      v.maxLength(MAX_THREAD_EVENTS, tooMany('events in one thread')),
      v.minLength(2, 'a thread links at least two events'),
    ),
    i18n: v.exactOptional(
      translations({
        title: v.exactOptional(text(MAX_TITLE_LENGTH)),
        summary: v.exactOptional(text(MAX_SUMMARY_LENGTH)),
      }),
    ),
  },
  'a thread',
  { events: 'missing field "events" (the ids of the thread\'s events)' },
);

/**
 * Structural schema of a dataset. It does not check ids across entries or
 * dates against each other; use {@link validateDataset} for the full check.
 */
export const DatasetSchema = record(
  {
    title: text(MAX_TITLE_LENGTH),
    languages: v.exactOptional(
      v.pipe(list(languageCode), v.maxLength(MAX_LANGUAGES, tooMany('languages'))),
    ),
    parties: v.pipe(list(text(MAX_LABEL_LENGTH)), v.maxLength(MAX_PARTIES, tooMany('parties'))),
    license: v.exactOptional(LicenseSchema),
    sources: v.pipe(list(SourceSchema), v.maxLength(MAX_SOURCES, tooMany('sources'))),
    i18n: v.exactOptional(
      translations({
        title: v.exactOptional(text(MAX_TITLE_LENGTH)),
        parties: v.exactOptional(
          v.pipe(list(text(MAX_LABEL_LENGTH)), v.maxLength(MAX_PARTIES, tooMany('parties'))),
        ),
      }),
    ),
    places: v.pipe(list(PlaceSchema), v.maxLength(MAX_PLACES, tooMany('places'))),
    events: v.pipe(
      list(TimelineEventSchema),
      v.minLength(1, 'there must be at least one event'),
      v.maxLength(MAX_EVENTS, tooMany('events')),
    ),
    threads: v.exactOptional(
      v.pipe(list(ThreadSchema), v.maxLength(MAX_THREADS, tooMany('threads'))),
    ),
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
  'threads',
];

/** Where a section comes in the file, for ordering problems: root, title, …, events. */
function sectionRank(segments: readonly PathSegment[]): number {
  const section = segments[0];
  if (section === undefined) return -1;
  const i = SECTION_ORDER.indexOf(String(section));
  return i === -1 ? SECTION_ORDER.length : i;
}

/**
 * Levenshtein distance between `a` and `b`, or any number above `bound` as
 * soon as it is clear the distance exceeds it (so that ranking thousands of
 * candidate ids stays cheap).
 */
function levenshtein(a: string, b: string, bound = Infinity): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const d = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > bound) return bound + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

const MAX_LISTED_IDS = 5;

/**
 * "Did you mean" costs a pass over every known id; it is offered for this
 * many unknown references of each kind (the first in the file), so that a
 * file with thousands of them is still checked in moments.
 */
export const MAX_SUGGESTIONS = 20;

/** The (at most MAX_LISTED_IDS) known ids closest to `id`, closest first, ties in file order. */
function closestIds(id: string, known: readonly string[]): string[] {
  const best: { candidate: string; order: number; distance: number }[] = [];
  known.forEach((candidate, order) => {
    const worst = best.length < MAX_LISTED_IDS ? Infinity : best[best.length - 1]!.distance;
    // Only a strictly closer id can displace one already kept (ties keep file order).
    const distance = levenshtein(id, candidate, worst - 1);
    if (distance >= worst) return;
    best.push({ candidate, order, distance });
    best.sort((x, y) => x.distance - y.distance || x.order - y.order);
    if (best.length > MAX_LISTED_IDS) best.pop();
  });
  return best.map((b) => b.candidate);
}

function isValidIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

/**
 * The problems of a dataset, in file order. Only the first `limit` are kept
 * (with their messages); the rest are counted, so that a file with a million
 * problems costs neither the memory to hold them nor the time to print them.
 */
class ProblemList {
  readonly kept: LocatedProblem[] = [];
  total = 0;
  constructor(readonly limit: number) {}
  add(segments: PathSegment[], message: string | (() => string)) {
    this.total += 1;
    if (this.kept.length < this.limit)
      this.kept.push({ segments, message: typeof message === 'string' ? message : message() });
  }
  /** Valibot issues, located under `prefix`, in the order valibot gives them. */
  addIssues(issues: readonly v.BaseIssue<unknown>[] | undefined, prefix: PathSegment[] = []) {
    for (const issue of issues ?? []) this.add([...prefix, ...segmentsOf(issue)], issue.message);
  }
}

/** Checks across entries, with the indexes they need (built once from the raw input). */
class CrossChecks {
  private readonly placeIndex = new Map<string, number>();
  private readonly sourceIndex = new Map<string, number>();
  private readonly eventIndex = new Map<string, number>();
  /** Event ids seen so far, lower-cased. */
  private readonly eventKeys = new Map<string, { id: string; i: number }>();
  private readonly threadIndex = new Map<string, number>();
  private readonly knownPlaceIds: string[];
  private readonly knownSourceIds: string[];
  /** Listed only when a thread names an unknown event. */
  private knownEventIds: string[] | undefined;
  private readonly sources: unknown[];
  private readonly languages: string[];
  private suggested = { place: 0, source: 0, event: 0 };

  constructor(
    root: Record<string, unknown>,
    private readonly problems: ProblemList,
  ) {
    const index = (entries: unknown, into: Map<string, number>) => {
      if (!Array.isArray(entries)) return;
      (entries as unknown[]).forEach((entry, i) => {
        if (isPlainObject(entry) && typeof entry.id === 'string' && entry.id !== '')
          if (!into.has(entry.id)) into.set(entry.id, i);
      });
    };
    index(root.places, this.placeIndex);
    index(root.sources, this.sourceIndex);
    this.sources = Array.isArray(root.sources) ? (root.sources as unknown[]) : [];
    index(root.events, this.eventIndex);
    index(root.threads, this.threadIndex);
    this.knownPlaceIds = [...this.placeIndex.keys()];
    this.knownSourceIds = [...this.sourceIndex.keys()];
    this.languages = Array.isArray(root.languages)
      ? (root.languages as unknown[]).filter(
          (l): l is string => typeof l === 'string' && l !== 'en' && LANGUAGE_PATTERN.test(l),
        )
      : [];
  }

  private duplicate(what: 'place' | 'source' | 'event' | 'thread', entry: unknown, i: number) {
    if (!isPlainObject(entry) || typeof entry.id !== 'string' || entry.id === '') return;
    const index = {
      place: this.placeIndex,
      source: this.sourceIndex,
      event: this.eventIndex,
      thread: this.threadIndex,
    }[what];
    const first = index.get(entry.id);
    if (first !== undefined && first !== i)
      this.problems.add(
        [`${what}s`, i, 'id'],
        `duplicate ${what} id ${quote(entry.id)} (also at ${what}s[${String(first)}])`,
      );
  }

  private unknownId(what: 'place' | 'source' | 'event', id: string, segments: PathSegment[]) {
    const known =
      what === 'place'
        ? this.knownPlaceIds
        : what === 'source'
          ? this.knownSourceIds
          : (this.knownEventIds ??= [...this.eventIndex.keys()]);
    this.problems.add(segments, () => {
      if (known.length === 0) return `unknown ${what} id ${quote(id)} (no ${what}s are defined)`;
      if (this.suggested[what] >= MAX_SUGGESTIONS)
        return `unknown ${what} id ${quote(id)} (see "${what}s" for the known ids)`;
      this.suggested[what] += 1;
      const shown = closestIds(id, known);
      const more = known.length > shown.length ? ', …' : '';
      return `unknown ${what} id ${quote(id)} (known: ${listOf(shown)}${more})`;
    });
  }

  /** Reports a reference to a source that is not in the registry. */
  private sourceRef(ref: unknown, segments: PathSegment[]) {
    // Malformed ids are already reported by the structural pass.
    if (typeof ref !== 'string' || !ID_PATTERN.test(ref) || this.sourceIndex.has(ref)) return;
    this.unknownId('source', ref, segments);
  }

  /**
   * Every listed language (English, the base fields, aside) must be carried
   * by the entry: a name for places; a title, a summary and, where the
   * English has one, a note for events; a text for disputes.
   */
  private translations(entry: unknown, at: PathSegment[], fields: string[]) {
    if (!isPlainObject(entry)) return;
    const i18n = isPlainObject(entry.i18n) ? entry.i18n : {};
    for (const lang of this.languages) {
      const t = Object.hasOwn(i18n, lang) ? i18n[lang] : undefined;
      const missing = fields.filter((f) => !isPlainObject(t) || typeof t[f] !== 'string');
      if (missing.length > 0)
        this.problems.add(
          [...at, 'i18n', lang],
          `missing ${lang} translation of ${listOf(missing)} (the dataset lists ${quote(lang)} in "languages")`,
        );
    }
  }

  source(source: unknown, i: number) {
    this.duplicate('source', source, i);
  }

  /**
   * The credit each adapted work needs: a known registry entry with the
   * same address, the version adapted, and translations of what is shown.
   */
  license(license: unknown) {
    if (!isPlainObject(license)) return;
    if (Array.isArray(license.adapts)) {
      (license.adapts as unknown[]).forEach((work, i) => {
        if (!isPlainObject(work)) return;
        const at = ['license', 'adapts', i];
        this.sourceRef(work.source, [...at, 'source']);
        const listed =
          typeof work.source === 'string' ? this.sourceIndex.get(work.source) : undefined;
        const entry = listed === undefined ? undefined : this.sources[listed];
        if (
          isPlainObject(entry) &&
          typeof entry.url === 'string' &&
          typeof work.url === 'string' &&
          entry.url !== work.url
        )
          this.problems.add(
            [...at, 'url'],
            `${quote(work.url)} is not the address of source ${quote(String(work.source))} (${quote(entry.url)})`,
          );
        if (!['revision', 'retrieved', 'versionNote'].some((f) => Object.hasOwn(work, f)))
          this.problems.add(
            at,
            'say which version was adapted: a permanent link ("revision"), a retrieval date ("retrieved") or, when neither was recorded, a "versionNote"',
          );
        this.translations(work, at, [
          'changes',
          ...(typeof work.versionNote === 'string' ? ['versionNote'] : []),
        ]);
      });
    }
    if (typeof license.quotations === 'string')
      this.translations(license, ['license'], ['quotations']);
  }

  place(place: unknown, i: number) {
    this.duplicate('place', place, i);
    if (isPlainObject(place))
      this.translations(
        place,
        ['places', i],
        ['name', ...(typeof place.precisionNote === 'string' ? ['precisionNote'] : [])],
      );
  }

  /**
   * Each event has a page and a preview image named by its id: ids that
   * differ only in letter case would be one file on macOS and Windows.
   */
  private caseVariant(event: Record<string, unknown>, i: number) {
    const id = event.id;
    if (typeof id !== 'string' || id === '' || this.eventIndex.get(id) !== i) return;
    const key = id.toLowerCase();
    const first = this.eventKeys.get(key);
    if (first === undefined) this.eventKeys.set(key, { id, i });
    else
      this.problems.add(
        ['events', i, 'id'],
        `event id ${quote(id)} differs from ${quote(first.id)} (events[${String(first.i)}]) only in letter case: give it another id (each event has a page named by its id, and some file systems do not tell the two apart)`,
      );
  }

  event(event: unknown, i: number) {
    if (!isPlainObject(event)) return;
    this.duplicate('event', event, i);
    this.caseVariant(event, i);

    // A period runs to the end of its end date's period: "2000-05-01" to
    // "2000" is the rest of the year 2000. Only an end that is over before
    // the start begins is refused.
    if (isValidIsoDate(event.start) && isValidIsoDate(event.end)) {
      if (periodEndMs(event.end) <= periodStartMs(event.start)) {
        this.problems.add(
          ['events', i, 'end'],
          `end ${quote(event.end)} is before start ${quote(event.start)}`,
        );
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
          this.problems.add(
            segments,
            `place ${quote(ref)} is listed twice (also at ${formatPath(['events', i, 'places', firstUse])})`,
          );
          return;
        }
        seen.set(ref, j);
        if (!this.placeIndex.has(ref)) this.unknownId('place', ref, segments);
      });
    }

    if (Array.isArray(event.sources)) {
      (event.sources as unknown[]).forEach((citation, j) => {
        if (isPlainObject(citation))
          this.sourceRef(citation.source, ['events', i, 'sources', j, 'source']);
      });
    }
    if (Array.isArray(event.furtherSources)) {
      (event.furtherSources as unknown[]).forEach((ref, j) =>
        this.sourceRef(ref, ['events', i, 'furtherSources', j]),
      );
    }
    if (Array.isArray(event.disputes)) {
      (event.disputes as unknown[]).forEach((dispute, j) => {
        if (isPlainObject(dispute) && Array.isArray(dispute.sources))
          (dispute.sources as unknown[]).forEach((ref, k) =>
            this.sourceRef(ref, ['events', i, 'disputes', j, 'sources', k]),
          );
      });
    }

    this.translations(
      event,
      ['events', i],
      ['title', 'summary', ...(typeof event.note === 'string' ? ['note'] : [])],
    );
    if (Array.isArray(event.disputes)) {
      (event.disputes as unknown[]).forEach((dispute, j) =>
        this.translations(dispute, ['events', i, 'disputes', j], ['text']),
      );
    }
  }

  /** A thread: its id once among the threads, its events known and each once, its translations. */
  thread(thread: unknown, i: number) {
    if (!isPlainObject(thread)) return;
    this.duplicate('thread', thread, i);
    checkThreadEvents(thread, i, {
      hasEvent: (id) => this.eventIndex.has(id),
      add: (segments, message) => this.problems.add(segments, message),
      unknownEvent: (id, segments) => this.unknownId('event', id, segments),
    });
    this.translations(
      thread,
      ['threads', i],
      ['title', ...(typeof thread.summary === 'string' ? ['summary'] : [])],
    );
  }
}

function segmentsOf(issue: v.BaseIssue<unknown>): PathSegment[] {
  return (issue.path ?? []).map((item) =>
    typeof item.key === 'number' ? item.key : String(item.key),
  );
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
