/**
 * Build-time rendering (react-dom/server) of the app itself, so that every
 * page's HTML holds what the reader will see before any script runs: the
 * story of the event, Previous and Next, the list of events. The browser then
 * takes this HTML over (hydration) without redrawing it. The map and the
 * timeline exist only in a browser: their panes hold their place.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '../App';
import { formatDateRange } from '../data/dates';
import { validateDataset } from '../data/schema';
import { CATEGORIES, type Dataset, type TimelineEvent } from '../data/types';
import { directionOf, intlLocale, loadLanguage, translate, type Language } from '../i18n';
import { datasetTitle, eventText, pageTitle, placeText } from '../i18n/localize';
import { useAppStore } from '../store';
import { DEFAULT_DATASET } from '../url/useEventHref';

export { LANGUAGES } from '../i18n';
export { pagePath } from '../url/paths';

/** Validates the dataset and loads it into the store, as the app does. */
export function prepare(json: unknown): Dataset {
  const result = validateDataset(json);
  if (!result.ok) throw new Error(`the bundled dataset is invalid: ${result.problems[0]?.message}`);
  useAppStore.getState().setDataset(result.dataset, DEFAULT_DATASET);
  return result.dataset;
}

/** Events in the app's chronological order. */
export function orderedEvents(): TimelineEvent[] {
  return useAppStore.getState().events;
}

/** The app's HTML for one page: the index (no event) or an event's page, in a language. */
export async function renderApp(lang: Language, eventId: string | null): Promise<string> {
  await loadLanguage(lang);
  const s = useAppStore.getState();
  s.setLanguage(lang, true);
  s.setVisibleCategories([...CATEGORIES]);
  s.setQuery('');
  s.selectEvent(eventId, 'url', { focusMap: false, panTimeline: false });
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

/** Shortens text at a word boundary to at most `max` characters, with an ellipsis. */
export function shorten(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
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
export async function pageText(lang: Language, eventId: string | null): Promise<PageText> {
  await loadLanguage(lang);
  const { dataset, events } = useAppStore.getState();
  if (!dataset) throw new Error('prepare() the dataset first');
  const site = datasetTitle(dataset, lang);
  const event = eventId ? events.find((e) => e.id === eventId) : undefined;
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
