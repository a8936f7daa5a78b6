/** The Prioritized Task Scheduling API, where the browser has it (Chromium). */
interface TaskScheduler {
  postTask(
    task: () => void,
    options: { priority: 'user-blocking'; signal: AbortSignal },
  ): Promise<unknown>;
}

/**
 * Runs `task` in a task of its own, as soon as possible: ahead of other
 * queued work (and of a rendering update, where the browser has
 * `scheduler.postTask`), else through a message (no timer clamping).
 * Returns a function that cancels it if it has not run yet.
 */
export function runSoon(task: () => void): () => void {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    const abort = new AbortController();
    scheduler
      .postTask(task, { priority: 'user-blocking', signal: abort.signal })
      // A cancelled task rejects with an AbortError: nothing to report.
      .catch(() => undefined);
    return () => abort.abort();
  }
  let cancelled = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) task();
  };
  channel.port2.postMessage(null);
  return () => {
    cancelled = true;
    channel.port1.close();
  };
}
