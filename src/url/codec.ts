/**
 * The shareable-link contract: which query parameters the app reads and
 * writes, and how stale, mistyped or hostile links degrade. Everything a link
 * asks for that cannot be honoured is reported in `ignored` rather than
 * silently dropped or "fixed", so the app can tell the reader why the view
 * differs from what the link promised.
 *
 * Pure on purpose (no React, no DOM beyond URLSearchParams): links arrive from
 * anywhere, so this is the one place that must be tested exhaustively.
 */

import type { MapView } from './mapParam';
import { formatMapParam, parseMapParam } from './mapParam';
import type { IgnoredParam, LinkReason } from './reasons';
import {
  codePointLength,
  dataPathProblem,
  isSameOriginDataPath,
  isValidCategoryName,
  isValidEventId,
  isValidIsoDay,
  isValidLanguageTag,
  MAX_QUERY_LENGTH,
  normalizeQuery,
} from './values';

export type { MapView } from './mapParam';
export { clampMapView, formatMapParam, MAX_LAT, MAX_ZOOM, MIN_ZOOM } from './mapParam';
export type { IgnoredParam, LinkReason } from './reasons';
export { dataPathProblem, isSameOriginDataPath, isValidEventId, isValidIsoDay } from './values';

export interface UrlState {
  event?: string;
  /** A thread the reader follows: Previous and Next step through its events. */
  thread?: string;
  /** YYYY-MM-DD; only ever present together with `to`, and before it. */
  from?: string;
  /** YYYY-MM-DD */
  to?: string;
  map?: MapView;
  /** Visible categories; absent means all, [] means none. */
  cat?: string[];
  q?: string;
  lang?: string;
  data?: string;
  /** The compact view for iframes: `embed=1`, or `embed=tools` to keep the language switch and the tour. */
  embed?: '1' | 'tools';
}

export interface ParseOptions {
  knownCategories?: readonly string[];
  languages?: readonly string[];
}

export interface ParseResult {
  state: UrlState;
  ignored: IgnoredParam[];
}

export const DEFAULT_LANGUAGES: readonly string[] = ['en', 'es', 'ar'];

const MAX_SEARCH_LENGTH = 8000;
const MAX_VALUE_LENGTH = 2000;
const MAX_DISPLAY_LENGTH = 80;

/** The parameters this codec owns; serializeUrlState fixes their order. */
const KEYS = ['data', 'lang', 'event', 'thread', 'from', 'to', 'map', 'cat', 'q', 'embed'] as const;
type Key = (typeof KEYS)[number];

function isKey(key: string): key is Key {
  return (KEYS as readonly string[]).includes(key);
}

function forDisplay(s: string): string {
  if (s.length <= MAX_DISPLAY_LENGTH || codePointLength(s) <= MAX_DISPLAY_LENGTH) return s;
  return `${Array.from(s)
    .slice(0, MAX_DISPLAY_LENGTH - 1)
    .join('')}…`;
}

// -------------------------------------------------------------------- parse

interface Ranked {
  order: number;
  entry: IgnoredParam;
}

/**
 * Reads a location.search string (with or without the leading '?'). Never
 * throws; whatever cannot be used is listed in `ignored`, in link order.
 */
export function parseUrlState(search: string, options: ParseOptions = {}): ParseResult {
  const known = options.knownCategories;
  const languages = options.languages ?? DEFAULT_LANGUAGES;
  const ranked: Ranked[] = [];
  const push = (order: number, key: string, value: string, reason: LinkReason): void => {
    ranked.push({ order, entry: { key: forDisplay(key), value: forDisplay(value), reason } });
  };

  let query = search.startsWith('?') ? search.slice(1) : search;
  let truncation: IgnoredParam | undefined;
  if (query.length > MAX_SEARCH_LENGTH) {
    // The pair straddling the cut could read as a different yet valid value
    // (a shortened map view, say), so only complete pairs are kept.
    const keep =
      query.charAt(MAX_SEARCH_LENGTH) === '&'
        ? MAX_SEARCH_LENGTH
        : Math.max(0, query.lastIndexOf('&', MAX_SEARCH_LENGTH - 1));
    truncation = {
      key: '',
      value: forDisplay(query.slice(keep).replace(/^&/, '')),
      reason: { code: 'linkTooLong', max: MAX_SEARCH_LENGTH },
    };
    query = query.slice(0, keep);
  }

  const first = new Map<Key, { value: string; order: number }>();
  const seen = new Set<Key>();
  let order = 0;
  for (const [key, value] of new URLSearchParams(query)) {
    const at = order++;
    if (!isKey(key)) {
      push(at, key, value, { code: 'unknownParameter' });
    } else if (seen.has(key)) {
      push(at, key, value, { code: 'repeated' });
    } else {
      seen.add(key);
      if (value.length > MAX_VALUE_LENGTH) {
        push(at, key, value, { code: 'valueTooLong', max: MAX_VALUE_LENGTH });
      } else {
        first.set(key, { value, order: at });
      }
    }
  }

  const state: UrlState = {};
  const reporter =
    (key: Key, raw: { value: string; order: number }) =>
    (reason: LinkReason, value: string = raw.value): void => {
      push(raw.order, key, value, reason);
    };

  const data = first.get('data');
  if (data) {
    const problem = dataPathProblem(data.value);
    if (problem === undefined) state.data = data.value;
    else reporter('data', data)(problem);
  }

  const lang = first.get('lang');
  if (lang) {
    if (languages.includes(lang.value)) state.lang = lang.value;
    else reporter('lang', lang)({ code: 'notOneOf', options: languages.join(', ') });
  }

  const event = first.get('event');
  if (event) {
    if (isValidEventId(event.value)) state.event = event.value;
    else reporter('event', event)({ code: 'invalidEventId' });
  }

  const thread = first.get('thread');
  if (thread) {
    if (isValidEventId(thread.value)) state.thread = thread.value;
    else reporter('thread', thread)({ code: 'invalidThreadId' });
  }

  parseWindow(first.get('from'), first.get('to'), state, reporter);

  const map = first.get('map');
  if (map) {
    const view = parseMapParam(map.value, reporter('map', map));
    if (view) state.map = view;
  }

  const cat = first.get('cat');
  if (cat) {
    const categories = parseCategories(cat.value, known, reporter('cat', cat));
    if (categories) state.cat = categories;
  }

  const embed = first.get('embed');
  if (embed) {
    if (embed.value === '1' || embed.value === 'tools') state.embed = embed.value;
    else reporter('embed', embed)({ code: 'notOneOf', options: '1, tools' });
  }

  const q = first.get('q');
  if (q) {
    const { text, truncated } = normalizeQuery(q.value);
    if (truncated) reporter('q', q)({ code: 'queryShortened', max: MAX_QUERY_LENGTH });
    if (text !== '') state.q = text;
  }

  const ignored = ranked.sort((a, b) => a.order - b.order).map((r) => r.entry);
  if (truncation) ignored.push(truncation);
  return { state, ignored };
}

type Reporter = (
  key: Key,
  raw: { value: string; order: number },
) => (reason: LinkReason, value?: string) => void;

function parseWindow(
  from: { value: string; order: number } | undefined,
  to: { value: string; order: number } | undefined,
  state: UrlState,
  reporter: Reporter,
): void {
  if (!from && !to) return;
  const fromOk = from !== undefined && isValidIsoDay(from.value);
  const toOk = to !== undefined && isValidIsoDay(to.value);
  if (from && to && fromOk && toOk) {
    if (from.value < to.value) {
      state.from = from.value;
      state.to = to.value;
    } else {
      reporter('from', from)({ code: 'notBeforeTo' });
      reporter('to', to)({ code: 'notAfterFrom' });
    }
    return;
  }
  // A window needs both ends: a lone valid end is reported, not half-applied.
  const check = (
    end: { value: string; order: number } | undefined,
    ok: boolean,
    key: 'from' | 'to',
    other: 'from' | 'to',
  ): void => {
    if (!end) return;
    if (!ok) reporter(key, end)({ code: 'invalidDate' });
    else reporter(key, end)({ code: 'needsOtherEnd', other });
  };
  check(from, fromOk, 'from', 'to');
  check(to, toOk, 'to', 'from');
}

function parseCategories(
  raw: string,
  known: readonly string[] | undefined,
  report: (reason: LinkReason, value?: string) => void,
): string[] | undefined {
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  // `cat=` is a deliberate "hide every category", not a malformed value.
  if (names.length === 0) return [];
  const accepted = new Set<string>();
  for (const name of names) {
    if (known ? known.includes(name) : isValidCategoryName(name)) accepted.add(name);
    else report({ code: known ? 'unknownCategory' : 'invalidCategoryName' }, name);
  }
  if (accepted.size === 0) {
    // Only unusable names (a typo, a renamed category): hiding everything
    // would look like an empty dataset, so fall back to showing all.
    report({ code: 'noKnownCategories' });
    return undefined;
  }
  return known ? [...new Set(known)].filter((c) => accepted.has(c)) : [...accepted];
}

// ---------------------------------------------------------------- serialize

/**
 * The canonical query string for `state`: '' when there is nothing to say,
 * otherwise '?'-prefixed with keys in a fixed order. Invalid values are never
 * written: out-of-range map views are clamped, anything else invalid (or a
 * lone `from`/`to`, or a map view with a non-finite number) is left out.
 */
export function serializeUrlState(state: UrlState): string {
  // Canonical order: the dataset and language frame everything after them.
  const parts: string[] = [];
  // Values checked against the restricted alphabets below need no escaping;
  // writing them raw keeps '/' and ',' readable in shared links.
  if (state.data !== undefined && isSameOriginDataPath(state.data)) {
    parts.push(`data=${state.data}`);
  }
  if (state.lang !== undefined && isValidLanguageTag(state.lang)) {
    parts.push(`lang=${state.lang}`);
  }
  if (state.event !== undefined && isValidEventId(state.event)) {
    parts.push(`event=${state.event}`);
  }
  if (state.thread !== undefined && isValidEventId(state.thread)) {
    parts.push(`thread=${state.thread}`);
  }
  if (
    state.from !== undefined &&
    state.to !== undefined &&
    isValidIsoDay(state.from) &&
    isValidIsoDay(state.to) &&
    state.from < state.to
  ) {
    parts.push(`from=${state.from}`, `to=${state.to}`);
  }
  const map = state.map;
  if (map && Number.isFinite(map.zoom) && Number.isFinite(map.lat) && Number.isFinite(map.lng)) {
    parts.push(`map=${formatMapParam(map)}`);
  }
  if (state.cat !== undefined) {
    const names = [...new Set(state.cat)].filter(isValidCategoryName);
    parts.push(`cat=${names.join(',')}`);
  }
  if (state.q !== undefined) {
    const { text } = normalizeQuery(state.q);
    if (text !== '') parts.push(`q=${encodeValue(text)}`);
  }
  if (state.embed === '1' || state.embed === 'tools') parts.push(`embed=${state.embed}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

function encodeValue(value: string): string {
  return new URLSearchParams([['', value]]).toString().slice(1);
}

/** Whether two states produce the same link (e.g. to skip a history entry). */
export function sameUrlState(a: UrlState, b: UrlState): boolean {
  return serializeUrlState(a) === serializeUrlState(b);
}
