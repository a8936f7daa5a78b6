/**
 * The checks of a dataset across its entries (see `schema.ts`, which runs
 * them entry by entry after each entry's structural checks): unique ids,
 * known places and sources with "did you mean" suggestions, end not before
 * start, translations of every listed language, and the credit of adapted
 * works. Also the list the problems are gathered in, and their JSON paths.
 */
import type * as v from 'valibot';
import { parseIsoDate, periodEndMs, periodStartMs } from './dates';
import { LANGUAGE_PATTERN } from './schemaShapes';
import { isPlainObject, listOf, quote } from './schemaText';
import { ID_PATTERN } from '../lib/ids';
import { checkThreadEvents } from './threadChecks';

// ---------------------------------------------------------------------------
// Problems

export type PathSegment = string | number;

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
export class ProblemList {
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
export class CrossChecks {
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

/** The JSON path of a valibot issue, as segments. */
export function segmentsOf(issue: v.BaseIssue<unknown>): PathSegment[] {
  return (issue.path ?? []).map((item) =>
    typeof item.key === 'number' ? item.key : String(item.key),
  );
}
