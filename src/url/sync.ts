import { clampToCalendar, isoDayFromMs, msFromIsoDay } from '../data/dates';
import { detectLanguage, isLanguage } from '../i18n';
import { CATEGORIES, type Category } from '../data/types';
import type { AppState } from '../store';
import { windowFromLink } from '../timeline/window';
import { parseUrlState, serializeUrlState, type IgnoredParam, type UrlState } from './codec';
import { pagePath, parsePagePath } from './paths';

type StoreApi = {
  getState: () => AppState;
  subscribe: (listener: (state: AppState, prev: AppState) => void) => () => void;
};

export const REPLACE_THROTTLE_MS = 300;

/** Parses the page's query string with the app's known categories. */
export function readUrl(search: string) {
  return parseUrlState(search, { knownCategories: CATEGORIES });
}

/**
 * Parses a page address: the query string, then the path, which wins for the
 * event and the language it names (`/es/events/<id>/`). With `data=` (another
 * dataset, which has no pages of its own) only the query string counts.
 */
export function readLocation(location: { pathname: string; search: string }, base: string) {
  const parsed = readUrl(location.search);
  if (parsed.state.data) return parsed;
  const page = parsePagePath(location.pathname, base);
  const state: UrlState = { ...parsed.state };
  if (page.event !== undefined) state.event = page.event;
  if (page.lang !== undefined) state.lang = page.lang;
  return { ...parsed, state };
}

/**
 * The address of the current view. For the bundled dataset, the selected
 * event's page in the shown language (the index page when none is
 * selected), with the rest of the view in the query string; for another
 * dataset, the query string alone, naming the language whenever the page
 * would.
 */
export function locationOf(state: AppState, extra: { data?: string | undefined }, base: string) {
  const url = urlStateOf(state, extra);
  const root = base.endsWith('/') ? base : `${base}/`;
  if (extra.data) {
    // Another dataset has no pages: its query string names the language
    // wherever a page's path would (an event, or a view not in English).
    const named = url.lang !== undefined || url.event !== undefined || state.lang !== 'en';
    return `${root}${serializeUrlState(named ? { ...url, lang: state.lang } : url)}`;
  }
  const { event, lang, ...rest } = url;
  // The English index is the one page whose path names no language: a
  // language chosen there stays in the query string.
  const keepLang = event === undefined && state.lang === 'en' && lang !== undefined;
  return `${pagePath(root, state.lang, event)}${serializeUrlState(keepLang ? { ...rest, lang } : rest)}`;
}

/** The part of the store that a link carries. */
export function urlStateOf(state: AppState, extra: { data?: string | undefined }): UrlState {
  const out: UrlState = {};
  if (extra.data) out.data = extra.data;
  if (state.langChosen) out.lang = state.lang;
  if (state.selectedId) out.event = state.selectedId;
  if (state.thread) out.thread = state.thread;
  if (state.timeWindow) {
    // The store keeps windows inside years 1..9999; clamping again means a
    // window from elsewhere can never make the link writer throw.
    const from = isoDayFromMs(clampToCalendar(state.timeWindow.start));
    const to = isoDayFromMs(clampToCalendar(state.timeWindow.end));
    if (from < to) {
      out.from = from;
      out.to = to;
    }
  }
  if (state.mapView)
    out.map = { zoom: state.mapView.zoom, lat: state.mapView.lat, lng: state.mapView.lng };
  if (state.hiddenCategories.length)
    out.cat = CATEGORIES.filter((c) => !state.hiddenCategories.includes(c));
  if (state.query.trim()) out.q = state.query.trim();
  if (state.embed !== 'off') out.embed = state.embed === 'tools' ? 'tools' : '1';
  return out;
}

/**
 * Applies a parsed link to the store. Parameters present in the link win over
 * defaults: with `map`, selecting the event does not move the map; with
 * `from`/`to`, it does not pan the timeline. Returns what had to be ignored.
 */
export function applyUrlState(store: StoreApi, url: UrlState): IgnoredParam[] {
  const ignored: IgnoredParam[] = [];
  const state = store.getState();
  if (isLanguage(url.lang)) state.setLanguage(url.lang, true);
  state.setEmbed(url.embed === 'tools' ? 'tools' : url.embed === '1' ? 'compact' : 'off');
  if (url.cat)
    state.setVisibleCategories(
      url.cat.filter((c): c is Category => (CATEGORIES as readonly string[]).includes(c)),
    );
  else if (state.hiddenCategories.length) state.setVisibleCategories([...CATEGORIES]);
  state.setQuery(url.q ?? '');
  if (url.from && url.to) {
    const start = msFromIsoDay(url.from);
    const end = msFromIsoDay(url.to);
    const shown =
      start === null || end === null ? null : windowFromLink({ start, end }, state.extent);
    const value = `${url.from} – ${url.to}`;
    if (shown) {
      state.setTimeWindow(shown, 'url');
      // Narrower than the closest zoom, wider than the whole story or partly
      // outside it: shown as the timeline can, and said so.
      if (isoDayFromMs(shown.start) !== url.from || isoDayFromMs(shown.end) !== url.to)
        ignored.push({ key: 'from', value, reason: { code: 'windowAdjusted' } });
    } else ignored.push({ key: 'from', value, reason: { code: 'windowOutside' } });
  }
  if (url.map) state.setMapView(url.map, 'url');
  if (url.event && !state.eventIndex.has(url.event)) {
    ignored.push({
      key: 'event',
      value: url.event,
      reason: { code: 'unknownEvent' },
    });
    state.selectEvent(null, 'url');
  } else {
    // The thread first: selecting an event outside it would leave it.
    followThreadOf(state, url, ignored);
    state.selectEvent(url.event ?? null, 'url', {
      focusMap: !url.map,
      panTimeline: !(url.from && url.to),
    });
  }
  return ignored;
}

/** Follows the thread a link names, when the dataset has it (else says so). */
function followThreadOf(state: AppState, url: UrlState, ignored: IgnoredParam[]) {
  if (!url.thread) {
    state.followThread(null);
    return;
  }
  const thread = state.dataset?.threads?.find((t) => t.id === url.thread);
  if (thread && (!url.event || thread.events.includes(url.event))) state.followThread(thread.id);
  else {
    ignored.push({ key: 'thread', value: url.thread, reason: { code: 'unknownThread' } });
    state.followThread(null);
  }
}

interface SyncOptions {
  win?: Window;
  data?: string | undefined;
  /** The app's base path (Vite's BASE_URL). */
  base?: string;
  onIgnored?: (ignored: IgnoredParam[]) => void;
  /** A link that could not be written; syncing goes on with the next change. */
  onWriteError?: (error: unknown) => void;
}

/** Writes the change the running sync is still holding back (see REPLACE_THROTTLE_MS). */
let flushPending: (() => void) | null = null;

/**
 * Makes the address show the current view now: a change made in the last few
 * hundred milliseconds (a search being typed, a map being panned) reaches the
 * address only when the throttle lets it. Call before reading the address.
 */
export function flushLink(): void {
  flushPending?.();
}

/** The address of the current view, for Copy link, Share, Embed and Print. */
export function currentAddress(): string {
  flushLink();
  return window.location.href;
}

/**
 * Store -> history: selecting an event pushes an entry; pans, zooms, window
 * and filter changes replace the current one (throttled). `popstate` applies
 * the link to the store with a guard so that it does not write back.
 */
export function startUrlSync(store: StoreApi, options: SyncOptions = {}): () => void {
  const win = options.win ?? window;
  const extra = { data: options.data };
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastReplace = 0;

  const base = options.base ?? '/';
  const write = (mode: 'push' | 'replace', state: AppState) => {
    // A write that fails (a state the link cannot express, a browser that
    // refuses history calls) is reported; it must not end the subscription,
    // or the link would silently stop following the view.
    try {
      const target = `${locationOf(state, extra, base)}${win.location.hash}`;
      const current = `${win.location.pathname}${win.location.search}${win.location.hash}`;
      if (mode === 'replace' && target === current) return;
      if (mode === 'push') win.history.pushState(null, '', target);
      else {
        lastReplace = Date.now();
        win.history.replaceState(null, '', target);
      }
    } catch (error) {
      options.onWriteError?.(error);
    }
  };
  const flushReplace = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    write('replace', store.getState());
  };
  const scheduleReplace = () => {
    if (timer !== null) return;
    const wait = Math.max(0, REPLACE_THROTTLE_MS - (Date.now() - lastReplace));
    timer = setTimeout(flushReplace, wait);
  };

  const flush = () => {
    if (timer !== null) flushReplace();
  };
  flushPending = flush;

  const unsubscribe = store.subscribe((state, prev) => {
    if (applying || state.data.status !== 'ready') return;
    // Choosing another language is a step too: Back returns to the one before.
    const languageChosen = state.lang !== prev.lang && state.langChosen;
    if (
      (state.selectedId !== prev.selectedId && state.selectionOrigin !== 'url') ||
      languageChosen
    ) {
      // The entry being left keeps the view it had just before this selection.
      if (timer !== null) clearTimeout(timer);
      timer = null;
      write('replace', prev);
      // Closing an event (Escape) is a step too: Back reopens it.
      write('push', state);
      return;
    }
    if (
      state.timeWindow !== prev.timeWindow ||
      state.mapView !== prev.mapView ||
      state.hiddenCategories !== prev.hiddenCategories ||
      state.query !== prev.query ||
      state.thread !== prev.thread ||
      state.lang !== prev.lang ||
      // Choosing the language already shown still puts it in the link.
      state.langChosen !== prev.langChosen ||
      state.selectedId !== prev.selectedId
    ) {
      scheduleReplace();
    }
  });

  const onPopState = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const { state: url, ignored } = options.data
      ? readUrl(win.location.search)
      : readLocation(win.location, base);
    applying = true;
    try {
      const more = applyUrlState(store, url);
      const all = [...ignored, ...more];
      if (all.length) options.onIgnored?.(all);
    } finally {
      applying = false;
    }
    // An address that names no language (the index, in the browser's
    // language) brings that language back, after a switch it was left for.
    if (!isLanguage(url.lang)) {
      const language = detectLanguage(win.navigator.languages ?? []);
      if (language !== store.getState().lang) {
        applying = true;
        void store
          .getState()
          .chooseLanguage(language, false)
          .finally(() => {
            applying = false;
          });
      }
    }
  };
  win.addEventListener('popstate', onPopState);

  return function stopUrlSync() {
    if (flushPending === flush) flushPending = null;
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    if (timer !== null) clearTimeout(timer);
  };
}

/** Writes the canonical form of the current view without a new history entry. */
export function replaceWithCanonical(
  store: StoreApi,
  options: Pick<SyncOptions, 'win' | 'data' | 'base' | 'onWriteError'> = {},
) {
  const win = options.win ?? window;
  try {
    const target = locationOf(store.getState(), { data: options.data }, options.base ?? '/');
    win.history.replaceState(null, '', `${target}${win.location.hash}`);
  } catch (error) {
    options.onWriteError?.(error);
  }
}
