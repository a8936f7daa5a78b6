/**
 * The service worker (generated at build time by vite-plugin-pwa / Workbox)
 * that lets the app open offline after one visit. A new version installs in
 * the background and waits: the reader is told and chooses when to reload.
 * When it takes over (from this tab or another), versionRule.ts decides what
 * this tab does, so that a page never runs on a mix of two versions. State is
 * kept here, outside the app's store, and read with useSyncExternalStore.
 */
import { VersionRule, windowVersionEnv } from './versionRule';

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
 * Follows versions: from now on, a chunk that cannot load says that a new
 * version is available; with a service worker (registered once the page is
 * idle, nothing of it is on the start-up path), so does a new worker.
 */
export function registerServiceWorker(base: string) {
  rule ??= new VersionRule(windowVersionEnv(window), () => set({ stale: true }));
  if (!('serviceWorker' in navigator)) return;
  const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 2000));
  idle(() => {
    void import('workbox-window').then(({ Workbox }) => {
      const wb = new Workbox(`${base}sw.js`, { scope: base });
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
