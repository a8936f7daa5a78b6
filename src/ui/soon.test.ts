import { afterEach, describe, expect, it, vi } from 'vitest';
import { runSoon } from './soon';

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));
const fail = (error: unknown) => {
  throw error;
};

describe('runSoon', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('runs the task later, not now, and only once (without scheduler.postTask)', async () => {
    vi.stubGlobal('scheduler', undefined);
    const task = vi.fn();
    runSoon(task, fail);
    expect(task).not.toHaveBeenCalled();
    await tick();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('does not run a cancelled task', async () => {
    vi.stubGlobal('scheduler', undefined);
    const task = vi.fn();
    runSoon(task, fail)();
    await tick();
    expect(task).not.toHaveBeenCalled();
  });

  it('posts a user-blocking task where the browser has scheduler.postTask, and aborts it', async () => {
    const posted: { task: () => void; signal: AbortSignal; priority: string }[] = [];
    vi.stubGlobal('scheduler', {
      postTask(task: () => void, options: { priority: string; signal: AbortSignal }) {
        posted.push({ task, ...options });
        return new Promise(() => undefined);
      },
    });
    const task = vi.fn();
    const cancel = runSoon(task, fail);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.priority).toBe('user-blocking');
    expect(posted[0]!.signal.aborted).toBe(false);
    cancel();
    expect(posted[0]!.signal.aborted).toBe(true);
    await tick();
    // The fake scheduler never runs it: the message fallback was not used as well.
    expect(task).not.toHaveBeenCalled();
  });

  it('sends what the task throws to onError (without scheduler.postTask)', async () => {
    vi.stubGlobal('scheduler', undefined);
    const errors: unknown[] = [];
    runSoon(
      () => {
        throw new Error('boom');
      },
      (e) => errors.push(e),
    );
    await tick();
    expect(errors).toEqual([new Error('boom')]);
  });

  it('sends what the task throws to onError (with scheduler.postTask), but not a cancellation', async () => {
    vi.stubGlobal('scheduler', {
      postTask(task: () => void, options: { signal: AbortSignal }) {
        return new Promise((resolve, reject) => {
          options.signal.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
          setTimeout(() => {
            if (options.signal.aborted) return;
            try {
              resolve(task());
            } catch (error) {
              reject(error);
            }
          }, 5);
        });
      },
    });
    const errors: unknown[] = [];
    runSoon(
      () => {
        throw new Error('boom');
      },
      (e) => errors.push(e),
    );
    runSoon(
      () => undefined,
      (e) => errors.push(e),
    )();
    await tick();
    expect(errors).toEqual([new Error('boom')]);
  });
});
