import { afterEach, describe, expect, it, vi } from 'vitest';
import { runSoon } from './soon';

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('runSoon', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('runs the task later, not now, and only once (without scheduler.postTask)', async () => {
    vi.stubGlobal('scheduler', undefined);
    const task = vi.fn();
    runSoon(task);
    expect(task).not.toHaveBeenCalled();
    await tick();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('does not run a cancelled task', async () => {
    vi.stubGlobal('scheduler', undefined);
    const task = vi.fn();
    runSoon(task)();
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
    const cancel = runSoon(task);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.priority).toBe('user-blocking');
    expect(posted[0]!.signal.aborted).toBe(false);
    cancel();
    expect(posted[0]!.signal.aborted).toBe(true);
    await tick();
    // The fake scheduler never runs it: the message fallback was not used as well.
    expect(task).not.toHaveBeenCalled();
  });
});
