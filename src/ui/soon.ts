/** The Prioritized Task Scheduling API, where the browser has it (Chromium). */
interface TaskScheduler {
  postTask(
    task: () => void,
    options: { priority: 'user-blocking'; signal: AbortSignal },
  ): Promise<unknown>;
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/**
 * Runs `task` in a task of its own, as soon as possible: ahead of other
 * queued work (and of a rendering update, where the browser has
 * `scheduler.postTask`), else through a message (no timer clamping).
 * What the task throws goes to `onError`; only the cancellation of a task
 * that has not run (an AbortError) is silent. Returns a function that
 * cancels the task if it has not run yet.
 */
export function runSoon(task: () => void, onError: (error: unknown) => void): () => void {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    const abort = new AbortController();
    scheduler
      .postTask(task, { priority: 'user-blocking', signal: abort.signal })
      .catch((error: unknown) => {
        if (!(abort.signal.aborted && isAbort(error))) onError(error);
      });
    return () => abort.abort();
  }
  let cancelled = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (cancelled) return;
    try {
      task();
    } catch (error) {
      onError(error);
    }
  };
  channel.port2.postMessage(null);
  return () => {
    cancelled = true;
    channel.port1.close();
  };
}
