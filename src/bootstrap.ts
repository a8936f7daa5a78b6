import { loadDataset } from './data/loader';
import { pageTitle } from './i18n/localize';
import { detectLanguage, isLanguage, loadLanguage } from './i18n';
import { useAppStore } from './store';
import type { IgnoredParam } from './url/codec';
import { DEFAULT_DATASET } from './url/useEventHref';
import { applyUrlState, readLocation, replaceWithCanonical, startUrlSync } from './url/sync';

export function reportIgnored(ignored: IgnoredParam[]) {
  if (ignored.length === 0) return;
  useAppStore.getState().addNotice({
    kind: 'status',
    titleKey: 'notice.linkIgnored',
    titleParams: { count: ignored.length },
    ignored,
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
  const base = import.meta.env.BASE_URL;
  const { state: url, ignored } = readLocation(win.location, base);
  const source = url.data ?? DEFAULT_DATASET;
  store.getState().startLoading(source);
  const chosen = isLanguage(url.lang);
  const lang = isLanguage(url.lang)
    ? url.lang
    : store.getState().langChosen
      ? store.getState().lang
      : detectLanguage(win.navigator.languages ?? []);
  // The dataset and the language's messages load in parallel.
  const [result] = await Promise.all([loadDataset(source), loadLanguage(lang).catch(() => {})]);
  store.getState().setLanguage(lang, chosen);
  if (!result.ok) {
    store.getState().setDataError(source, result.titleKey, result.problems);
    reportIgnored(ignored);
    return;
  }
  store.getState().setDataset(result.dataset, source);
  const more = applyUrlState(store, url);
  if (!store.getState().timeWindow) store.getState().setTimeWindow(store.getState().extent, 'user');
  reportIgnored([...ignored, ...more]);
  replaceWithCanonical(store, { win, data: url.data, base });
  stopSync = startUrlSync(store, { win, data: url.data, base, onIgnored: reportIgnored });
  stopTitle?.();
  stopTitle = followDocumentTitle(win);
}

/** The tab title names the selected event and the dataset, in the current language (set as text). */
function followDocumentTitle(win: Window): () => void {
  const apply = () => {
    const { dataset, lang, selectedId, events, eventIndex } = useAppStore.getState();
    const event = selectedId ? events[eventIndex.get(selectedId) ?? -1] : undefined;
    if (dataset) win.document.title = pageTitle(dataset, lang, event);
  };
  apply();
  return useAppStore.subscribe((s, prev) => {
    if (s.lang !== prev.lang || s.dataset !== prev.dataset || s.selectedId !== prev.selectedId)
      apply();
  });
}
