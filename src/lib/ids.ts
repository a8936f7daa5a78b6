/**
 * The alphabet of every id the app reads from a dataset or a link (events,
 * places, sources, categories): a letter or digit, then letters, digits, `.`,
 * `_` and `-`, at most 100 characters. Ids go into addresses and file names
 * as they are, so nothing in them needs escaping.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value);
}
