import { loadDataset, loadLimits, type OnLoadProgress } from './data/loader';
import { pageTitle } from './i18n/localize';
import { detectLanguage, isLanguage } from './i18n';
import { useAppStore } from './store';
import type { IgnoredParam } from './url/codec';
import { DEFAULT_DATASET } from './url/useEventHref';
import { applyUrlState, readLocation, replaceWithCanonical, startUrlSync } from './url/sync';
import { markOnce, measureSince, now, timed } from './lib/perf';

export function reportIgnored(ignored: IgnoredParam[]) {
  useAppStore.getState().reportLink(ignored);
}

let linkWriteErrorShown = false;

/** Says once that the link could not follow the view (the view itself still works). */
function reportLinkWriteError(error: unknown) {
  console.warn('The link could not be updated:', error);
  if (linkWriteErrorShown) return;
  linkWriteErrorShown = true;
  useAppStore.getState().addNotice({
    kind: 'alert',
    titleKey: 'notice.linkNotUpdated',
    titleParams: { detail: error instanceof Error ? error.message : String(error) },
    ignored: [],
  });
}

let stopSync: (() => void) | null = null;
let stopTitle: (() => void) | null = null;

/**
 * Reads the link, loads the dataset it names (or the bundled one), applies
 * the rest of the link, rewrites the URL canonically and starts syncing.
 * Safe to call again (Retry after a failed load).
 */
export async function bootstrap(win: Window = window) {
  stopSync?.();
  stopSync = null;
  const started = now();
  const store = useAppStore;
  const base = import.meta.env.BASE_URL;
  const { state: url, ignored } = readLocation(win.location, base);
  const source = url.data ?? DEFAULT_DATASET;
  store.getState().startLoading(source);
  // A language chosen before (by the switch, or by the link of an earlier
  // attempt) is kept: Retry must not undo the reader's choice.
  const before = store.getState();
  const chosen = before.langChosen || isLanguage(url.lang);
  const lang = before.langChosen
    ? before.lang
    : isLanguage(url.lang)
      ? url.lang
      : detectLanguage(win.navigator.languages ?? []);
  // The dataset and the language's messages load in parallel. A language
  // chosen with the switch meanwhile is a later choice, and wins.
  const [result] = await Promise.all([
    loadDataset(source, fetch, loadLimits(), followLoadProgress(source)),
    store.getState().chooseLanguage(lang, chosen),
  ]);
  if (!result.ok) {
    store.getState().setDataError(source, result.titleKey, result.problems, result.more);
    reportIgnored(ignored);
    return;
  }
  measureSince('app: dataset and language loaded', started, true);
  timed('app: store the dataset', () => store.getState().setDataset(result.dataset, source), true);
  markOnce('app: dataset stored');
  const linkStart = now();
  try {
    const more = applyUrlState(store, url);
    if (!store.getState().timeWindow)
      store.getState().setTimeWindow(store.getState().extent, 'user');
    reportIgnored([...ignored, ...more]);
    replaceWithCanonical(store, { win, data: url.data, base, onWriteError: reportLinkWriteError });
  } finally {
    // Whatever went wrong above, the link keeps following the view.
    stopSync = startUrlSync(store, {
      win,
      data: url.data,
      base,
      onIgnored: reportIgnored,
      onWriteError: reportLinkWriteError,
    });
    measureSince('app: apply the link', linkStart, true);
  }
  stopTitle?.();
  stopTitle = followDocumentTitle(win);
}

/** From this size on, the check of a dataset is shown before it runs (it holds the page a while). */
const SHOW_CHECK_FROM_BYTES = 2_000_000;

/**
 * Passes the load's progress to the store (at most every 100 ms, so that a
 * body in many small pieces does not re-render the page for each), and
 * before the check of a large file lets the page paint "Checking…".
 */
function followLoadProgress(source: string): OnLoadProgress {
  let shown = 0;
  let received = 0;
  return (progress) => {
    const store = useAppStore.getState();
    if (progress.phase === 'download') {
      received = progress.received;
      const at = now();
      if (at - shown < 100 && progress.received !== progress.total) return;
      shown = at;
      store.setLoadProgress(source, progress);
      return;
    }
    if (received < SHOW_CHECK_FROM_BYTES) return;
    store.setLoadProgress(source, progress);
    // Two frames: the first paints the step, the second starts after it.
    // (A hidden tab runs no frames: a timer lets the load go on there.)
    return new Promise<void>((resolve) => {
      requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      setTimeout(resolve, 100);
    });
  };
}

/** The tab title names the selected event and the dataset, in the current language (set as text). */
function followDocumentTitle(win: Window): () => void {
  const apply = () => {
    const state = useAppStore.getState();
    const { dataset, lang } = state;
    const event = useAppStore.view.selectedEvent(state);
    if (dataset) win.document.title = pageTitle(dataset, lang, event);
  };
  apply();
  return useAppStore.subscribe((s, prev) => {
    if (s.lang !== prev.lang || s.dataset !== prev.dataset || s.selectedId !== prev.selectedId)
      apply();
  });
}
