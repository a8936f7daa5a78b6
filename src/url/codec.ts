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

export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

export interface UrlState {
  event?: string;
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

export interface IgnoredParam {
  key: string;
  /** Shortened to at most 80 characters: it is meant for display only. */
  value: string;
  reason: string;
}

export interface ParseOptions {
  knownCategories?: readonly string[];
  languages?: readonly string[];
}

export interface ParseResult {
  state: UrlState;
  ignored: IgnoredParam[];
}

export const MIN_ZOOM = 0;
export const MAX_ZOOM = 19;
/** Web Mercator stops here; beyond it tiles do not exist. */
export const MAX_LAT = 85.0511;
export const DEFAULT_LANGUAGES: readonly string[] = ['en', 'es', 'ar'];

/**
 * Why a link's view is shown otherwise, once the timeline or the map has
 * shown it: their limits (zoom, steps, bounds) depend on the dataset and the
 * size of the map, which this module does not know.
 */
export const WINDOW_ADJUSTED_REASON = 'adjusted to what the timeline can show';
export const MAP_ADJUSTED_REASON = 'adjusted to what the map can show';

const MAX_SEARCH_LENGTH = 8000;
const MAX_VALUE_LENGTH = 2000;
const MAX_DISPLAY_LENGTH = 80;
const MAX_QUERY_LENGTH = 100;
const MAX_DATA_LENGTH = 300;
const MAX_LANG_LENGTH = 35;

/** The parameters this codec owns; serializeUrlState fixes their order. */
const KEYS = ['data', 'lang', 'event', 'from', 'to', 'map', 'cat', 'q', 'embed'] as const;
type Key = (typeof KEYS)[number];

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const ISO_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Exponents, hex, '+' and 'Infinity' are refused so that a view has exactly
// one spelling and hand-edited links cannot smuggle in odd values.
const PLAIN_NUMBER_RE = /^-?\d+(\.\d+)?$/;
// No ':' (so no scheme), no '%' (so no encoded '..' or '/'), no '\', '?', '#'
// or whitespace: what is left can only be a path on this origin.
const DATA_CHARS_RE = /^[A-Za-z0-9._~/-]+$/;
const LANG_RE = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;
const WHITESPACE_CONTROLS_RE = /[\t\n\v\f\r\u0085]/g;
// Bidi embeddings/overrides/isolates are stripped too: they are invisible
// yet can make the echoed search text display in a misleading order.
const CONTROLS_RE = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

function isKey(key: string): key is Key {
  return (KEYS as readonly string[]).includes(key);
}

function codePointLength(s: string): number {
  return Array.from(s).length;
}

function forDisplay(s: string): string {
  if (s.length <= MAX_DISPLAY_LENGTH || codePointLength(s) <= MAX_DISPLAY_LENGTH) return s;
  return `${Array.from(s)
    .slice(0, MAX_DISPLAY_LENGTH - 1)
    .join('')}…`;
}

// ---------------------------------------------------------------- validators

export function isValidEventId(s: string): boolean {
  return ID_RE.test(s);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real calendar day written as YYYY-MM-DD, in years 0001..9999 (every year a dataset may give). */
export function isValidIsoDay(s: string): boolean {
  const m = ISO_DAY_RE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return (
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Why `path` may not be used as a dataset location, or undefined if it may.
 * Only relative references that stay on this origin and under the app are
 * allowed, because the app fetches whatever a shared link names.
 */
export function dataPathProblem(path: string): string | undefined {
  if (path.length > MAX_DATA_LENGTH) return `longer than ${MAX_DATA_LENGTH} characters`;
  if (!DATA_CHARS_RE.test(path)) {
    return 'not a same-origin path (only letters, digits and . _ ~ / - are allowed)';
  }
  // A leading '//' is a host; empty segments elsewhere are refused too so the
  // rule is simply "no '//'".
  if (path.includes('//')) return 'not a same-origin path';
  const segments = path.split('/');
  if (segments.includes('..')) return 'not a same-origin path (".." segments are not allowed)';
  const file = segments[segments.length - 1] ?? '';
  if (!file.endsWith('.json') || file.length <= '.json'.length) return 'not a .json file';
  return undefined;
}

export function isSameOriginDataPath(path: string): boolean {
  return dataPathProblem(path) === undefined;
}

function isValidCategoryName(name: string): boolean {
  // Same alphabet as ids: it can never contain the ',' separator.
  return ID_RE.test(name);
}

function isValidLanguageTag(tag: string): boolean {
  return tag.length <= MAX_LANG_LENGTH && LANG_RE.test(tag);
}

/** Strips control characters, trims, and caps the length (in code points). */
function normalizeQuery(raw: string): { text: string; truncated: boolean } {
  const clean = raw.replace(WHITESPACE_CONTROLS_RE, ' ').replace(CONTROLS_RE, '').trim();
  if (clean.length <= MAX_QUERY_LENGTH || codePointLength(clean) <= MAX_QUERY_LENGTH) {
    return { text: clean, truncated: false };
  }
  const cut = Array.from(clean).slice(0, MAX_QUERY_LENGTH).join('').trim();
  return { text: cut, truncated: true };
}

// ------------------------------------------------------------------ map view

function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

function wrapLng(lng: number): number {
  // Leaving in-range values alone avoids float noise from the modulo.
  if (lng >= -180 && lng < 180) return lng;
  return ((((lng + 180) % 360) + 360) % 360) - 180;
}

function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  // `+ 0` turns -0 into 0 so that equal views compare equal.
  return Math.round(x * f) / f + 0;
}

/**
 * The nearest valid view: zoom clamped to 0..19, latitude to ±85.0511,
 * longitude wrapped into [-180, 180). A NaN component (and an infinite
 * longitude, which has no position) becomes 0; callers that would rather
 * drop such a view should check Number.isFinite first.
 */
export function clampMapView(view: MapView): MapView {
  const zoom = Number.isNaN(view.zoom) ? 0 : clamp(view.zoom, MIN_ZOOM, MAX_ZOOM);
  const lat = Number.isNaN(view.lat) ? 0 : clamp(view.lat, -MAX_LAT, MAX_LAT);
  const lng = Number.isFinite(view.lng) ? wrapLng(view.lng) : 0;
  return { zoom: zoom + 0, lat: lat + 0, lng: lng + 0 };
}

/** Clamps and rounds to exactly what the URL can express. */
function normalizeMapView(view: MapView): MapView {
  const c = clampMapView(view);
  let lng = roundTo(c.lng, 4);
  // 179.99996 rounds up to 180, which is the same meridian as -180.
  if (lng >= 180) lng = -180;
  return { zoom: roundTo(c.zoom, 2), lat: roundTo(c.lat, 4), lng };
}

/** OpenStreetMap's `zoom/lat/lng`, e.g. "4/28.0000/-20.0000"; clamps first. */
export function formatMapParam(view: MapView): string {
  const v = normalizeMapView(view);
  // After rounding to 2 decimals String() is already the shortest spelling
  // ("4", "4.5", "4.25") and never uses an exponent in 0..19.
  return `${String(v.zoom)}/${v.lat.toFixed(4)}/${v.lng.toFixed(4)}`;
}

function parseMapParam(raw: string, report: (reason: string) => void): MapView | undefined {
  const parts = raw.split('/');
  if (parts.length !== 3) {
    report('expected zoom/latitude/longitude');
    return undefined;
  }
  if (!parts.every((p) => PLAIN_NUMBER_RE.test(p))) {
    report('not plain decimal numbers');
    return undefined;
  }
  const [zoom, lat, lng] = parts.map(Number) as [number, number, number];
  // A plain decimal with hundreds of digits still parses to Infinity.
  if (![zoom, lat, lng].every(Number.isFinite)) {
    report('number too large');
    return undefined;
  }
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
    report(`zoom outside ${MIN_ZOOM}..${MAX_ZOOM}`);
    return undefined;
  }
  // Refused rather than clamped: a link pointing off the map is more likely
  // a mistake worth reporting than a view worth approximating.
  if (lat < -MAX_LAT || lat > MAX_LAT) {
    report(`latitude outside ±${MAX_LAT}`);
    return undefined;
  }
  return normalizeMapView({ zoom, lat, lng });
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
  const push = (order: number, key: string, value: string, reason: string): void => {
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
      reason: `link longer than ${MAX_SEARCH_LENGTH} characters; the rest was not read`,
    };
    query = query.slice(0, keep);
  }

  const first = new Map<Key, { value: string; order: number }>();
  const seen = new Set<Key>();
  let order = 0;
  for (const [key, value] of new URLSearchParams(query)) {
    const at = order++;
    if (!isKey(key)) {
      push(at, key, value, 'unknown parameter');
    } else if (seen.has(key)) {
      push(at, key, value, 'repeated; the first one is used');
    } else {
      seen.add(key);
      if (value.length > MAX_VALUE_LENGTH) {
        push(at, key, value, `longer than ${MAX_VALUE_LENGTH} characters`);
      } else {
        first.set(key, { value, order: at });
      }
    }
  }

  const state: UrlState = {};
  const reporter =
    (key: Key, raw: { value: string; order: number }) =>
    (reason: string, value: string = raw.value): void => {
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
    else reporter('lang', lang)(`not one of: ${languages.join(', ')}`);
  }

  const event = first.get('event');
  if (event) {
    if (isValidEventId(event.value)) state.event = event.value;
    else reporter('event', event)('not a valid event id');
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
    else reporter('embed', embed)('not one of: 1, tools');
  }

  const q = first.get('q');
  if (q) {
    const { text, truncated } = normalizeQuery(q.value);
    if (truncated) reporter('q', q)(`longer than ${MAX_QUERY_LENGTH} characters; shortened`);
    if (text !== '') state.q = text;
  }

  const ignored = ranked.sort((a, b) => a.order - b.order).map((r) => r.entry);
  if (truncation) ignored.push(truncation);
  return { state, ignored };
}

type Reporter = (
  key: Key,
  raw: { value: string; order: number },
) => (reason: string, value?: string) => void;

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
      reporter('from', from)('not before "to"; the time window was not applied');
      reporter('to', to)('not after "from"; the time window was not applied');
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
    if (!ok) reporter(key, end)('not a valid date (YYYY-MM-DD, years 0001–9999)');
    else reporter(key, end)(`needs a valid "${other}" as well`);
  };
  check(from, fromOk, 'from', 'to');
  check(to, toOk, 'to', 'from');
}

function parseCategories(
  raw: string,
  known: readonly string[] | undefined,
  report: (reason: string, value?: string) => void,
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
    else report(known ? 'unknown category' : 'not a valid category name', name);
  }
  if (accepted.size === 0) {
    // Only unusable names (a typo, a renamed category): hiding everything
    // would look like an empty dataset, so fall back to showing all.
    report('no known categories; showing all');
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
