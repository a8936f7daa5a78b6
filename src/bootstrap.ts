import { loadDataset } from './data/loader';
import { datasetTitle } from './i18n/localize';
import { detectLanguage, isLanguage } from './i18n';
import { useAppStore } from './store';
import type { IgnoredParam } from './url/codec';
import { applyUrlState, readUrl, replaceWithCanonical, startUrlSync } from './url/sync';

export const DEFAULT_DATASET = `${import.meta.env.BASE_URL}data/cuba-syria.json`;

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
  const store = useAppStore;
  const { state: url, ignored } = readUrl(win.location.search);
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
    loadDataset(source),
    store.getState().chooseLanguage(lang, chosen),
  ]);
  if (!result.ok) {
    store.getState().setDataError(source, result.titleKey, result.problems, result.more);
    reportIgnored(ignored);
    return;
  }
  store.getState().setDataset(result.dataset, source);
  try {
    const more = applyUrlState(store, url);
    if (!store.getState().timeWindow)
      store.getState().setTimeWindow(store.getState().extent, 'user');
    reportIgnored([...ignored, ...more]);
    replaceWithCanonical(store, { win, data: url.data, onWriteError: reportLinkWriteError });
  } finally {
    // Whatever went wrong above, the link keeps following the view.
    stopSync = startUrlSync(store, {
      win,
      data: url.data,
      onIgnored: reportIgnored,
      onWriteError: reportLinkWriteError,
    });
  }
  stopTitle?.();
  stopTitle = followDocumentTitle(win);
}

/** The tab title is the dataset's title in the current language (set as text). */
function followDocumentTitle(win: Window): () => void {
  const apply = () => {
    const { dataset, lang } = useAppStore.getState();
    if (dataset) win.document.title = datasetTitle(dataset, lang);
  };
  apply();
  return useAppStore.subscribe((s, prev) => {
    if (s.lang !== prev.lang || s.dataset !== prev.dataset) apply();
  });
}
