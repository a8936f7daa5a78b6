import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { bootstrap } from './bootstrap';
import { useAppStore } from './store';
import { DEFAULT_DATASET } from './url/useEventHref';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-600.css';
import './styles.css';

const root = document.getElementById('root');
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

/**
 * A page prerendered at build time ("<lang> <event id>") is taken over in
 * place once the dataset has loaded, when the view is the one it shows: same
 * language, same event, no filter, no notice. Otherwise the app renders
 * afresh over it.
 */
function showsPrerenderedView(marker: string): boolean {
  const s = useAppStore.getState();
  const [lang = '', event = ''] = marker.split(' ');
  return (
    s.data.status === 'ready' &&
    s.data.source === DEFAULT_DATASET &&
    s.lang === lang &&
    (s.selectedId ?? '') === event &&
    s.hiddenCategories.length === 0 &&
    s.query === '' &&
    s.notices.length === 0
  );
}

// A link that changes what the page's prerendered story shows (another
// event, language or dataset, a filter or a search) is not served by it:
// render the app (and its loading message) at once instead.
const query = new URLSearchParams(window.location.search);
const changesStory = ['data', 'event', 'lang', 'cat', 'q'].some((key) => query.has(key));
if (root && root.dataset.prerendered !== undefined && !changesStory) {
  const marker = root.dataset.prerendered;
  void bootstrap()
    .catch(() => undefined)
    .then(() => {
      if (showsPrerenderedView(marker)) hydrateRoot(root, app);
      else createRoot(root).render(app);
    });
} else if (root) {
  // createRoot replaces whatever the page holds.
  createRoot(root).render(app);
  void bootstrap();
}
