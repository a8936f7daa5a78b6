import type { MessageKey, Params } from '../i18n/messages-types';
import { MAX_DATASET_BYTES, validateDataset } from './schema';
import { macrotask } from '../lib/tasks';
import type { Dataset } from './types';
import { measureSince, now, timed } from '../lib/perf';

export type LoadProblem = { key: MessageKey; params?: Params } | { text: string };

export interface LoadFailure {
  ok: false;
  titleKey: MessageKey;
  problems: LoadProblem[];
  /** Problems found but not listed (the list is capped). */
  more?: number;
  retryable: boolean;
}

export type LoadResult = { ok: true; dataset: Dataset } | LoadFailure;

/**
 * How far a load has come: bytes received (of the total, where the server
 * says it and the body is not compressed on the way), then the check of the
 * file. A callback may return a promise: the loader waits for it (to let
 * the page show the step) before going on.
 */
export type LoadProgress =
  { phase: 'download'; received: number; total: number | null } | { phase: 'validate' };
export type OnLoadProgress = (progress: LoadProgress) => void | Promise<void>;

/**
 * How long the loader waits. A server that sends no response headers within
 * `headersMs`, or a body that brings no data for `stallMs`, is given up on:
 * the reader is told and offered Retry. A slow body that keeps bringing data
 * loads however long it takes.
 */
export interface LoadLimits {
  headersMs: number;
  stallMs: number;
  maxBytes: number;
}

export const LOAD_LIMITS: LoadLimits = {
  headersMs: 20_000,
  stallMs: 20_000,
  maxBytes: MAX_DATASET_BYTES,
};

/**
 * The limits in force. The end-to-end tests shorten the time-outs by setting
 * `window.__cubaSyriaLoadTimeoutMs` before the app starts (as with
 * `ui/faults.ts`); nothing in the app sets it.
 */
export function loadLimits(): LoadLimits {
  const override = (globalThis as { __cubaSyriaLoadTimeoutMs?: unknown }).__cubaSyriaLoadTimeoutMs;
  if (typeof override === 'number' && override > 0)
    return { ...LOAD_LIMITS, headersMs: override, stallMs: override };
  return LOAD_LIMITS;
}

class Timeout extends Error {}
class TooLarge extends Error {}

/** `promise`, or a Timeout after `ms` (calling `onTimeout` first). */
function within<T>(promise: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // Settle first: aborting makes `promise` reject too, with a less useful reason.
      reject(new Timeout());
      onTimeout();
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The body's size as sent, if the server gives it and the body is not
 * compressed on the way (then the length counts compressed bytes, and the
 * bytes read are decompressed ones).
 */
function declaredLength(response: Response): number | null {
  const encoding = (response.headers.get('content-encoding') ?? 'identity').trim().toLowerCase();
  const length = Number(response.headers.get('content-length') ?? NaN);
  return encoding === 'identity' && Number.isSafeInteger(length) && length > 0 ? length : null;
}

/** Reads the body as text, giving up when no data comes for `stallMs` or there is too much. */
async function readBody(
  response: Response,
  limits: LoadLimits,
  abort: () => void,
  onProgress?: OnLoadProgress,
) {
  const body = response.body;
  if (!body) return within(response.text(), limits.stallMs, abort);
  const total = declaredLength(response);
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await within(reader.read(), limits.stallMs, abort);
      if (done) break;
      bytes += value.byteLength;
      if (bytes > limits.maxBytes) throw new TooLarge();
      parts.push(decoder.decode(value, { stream: true }));
      void onProgress?.({
        phase: 'download',
        received: bytes,
        total: total !== null && bytes <= total ? total : null,
      });
    }
  } catch (error) {
    reader.cancel().catch(() => {});
    throw error;
  }
  parts.push(decoder.decode());
  return parts.join('');
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;
const megabytes = (bytes: number) => Math.round(bytes / 1e6);

/**
 * Fetches and validates a dataset. Never throws and never waits forever:
 * every failure becomes a message key for the interface (translated when
 * shown) plus its problems. Validation problems stay literal: they quote the
 * file's own paths.
 */
export async function loadDataset(
  url: string,
  fetchImpl: typeof fetch = fetch,
  limits: LoadLimits = loadLimits(),
  onProgress?: OnLoadProgress,
): Promise<LoadResult> {
  const fail = (titleKey: MessageKey, problems: LoadProblem[], retryable = true): LoadFailure => ({
    ok: false,
    titleKey,
    problems,
    retryable,
  });
  const controller = new AbortController();
  const abort = () => controller.abort();
  const fetchStart = now();
  let response: Response;
  try {
    response = await within(
      fetchImpl(url, { credentials: 'same-origin', signal: controller.signal }),
      limits.headersMs,
      abort,
    );
  } catch (error) {
    if (error instanceof Timeout)
      return fail('data.notLoaded', [
        { key: 'data.timeout', params: { seconds: seconds(limits.headersMs) } },
      ]);
    const detail = error instanceof Error ? error.message : String(error);
    return fail('data.notLoaded', [{ key: 'data.networkError', params: { detail } }]);
  }
  if (!response.ok) {
    abort();
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return fail('data.notLoaded', [{ key: 'data.status', params: { status } }]);
  }
  if ((response.headers.get('content-type') ?? '').includes('text/html')) {
    abort();
    // Single-page hosts answer unknown paths with the app's own page.
    return fail('data.notLoaded', [{ key: 'data.html' }]);
  }
  const tooLarge = () =>
    fail('data.notLoaded', [{ key: 'data.tooLarge', params: { mb: megabytes(limits.maxBytes) } }]);
  if (Number(response.headers.get('content-length') ?? 0) > limits.maxBytes) {
    abort();
    return tooLarge();
  }
  let text: string;
  try {
    text = await readBody(response, limits, abort, onProgress);
  } catch (error) {
    if (error instanceof Timeout)
      return fail('data.notRead', [
        { key: 'data.stalled', params: { seconds: seconds(limits.stallMs) } },
      ]);
    if (error instanceof TooLarge) return tooLarge();
    return fail('data.notRead', [{ text: error instanceof Error ? error.message : String(error) }]);
  }
  measureSince('dataset: fetch and read', fetchStart);
  await onProgress?.({ phase: 'validate' });
  let json: unknown;
  try {
    json = timed('dataset: parse', () => JSON.parse(text) as unknown);
  } catch (error) {
    // Where and what, with invisible or binary characters named, never
    // printed. Loaded only when needed: most datasets are JSON.
    const { describeJsonError } = await import('./json');
    return fail('data.notJson', [{ text: describeJsonError(text, error) }]);
  }
  const result = timed('dataset: validate', () => validateDataset(json));
  if (!result.ok) {
    return {
      ...fail(
        'data.invalid',
        result.problems.map((p) => ({ text: `${p.path}: ${p.message}` })),
        false,
      ),
      more: result.total - result.problems.length,
    };
  }
  // Checked in one task, shown in the next: two shorter tasks on a phone.
  await macrotask();
  return { ok: true, dataset: result.dataset };
}
