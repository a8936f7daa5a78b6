import { validateDataset } from './schema';
import type { Dataset } from './types';

export type LoadResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; title: string; problems: string[]; retryable: boolean };

/**
 * Fetches and validates a dataset. Never throws: every failure becomes a
 * readable title plus a list of problems for the interface.
 */
export async function loadDataset(
  url: string,
  fetchImpl: typeof fetch = fetch,
): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'same-origin' });
  } catch (error) {
    return {
      ok: false,
      title: `The dataset “${url}” could not be loaded.`,
      problems: [`Network error: ${error instanceof Error ? error.message : String(error)}`],
      retryable: true,
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      title: `The dataset “${url}” could not be loaded.`,
      problems: [
        `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      ],
      retryable: true,
    };
  }
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('text/html')) {
    // Single-page hosts answer unknown paths with the app's own page.
    return {
      ok: false,
      title: `The dataset “${url}” could not be loaded.`,
      problems: [
        'The server answered with a web page instead of JSON: the file probably does not exist.',
      ],
      retryable: true,
    };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return {
      ok: false,
      title: `The dataset “${url}” could not be read.`,
      problems: [String(error instanceof Error ? error.message : error)],
      retryable: true,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      title: `The dataset “${url}” is not valid JSON.`,
      problems: [error instanceof Error ? error.message : String(error)],
      retryable: true,
    };
  }
  const result = validateDataset(json);
  if (!result.ok) {
    return {
      ok: false,
      title: `The dataset “${url}” has ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}.`,
      problems: result.problems.map((p) => `${p.path}: ${p.message}`),
      retryable: false,
    };
  }
  return { ok: true, dataset: result.dataset };
}
