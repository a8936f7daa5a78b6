import type { StateCreator } from 'zustand';
import { matchesQuery } from '../data/filter';
import { CATEGORIES } from '../data/types';
import { loadLanguage } from '../i18n';
import type { AppState, FilterSlice, MapSlice, TimelineSlice, UiSlice } from './types';
import { fitWindow } from '../timeline/window';

export const createTimelineSlice: StateCreator<AppState, [], [], TimelineSlice> = (set, get) => ({
  timeWindow: null,
  timeWindowOrigin: 'user',
  setTimeWindow: (window, origin) => {
    if (!(window.end > window.start) || !Number.isFinite(window.end - window.start)) return;
    // What the timeline can show (zoom limits, bounds): the store, the link
    // and the axis then always hold the same window.
    const fitted = fitWindow(window, get().extent);
    const current = get().timeWindow;
    if (current && current.start === fitted.start && current.end === fitted.end) return;
    set({
      timeWindow: { start: fitted.start, end: fitted.end },
      // A window the timeline reported but could not keep as it is goes back to it.
      timeWindowOrigin: fitted !== window && origin === 'timeline' ? 'user' : origin,
    });
  },
});

export const createMapSlice: StateCreator<AppState, [], [], MapSlice> = (set, get) => ({
  mapView: null,
  mapViewOrigin: 'user',
  setMapView: (view, origin) => {
    const current = get().mapView;
    if (
      current &&
      current.lat === view.lat &&
      current.lng === view.lng &&
      current.zoom === view.zoom
    )
      return;
    if (![view.lat, view.lng, view.zoom].every(Number.isFinite)) return;
    set({ mapView: { lat: view.lat, lng: view.lng, zoom: view.zoom }, mapViewOrigin: origin });
  },
});

export const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = (set, get) => ({
  hiddenCategories: [],
  query: '',
  toggleCategory: (category) =>
    set((s) => ({
      hiddenCategories: s.hiddenCategories.includes(category)
        ? s.hiddenCategories.filter((c) => c !== category)
        : CATEGORIES.filter((c) => c === category || s.hiddenCategories.includes(c)),
    })),
  setVisibleCategories: (categories) =>
    set({ hiddenCategories: CATEGORIES.filter((c) => !categories.includes(c)) }),
  setQuery: (query) => set({ query }),
  revealEvent: (id) => {
    const s = get();
    const event = s.events[s.eventIndex.get(id) ?? -1];
    if (!event) return;
    set({
      hiddenCategories: s.hiddenCategories.includes(event.category)
        ? s.hiddenCategories.filter((c) => c !== event.category)
        : s.hiddenCategories,
      query: matchesQuery(event, s.query, s.lang, s.dataset?.places) ? s.query : '',
    });
  },
});

let noticeSeq = 0;
const LINK_NOTICE = 'notice.linkIgnored';

let languageRequest = 0;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  lang: 'en',
  langChosen: false,
  setLanguage: (lang, chosen) => set((s) => ({ lang, langChosen: s.langChosen || chosen })),
  chooseLanguage: async (lang, chosen) => {
    const request = ++languageRequest;
    // A language whose messages fail to load still applies (English text, its direction).
    await loadLanguage(lang).catch(() => {});
    if (request !== languageRequest) return false;
    get().setLanguage(lang, chosen);
    return true;
  },
  notices: [],
  announcement: { text: '', seq: 0 },
  addNotice: (notice) => set((s) => ({ notices: [...s.notices, { ...notice, id: ++noticeSeq }] })),
  reportLink: (ignored) => {
    if (ignored.length === 0) return;
    set((s) => {
      const current = s.notices.find((n) => n.titleKey === LINK_NOTICE);
      if (!current) {
        const notice = { id: ++noticeSeq, kind: 'status', titleKey: LINK_NOTICE } as const;
        const titleParams = { count: ignored.length };
        return { notices: [...s.notices, { ...notice, titleParams, ignored }] };
      }
      const all = [...current.ignored, ...ignored];
      const merged = { ...current, ignored: all, titleParams: { count: all.length } };
      return { notices: s.notices.map((n) => (n === current ? merged : n)) };
    });
  },
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  announce: (text) => set((s) => ({ announcement: { text, seq: s.announcement.seq + 1 } })),
  embed: 'off',
  setEmbed: (embed) => set({ embed }),
});
