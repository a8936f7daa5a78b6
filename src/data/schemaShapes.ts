/**
 * The structural valibot schemas of the dataset format (see `types.ts`) and
 * their limits: the building blocks (text, ids, dates, coordinates, objects,
 * lists) with messages written for dataset authors, and the schemas of each
 * kind of entry and of the whole dataset. `schema.ts` runs them and
 * re-exports the public ones.
 */
import * as v from 'valibot';
import { looksLikeIsoDate, parseIsoDate } from './dates';
import { isWebUrl } from './links';
import { describe, isPlainObject, listOf, quote } from './schemaText';
import { CATEGORIES, PLACE_PRECISIONS, SOURCE_KINDS, type Dataset } from './types';
import { ID_PATTERN } from '../lib/ids';

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
export function record<const TEntries extends v.ObjectEntries>(
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

export function list<const TItem extends v.GenericSchema>(item: TItem) {
  return v.array(item, (issue) => `must be a list (JSON array), got ${describe(issue.input)}`);
}

/** The message for a list longer than its limit (`what` names its entries). */
export function tooMany(what: string) {
  return (issue: v.MaxLengthIssue<unknown[], number>) =>
    `too many ${what} (${issue.input.length.toLocaleString('en-US')}; at most ${issue.requirement.toLocaleString('en-US')})`;
}

// ---------------------------------------------------------------------------
// Schema

export const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
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
