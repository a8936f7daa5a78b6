/**
 * Build-time rendering (react-dom/server) of the app itself, so that every
 * page's HTML holds what the reader will see before any script runs: the
 * story of the event, Previous and Next, the list of events. The browser then
 * takes this HTML over (hydration) without redrawing it. The map and the
 * timeline exist only in a browser: their panes hold their place.
 *
 * Each page is rendered from a store of its own, loaded as the app loads it,
 * so that nothing one page sets can show on another. The app's modules
 * import in Node as they are: no DOM is needed.
 */
import { StrictMode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { App } from '../App';
import { formatDateRange } from '../data/dates';
import { CATEGORIES, type Dataset } from '../data/types';
import { directionOf, intlLocale, loadLanguage, translate, type Language } from '../i18n';
import { datasetTitle, eventText, pageTitle, placeText } from '../i18n/localize';
import { createAppStore, StoreProvider, type AppState } from '../store';
import { DEFAULT_DATASET } from '../url/useEventHref';
import { TimelinePicture } from '../timeline/TimelinePicture';
import { BuiltPicture } from '../timeline/TimelinePictureLayer';

export { LANGUAGES } from '../i18n';
export { pagePath } from '../url/paths';
export { renderHead, renderNotFound, type HeadProps } from './PageHead';
export { checkBundledDataset } from './bundledDataset';
export { escapeHtml, notFoundDocument, pageDocument, withoutIsolates } from './document';

/** A store loaded with the dataset, showing one page: as the app is when it opens that page. */
function pageStore(dataset: Dataset, lang: Language, eventId: string | null) {
  const store = createAppStore();
  const s = store.getState();
  s.setDataset(dataset, DEFAULT_DATASET);
  s.setLanguage(lang, true);
  s.setVisibleCategories([...CATEGORIES]);
  s.setQuery('');
  s.selectEvent(eventId, 'url', { focusMap: false, panTimeline: false });
  return store;
}

/** Loads the languages' messages (once, before rendering). */
export async function loadLanguages(languages: readonly Language[]): Promise<void> {
  await Promise.all(languages.map((lang) => loadLanguage(lang)));
}

/** Ids of the events in the app's chronological order. */
export function orderedEventIds(dataset: Dataset): string[] {
  const store = createAppStore();
  store.getState().setDataset(dataset, DEFAULT_DATASET);
  return store.getState().events.map((e) => e.id);
}

export interface RenderedPage {
  /** The app's HTML for the page. */
  app: string;
  text: PageText;
}

/** One page, the index (no event) or an event's page, in a language (its messages loaded). */
export function renderPage(dataset: Dataset, lang: Language, eventId: string | null): RenderedPage {
  const store = pageStore(dataset, lang, eventId);
  // The timeline's picture, as markup the browser's React leaves as it is (TimelinePictureLayer).
  const picture = renderToStaticMarkup(
    <StoreProvider store={store}>
      <TimelinePicture />
    </StoreProvider>,
  );
  const app = renderToString(
    <StrictMode>
      <StoreProvider store={store}>
        <BuiltPicture.Provider value={picture}>
          <App />
        </BuiltPicture.Provider>
      </StoreProvider>
    </StrictMode>,
  );
  return { app, text: pageText(store.getState(), lang, eventId) };
}

/** Shortens text at a word boundary to at most `max` characters, with an ellipsis. */
export function shorten(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, () => '')}…`;
}

export interface PageText {
  title: string;
  description: string;
  /** Category and date of an event page. */
  kicker: string;
  category?: string;
  headline: string;
  site: string;
  dir: 'ltr' | 'rtl';
  /** Alt text of the preview image. */
  imageAlt: string;
  /** Places of the event (or none on the index page), for the preview's map. */
  placeIds: string[];
  placeNames: string[];
  concernsBoth: boolean;
}

/** The text of a page's head and preview image, from the app's own formatting code. */
function pageText(state: AppState, lang: Language, eventId: string | null): PageText {
  const { dataset, events, eventIndex } = state;
  if (!dataset) throw new Error('the page has no dataset');
  const site = datasetTitle(dataset, lang);
  const event = eventId ? events[eventIndex.get(eventId) ?? -1] : undefined;
  const dir = directionOf(lang);
  const embassies = dataset.places.filter((p) => p.kind === 'embassy').map((p) => p.id);
  if (!event) {
    const from = events[0]?.start.slice(0, 4) ?? '';
    const to = events.reduce((max, e) => ((e.end ?? e.start) > max ? (e.end ?? e.start) : max), '');
    return {
      title: site,
      description: shorten(translate(lang, 'about.intro')),
      kicker: translate(lang, 'preview.indexSubtitle', {
        from,
        to: to.slice(0, 4),
        count: events.length,
      }),
      headline: site,
      site,
      dir,
      imageAlt: translate(lang, 'preview.indexAlt', { title: site }),
      placeIds: embassies,
      placeNames: [],
      concernsBoth: false,
    };
  }
  const text = eventText(event, lang);
  const date = formatDateRange(event.start, event.end, intlLocale(lang));
  const category = translate(lang, `category.${event.category}` as Parameters<typeof translate>[1]);
  const names = dataset.places
    .filter((p) => event.places.includes(p.id))
    .map((p) => placeText(p, lang).name);
  return {
    title: pageTitle(dataset, lang, event),
    description: shorten(`${date}. ${text.summary}`),
    kicker: `${category} · ${date}`,
    category: event.category,
    headline: text.title,
    site,
    dir,
    imageAlt: translate(lang, 'preview.eventAlt', {
      title: text.title,
      date,
      places: names.join(', ') || site,
    }),
    placeIds: event.places,
    placeNames: names,
    concernsBoth: embassies.length === 2 && embassies.every((id) => event.places.includes(id)),
  };
}
