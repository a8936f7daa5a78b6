/**
 * The service worker (generated at build time by vite-plugin-pwa / Workbox)
 * that lets the app open offline after one visit. A new version installs in
 * the background and waits: the reader is told and chooses when to reload.
 * When it takes over (from this tab or another), versionRule.ts decides what
 * this tab does, so that a page never runs on a mix of two versions. State is
 * kept here, outside the app's store, and read with useSyncExternalStore.
 */
import { markStaleChunkError } from './staleChunk';
import type { VersionRule } from './versionRule';
import { whenThereIsTime } from '../ui/readerHere';

type Listener = () => void;
export interface UpdateState {
  /** A new version is installed and waiting for a reader to reload. */
  updateReady: boolean;
  /** This page runs a version that is no longer the site's: a part of it may not load. */
  stale: boolean;
}
const listeners = new Set<Listener>();
let state: UpdateState = { updateReady: false, stale: false };
let rule: VersionRule | null = null;
let skipWaiting: (() => void) | null = null;

function set(next: Partial<UpdateState>) {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function snapshot(): UpdateState {
  return state;
}

/** Reloads onto the new version: lets a waiting worker take over first, if there is one. */
export function applyUpdate() {
  if (skipWaiting && !state.stale) {
    rule?.accept();
    skipWaiting();
  } else if (rule) rule.reload();
  else window.location.reload();
}

/**
 * A chunk of this version that cannot load (a newer version replaced it on
 * the server, and the worker's cache): marked for the error boundaries, and
 * the reader is told that a new version is available. Vite's loader
 * dispatches this event with the error the `import()` then rejects with.
 */
function onChunkError(event: Event) {
  markStaleChunkError((event as Event & { payload?: unknown }).payload);
  set({ stale: true });
}

/**
 * Follows versions: from now on, a chunk that cannot load says that a new
 * version is available; with a service worker (registered when there is
 * time, see whenThereIsTime: nothing of it is on the start-up path), so
 * does a new worker.
 */
export function registerServiceWorker(base: string) {
  window.addEventListener('vite:preloadError', onChunkError);
  if (!('serviceWorker' in navigator)) return;
  const controlled = !!navigator.serviceWorker.controller;
  whenThereIsTime(() => {
    void Promise.all([import('workbox-window'), import('./versionRule')]).then(([w, v]) => {
      rule = new v.VersionRule(v.windowVersionEnv(window, controlled), () => set({ stale: true }));
      const wb = new w.Workbox(`${base}sw.js`, { scope: base });
      wb.addEventListener('waiting', () => {
        skipWaiting = () => {
          // The worker may have taken over from another tab meanwhile: then
          // there is nothing left to wait for.
          void navigator.serviceWorker.getRegistration(base).then((registration) => {
            if (registration?.waiting) wb.messageSkipWaiting();
            else rule?.reload();
          });
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
