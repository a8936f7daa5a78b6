import { loadDataset } from './data/loader';
import { useAppStore } from './store';
import type { IgnoredParam } from './url/codec';
import { applyUrlState, readUrl, replaceWithCanonical, startUrlSync } from './url/sync';

export const DEFAULT_DATASET = `${import.meta.env.BASE_URL}data/cuba-syria.json`;

function describeIgnored(ignored: IgnoredParam[]): string[] {
  return ignored.map((i) => `${i.key ? `${i.key}=` : ''}${i.value}: ${i.reason}`);
}

export function reportIgnored(ignored: IgnoredParam[]) {
  if (ignored.length === 0) return;
  useAppStore.getState().addNotice({
    kind: 'status',
    title: `Part of this link was ignored (${ignored.length} ${ignored.length === 1 ? 'item' : 'items'}):`,
    lines: describeIgnored(ignored),
  });
}

let stopSync: (() => void) | null = null;

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
  const result = await loadDataset(source);
  if (!result.ok) {
    store.getState().setDataError(source, result.title, result.problems);
    reportIgnored(ignored);
    return;
  }
  store.getState().setDataset(result.dataset, source);
  win.document.title = `${result.dataset.title} – timeline and map`;
  const more = applyUrlState(store, url);
  if (!store.getState().timeWindow) store.getState().setTimeWindow(store.getState().extent, 'user');
  reportIgnored([...ignored, ...more]);
  replaceWithCanonical(store, { win, data: url.data, lang: url.lang });
  stopSync = startUrlSync(store, { win, data: url.data, lang: url.lang, onIgnored: reportIgnored });
}
