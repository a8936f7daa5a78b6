/**
 * Which page addresses the service worker answers with the app shell
 * (index.html) when they are not precached: Workbox's
 * `navigateFallbackDenylist`. Pure; used by vite.config.ts and tested here.
 *
 * Workbox tests each regular expression against the address's path AND
 * query (`pathname + search`), so every expression below is anchored to the
 * path: `[^?]*` cannot run past the `?`. A query that happens to end like a
 * file name (`map=33.5,36.3,6`, `data=/data/x.json`, `q=…S`) must not keep
 * an address from opening offline.
 */

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The addresses left to the network: the app's own files (data, assets,
 * preview images, and any path whose last segment has an extension, except
 * `.html` pages and event pages, whose ids may hold a dot) and the embed
 * view, whose response must carry the server's framing header (the shell in
 * the cache carries the header of index.html, which forbids framing).
 */
export function navigateFallbackDenylist(base: string): RegExp[] {
  const root = escapeRegExp(base.endsWith('/') ? base : `${base}/`);
  return [
    // The app's folders of files (never pages).
    new RegExp(`^${root}(?:og|data|assets)/`),
    // A file: an extension in the last path segment, other than .html/.htm,
    // outside an event's page address (`events/<id>`, `es/events/<id>`, …).
    new RegExp(
      `^(?!${root}(?:[a-z]{2}/)?events/[^/?]+/?(?:\\?|$))[^?]*\\.(?!html?(?:\\?|$))[A-Za-z0-9]+(?:\\?|$)`,
    ),
    // The embed view (any `embed` parameter: the server decides framing).
    /^[^?]*\?(?:[^&]*&)*embed(?:[=&]|$)/,
  ];
}

/** Whether the service worker would answer a navigation to `url` with the app shell (Workbox's test). */
export function opensAppShell(url: URL, denylist: readonly RegExp[]): boolean {
  const pathAndQuery = url.pathname + url.search;
  return !denylist.some((re) => re.test(pathAndQuery));
}
