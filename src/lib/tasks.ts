/**
 * Giving the browser a turn: long work is split into tasks, so that input
 * and painting never wait behind one long task (a phone runs it 4× slower).
 */

/** Resolves in a new task (after pending input and a chance to paint). */
export function macrotask(): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}
