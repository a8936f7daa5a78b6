/** A laptop-sized screen with a mouse: spare time, and fine map shapes worth it. */
export const DESKTOP_QUERY = '(min-width: 700px) and (pointer: fine)';

/** The inputs that say the reader is here and about to use the page. */
const INPUTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** The documents whose reader has made an input (since the first wait on it). */
const arrived = new WeakSet<Document>();
const watched = new WeakSet<Document>();

/** Notes the first input on `doc`, whoever is waiting for it then. */
function watchForTheReader(doc: Document): void {
  if (watched.has(doc)) return;
  watched.add(doc);
  const note = () => {
    arrived.add(doc);
    for (const type of INPUTS) doc.removeEventListener(type, note, true);
  };
  for (const type of INPUTS) doc.addEventListener(type, note, { capture: true, passive: true });
}

/**
 * Calls `then` once: at the reader's first input on the page (a touch, a
 * click, a key, the wheel), at once if there has been one already, or,
 * when `idle` is given, once the browser is idle (within `idle.timeout` ms
 * at the latest; after it, where the browser cannot tell). Work that the first view does not need waits for it, off
 * the path to the first tap. Returns a function that cancels the wait.
 */
export function whenReaderIsHere(
  doc: Document,
  then: () => void,
  idle?: { timeout: number },
): () => void {
  watchForTheReader(doc);
  if (arrived.has(doc)) {
    then();
    return () => undefined;
  }
  const win = doc.defaultView;
  let handle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    for (const type of INPUTS) doc.removeEventListener(type, fire, true);
    if (handle !== undefined) win?.cancelIdleCallback?.(handle);
    clearTimeout(timer);
    handle = undefined;
  };
  function fire() {
    cancel();
    then();
  }
  for (const type of INPUTS) doc.addEventListener(type, fire, { capture: true, passive: true });
  // A browser that cannot say when it is idle (Safari) goes on after the timeout.
  if (idle && win?.requestIdleCallback)
    handle = win.requestIdleCallback(fire, { timeout: idle.timeout });
  else if (idle) timer = setTimeout(fire, idle.timeout);
  return cancel;
}

/** On a laptop, work the first view does not need waits for idle time at most this long. */
const SPARE_WORK_TIMEOUT_MS = 4000;

/**
 * Runs `work` that the first view does not need (the export panel's code,
 * the print document's, the offline worker) once there is time for it: on
 * a laptop when the browser is idle; on a phone, whose slow network and CPU
 * the first view needs whole (the map's code, the dataset), at the reader's
 * first touch. Returns a function that cancels it.
 */
export function whenThereIsTime(work: () => void, doc: Document = document): () => void {
  const desktop = doc.defaultView?.matchMedia?.(DESKTOP_QUERY).matches ?? false;
  return whenReaderIsHere(doc, work, desktop ? { timeout: SPARE_WORK_TIMEOUT_MS } : undefined);
}
