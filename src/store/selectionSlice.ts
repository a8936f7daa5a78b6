import type { StateCreator } from 'zustand';
import { periodEndMs, periodStartMs } from '../data/dates';
import { visibleEvents } from '../data/filter';
import type { AppState, Origin, SelectionSlice } from './types';
import { panWindowToInclude } from './window';

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => {
  function step(origin: Origin, pick: (visibleIds: string[], current: number) => number) {
    const state = get();
    const ids = visibleEvents(state.events, state.hiddenCategories, state.query, state.lang).map(
      (e) => e.id,
    );
    if (ids.length === 0) return;
    const current = state.selectedId === null ? -1 : ids.indexOf(state.selectedId);
    const next = pick(ids, current);
    const id = ids[Math.max(0, Math.min(ids.length - 1, next))];
    if (id !== undefined && id !== state.selectedId) state.selectEvent(id, origin);
  }

  return {
    selectedId: null,
    selectionOrigin: 'user',
    mapFocusRequest: null,
    selectEvent: (id, origin, options) => {
      const state = get();
      if (id === null) {
        if (state.selectedId !== null) set({ selectedId: null, selectionOrigin: origin });
        return;
      }
      const index = state.eventIndex.get(id);
      const event = index === undefined ? undefined : state.events[index];
      if (!event) return;
      const patch: Partial<AppState> = { selectedId: id, selectionOrigin: origin };
      if ((options?.focusMap ?? true) && event.places.length > 0) {
        patch.mapFocusRequest = {
          seq: (state.mapFocusRequest?.seq ?? 0) + 1,
          placeIds: event.places,
        };
      }
      if ((options?.panTimeline ?? true) && state.timeWindow) {
        const start = periodStartMs(event.start);
        const end = event.end ? periodEndMs(event.end) : start;
        const panned = panWindowToInclude(state.timeWindow, start, end);
        if (panned !== state.timeWindow) {
          // The timeline applies moves that did not come from itself; a pan
          // caused by a click on the timeline must still be applied.
          patch.timeWindow = panned;
          patch.timeWindowOrigin = origin === 'timeline' ? 'user' : origin;
        }
      }
      set(patch);
    },
    selectNext: (origin) => step(origin, (_ids, i) => i + 1),
    selectPrevious: (origin) => step(origin, (ids, i) => (i === -1 ? ids.length - 1 : i - 1)),
    selectFirst: (origin) => step(origin, () => 0),
    selectLast: (origin) => step(origin, (ids) => ids.length - 1),
    focusPlaces: (placeIds) =>
      set((s) => ({ mapFocusRequest: { seq: (s.mapFocusRequest?.seq ?? 0) + 1, placeIds } })),
  };
};
