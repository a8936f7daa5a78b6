/**
 * A part of the app's code (a chunk loaded on demand by `import()`) that
 * could not be fetched: its version is gone from the server and from the
 * service worker's cache, because a newer version has been deployed. Vite's
 * loader announces each such failure with a `vite:preloadError` event whose
 * payload is the very error the `import()` rejects with; the error is marked
 * there, so that whoever catches it later (an error boundary) can tell it from
 * a bug without reading the browser's wording. (A WeakSet holds no error
 * alive: an entry goes with its error.)
 */
const stale = new WeakSet<object>();

/** Marks an error as a chunk of this version that could not load. */
export function markStaleChunkError(error: unknown): void {
  if (typeof error === 'object' && error !== null) stale.add(error);
}

/** Whether an error is a chunk of this version that could not load. */
export function isStaleChunkError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && stale.has(error);
}
