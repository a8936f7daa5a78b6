import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  loadDataset,
  type LoadLimits,
  type LoadProgress,
  type LoadResult,
  type OnLoadProgress,
} from './loader';

const BUNDLED = readFileSync(new URL('../../public/data/cuba-syria.json', import.meta.url), 'utf8');
const LIMITS: LoadLimits = { headersMs: 1000, stallMs: 1000, maxBytes: 10_000_000 };
const encoder = new TextEncoder();

/** A fetch that answers with `body` (a stream) once `headersAfter` ms have passed, or never. */
function fakeFetch(
  body: () => ReadableStream<Uint8Array>,
  headersAfter: number | null = 0,
  headers: Record<string, string> = {},
) {
  return ((_url: string, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      init?.signal?.addEventListener('abort', () =>
        reject(new DOMException('aborted', 'AbortError')),
      );
      if (headersAfter === null) return;
      setTimeout(
        () =>
          resolve(
            new Response(body(), { headers: { 'content-type': 'application/json', ...headers } }),
          ),
        headersAfter,
      );
    })) as typeof fetch;
}

/** A body that sends `text` in `parts` pieces, one every `every` ms, then (unless `stall`) ends. */
function trickle(text: string, parts: number, every: number, stall = false) {
  const bytes = encoder.encode(text);
  const size = Math.ceil(bytes.length / parts);
  let cancelled = false;
  return () =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        let sent = 0;
        const next = () => {
          if (cancelled) return;
          if (sent >= bytes.length) {
            if (!stall) controller.close();
            return;
          }
          controller.enqueue(bytes.slice(sent, sent + size));
          sent += size;
          if (stall && sent >= bytes.length / 2) return; // half the file, then nothing
          setTimeout(next, every);
        };
        next();
      },
      cancel() {
        cancelled = true;
      },
    });
}

/** Runs the loader while fake time passes, until it settles. */
async function load(
  fetchImpl: typeof fetch,
  limits = LIMITS,
  onProgress?: OnLoadProgress,
): Promise<LoadResult> {
  let result: LoadResult | undefined;
  void loadDataset('/data/x.json', fetchImpl, limits, onProgress).then((r) => (result = r));
  for (let i = 0; i < 200 && !result; i++) await vi.advanceTimersByTimeAsync(100);
  if (!result) throw new Error('the loader never settled');
  return result;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('loadDataset', () => {
  it('gives up on a server that sends no response, says so and offers Retry', async () => {
    const result = await load(fakeFetch(trickle(BUNDLED, 1, 0), null));
    expect(result).toEqual({
      ok: false,
      titleKey: 'data.notLoaded',
      problems: [{ key: 'data.timeout', params: { seconds: 1 } }],
      retryable: true,
    });
  });

  it('gives up on a body that stops coming, says so and offers Retry', async () => {
    const result = await load(fakeFetch(trickle(BUNDLED, 10, 100, true)));
    expect(result).toEqual({
      ok: false,
      titleKey: 'data.notRead',
      problems: [{ key: 'data.stalled', params: { seconds: 1 } }],
      retryable: true,
    });
  });

  it('loads a slow body that keeps coming, however long it takes', async () => {
    // Twenty pieces, 800 ms apart: 16 s in all, never 1 s without data.
    const result = await load(fakeFetch(trickle(BUNDLED, 20, 800), 900));
    expect(result.ok).toBe(true);
  });

  it('refuses a file larger than it reads, before or while reading it', async () => {
    const small = { ...LIMITS, maxBytes: 1000 };
    const streamed = await load(fakeFetch(trickle(BUNDLED, 10, 10)), small);
    expect(streamed).toMatchObject({ ok: false, problems: [{ key: 'data.tooLarge' }] });
    const declared = (() =>
      Promise.resolve(
        new Response('{}', { headers: { 'content-length': String(10_000) } }),
      )) as unknown as typeof fetch;
    expect(await load(declared, small)).toMatchObject({
      ok: false,
      problems: [{ key: 'data.tooLarge', params: { mb: 0 } }],
    });
  });

  it('counts the problems it does not list', async () => {
    const broken = JSON.parse(BUNDLED) as { events: { start: string }[] };
    for (const event of broken.events) event.start = 'soon';
    for (let i = 0; i < 300; i++) broken.events.push({ ...broken.events[0]!, start: 'later' });
    const result = await load(fakeFetch(trickle(JSON.stringify(broken), 1, 0)));
    if (result.ok) throw new Error('expected problems');
    expect(result.problems).toHaveLength(200);
    expect(result.more).toBeGreaterThan(100);
  });

  it('reports the bytes received of the length the server gives, then the check', async () => {
    const bytes = encoder.encode(BUNDLED).length;
    const seen: LoadProgress[] = [];
    const result = await load(
      fakeFetch(trickle(BUNDLED, 5, 100), 0, { 'content-length': String(bytes) }),
      LIMITS,
      (p) => {
        seen.push(p);
      },
    );
    expect(result.ok).toBe(true);
    const downloads = seen.filter((p) => p.phase === 'download');
    expect(downloads).toHaveLength(5);
    for (const p of downloads) expect(p.total).toBe(bytes);
    const received = downloads.map((p) => p.received);
    expect(received).toEqual([...received].sort((a, b) => a - b));
    expect(received.at(-1)).toBe(bytes);
    expect(seen.at(-1)).toEqual({ phase: 'validate' });
  });

  it('gives no total where the length is missing, compressed, or smaller than what comes', async () => {
    const totals = async (headers: Record<string, string>) => {
      const seen: (number | null)[] = [];
      await load(fakeFetch(trickle(BUNDLED, 3, 10), 0, headers), LIMITS, (p) => {
        if (p.phase === 'download') seen.push(p.total);
      });
      return seen;
    };
    const bytes = String(encoder.encode(BUNDLED).length);
    expect(await totals({})).toEqual([null, null, null]);
    expect(await totals({ 'content-length': '100', 'content-encoding': 'gzip' })).toEqual([
      null,
      null,
      null,
    ]);
    expect(await totals({ 'content-length': bytes, 'content-encoding': 'identity' })).toEqual([
      Number(bytes),
      Number(bytes),
      Number(bytes),
    ]);
    // A length that the body outgrows (a wrong header) stops being a total.
    expect((await totals({ 'content-length': '100' })).at(-1)).toBeNull();
  });

  it('waits for the progress callback before the check, so that the page can show it', async () => {
    let release: () => void = () => {};
    let checked = false;
    const onProgress: OnLoadProgress = (p) => {
      if (p.phase !== 'validate') return;
      return new Promise<void>((resolve) => (release = resolve)).then(() => {
        checked = true;
      });
    };
    let result: LoadResult | undefined;
    void loadDataset('/x.json', fakeFetch(trickle(BUNDLED, 1, 0)), LIMITS, onProgress).then(
      (r) => (result = r),
    );
    await vi.advanceTimersByTimeAsync(500);
    expect(result).toBeUndefined();
    release();
    await vi.advanceTimersByTimeAsync(100);
    expect(checked).toBe(true);
    expect(result?.ok).toBe(true);
  });
});
