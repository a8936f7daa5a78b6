/**
 * The service worker (generated at build time by vite-plugin-pwa / Workbox)
 * that lets the app open offline after one visit. A new version installs in
 * the background and waits: the reader is told and chooses when to reload,
 * so that a page never runs on a mix of two versions. State is kept here,
 * outside the app's store, and read with useSyncExternalStore.
 */
type Listener = () => void;
const listeners = new Set<Listener>();
let state: { updateReady: boolean } = { updateReady: false };
let accept: (() => void) | null = null;

function set(next: { updateReady: boolean }) {
  state = next;
  for (const l of listeners) l();
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function snapshot() {
  return state;
}

/** Reloads onto the waiting version. */
export function applyUpdate() {
  accept?.();
}

/** Registers the worker once the page is idle (nothing of it is on the start-up path). */
export function registerServiceWorker(base: string) {
  if (!('serviceWorker' in navigator)) return;
  const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 2000));
  idle(() => {
    void import('workbox-window').then(({ Workbox }) => {
      const wb = new Workbox(`${base}sw.js`, { scope: base });
      wb.addEventListener('waiting', () => {
        accept = () => {
          // Reload once the new version controls the page, not before.
          wb.addEventListener('controlling', () => window.location.reload());
          wb.messageSkipWaiting();
        };
        set({ updateReady: true });
      });
      wb.register()
        .then((registration) => {
          // A tab left open still hears of new versions.
          if (registration) setInterval(() => void registration.update(), 60 * 60 * 1000);
        })
        // No worker (a browser that refuses it, a private window): the app works online as ever.
        .catch(() => undefined);
    });
  });
}
