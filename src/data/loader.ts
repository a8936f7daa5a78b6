import type { MessageKey, Params } from '../i18n/messages-types';
import { validateDataset } from './schema';
import type { Dataset } from './types';

export type LoadProblem = { key: MessageKey; params?: Params } | { text: string };

export type LoadResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; titleKey: MessageKey; problems: LoadProblem[]; retryable: boolean };

/**
 * Fetches and validates a dataset. Never throws: every failure becomes a
 * message key for the interface (translated when shown) plus its problems.
 * Validation problems stay literal: they quote the file's own paths.
 */
export async function loadDataset(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<LoadResult> {
  const fail = (titleKey: MessageKey, problems: LoadProblem[], retryable = true): LoadResult => ({
    ok: false,
    titleKey,
    problems,
    retryable,
  });
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'same-origin' });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('data.notLoaded', [{ key: 'data.networkError', params: { detail } }]);
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return fail('data.notLoaded', [{ key: 'data.status', params: { status } }]);
  }
  if ((response.headers.get('content-type') ?? '').includes('text/html')) {
    // Single-page hosts answer unknown paths with the app's own page.
    return fail('data.notLoaded', [{ key: 'data.html' }]);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return fail('data.notRead', [{ text: error instanceof Error ? error.message : String(error) }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('data.notJson', [{ text: error instanceof Error ? error.message : String(error) }]);
  }
  const result = validateDataset(json);
  if (!result.ok) {
    return fail(
      'data.invalid',
      result.problems.map((p) => ({ text: `${p.path}: ${p.message}` })),
      false,
    );
  }
  return { ok: true, dataset: result.dataset };
}
