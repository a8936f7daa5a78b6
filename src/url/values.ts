/**
 * The values a link may carry, each checked against the alphabet and range
 * the link contract allows (docs/links.md). Pure.
 */
import { parseIsoDate } from '../data/dates';
import { isValidId } from '../lib/ids';
import type { LinkReason } from './reasons';

export const MAX_QUERY_LENGTH = 100;
export const MAX_DATA_LENGTH = 300;
const MAX_LANG_LENGTH = 35;

const ISO_DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
// No ':' (so no scheme), no '%' (so no encoded '..' or '/'), no '\', '?', '#'
// or whitespace: what is left can only be a path on this origin.
const DATA_CHARS_RE = /^[A-Za-z0-9._~/-]+$/;
const LANG_RE = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;
const WHITESPACE_CONTROLS_RE = /[\t\n\v\f\r\u0085]/g;
// Bidi embeddings/overrides/isolates are stripped too: they are invisible
// yet can make the echoed search text display in a misleading order.
const CONTROLS_RE = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

export function codePointLength(s: string): number {
  return Array.from(s).length;
}

export function isValidEventId(s: string): boolean {
  return isValidId(s);
}

/** A real calendar day written as YYYY-MM-DD, in years 0001..9999 (every year a dataset may give). */
export function isValidIsoDay(s: string): boolean {
  return ISO_DAY_RE.test(s) && parseIsoDate(s) !== null;
}

/**
 * Why `path` may not be used as a dataset location, or undefined if it may.
 * Only relative references that stay on this origin and under the app are
 * allowed, because the app fetches whatever a shared link names.
 */
export function dataPathProblem(path: string): LinkReason | undefined {
  if (path.length > MAX_DATA_LENGTH) return { code: 'dataTooLong', max: MAX_DATA_LENGTH };
  if (!DATA_CHARS_RE.test(path)) return { code: 'dataCharacters' };
  // A leading '//' is a host; empty segments elsewhere are refused too so the
  // rule is simply "no '//'".
  if (path.includes('//')) return { code: 'dataNotSameOrigin' };
  const segments = path.split('/');
  if (segments.includes('..')) return { code: 'dataDotSegments' };
  const file = segments[segments.length - 1] ?? '';
  if (!file.endsWith('.json') || file.length <= '.json'.length) return { code: 'dataNotJson' };
  return undefined;
}

export function isSameOriginDataPath(path: string): boolean {
  return dataPathProblem(path) === undefined;
}

export function isValidCategoryName(name: string): boolean {
  // Same alphabet as ids: it can never contain the ',' separator.
  return isValidId(name);
}

export function isValidLanguageTag(tag: string): boolean {
  return tag.length <= MAX_LANG_LENGTH && LANG_RE.test(tag);
}

/** Strips control characters, trims, and caps the length (in code points). */
export function normalizeQuery(raw: string): { text: string; truncated: boolean } {
  const clean = raw.replace(WHITESPACE_CONTROLS_RE, ' ').replace(CONTROLS_RE, '').trim();
  if (clean.length <= MAX_QUERY_LENGTH || codePointLength(clean) <= MAX_QUERY_LENGTH) {
    return { text: clean, truncated: false };
  }
  const cut = Array.from(clean).slice(0, MAX_QUERY_LENGTH).join('').trim();
  return { text: cut, truncated: true };
}
