import type { StateCreator } from 'zustand';
import { periodEndMs, periodStartMs } from '../data/dates';
import { visibleEvents } from '../data/filter';
import type { AppState, Origin, SelectionSlice } from './types';
import { fitWindow, panWindowToInclude } from './window';

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => {
  /**
   * Moves the selection among the visible events. A selection hidden by the
   * filters still has a place in time: "next" is then the first visible event
   * after it, "previous" the last one before it.
   */
  function step(origin: Origin, move: 'next' | 'previous' | 'first' | 'last') {
    const state = get();
    const visible = visibleEvents(
      state.events,
      state.hiddenCategories,
      state.query,
      state.lang,
      state.dataset?.places,
    );
    if (visible.length === 0) return;
    const current =
      state.selectedId === null ? -1 : visible.findIndex((e) => e.id === state.selectedId);
    const at = state.selectedId === null ? undefined : state.eventIndex.get(state.selectedId);
    let target: number;
    if (move === 'first') target = 0;
    else if (move === 'last') target = visible.length - 1;
    else if (current === -1 && at !== undefined) {
      const after = visible.findIndex((e) => (state.eventIndex.get(e.id) ?? -1) > at);
      const firstAfter = after === -1 ? visible.length : after;
      target = move === 'next' ? firstAfter : firstAfter - 1;
    } else if (current === -1) target = move === 'next' ? 0 : visible.length - 1;
    else target = move === 'next' ? current + 1 : current - 1;
    const id = visible[Math.max(0, Math.min(visible.length - 1, target))]?.id;
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
        const panned = fitWindow(panWindowToInclude(state.timeWindow, start, end), state.extent);
        if (panned !== state.timeWindow) {
          // The timeline applies moves that did not come from itself; a pan
          // caused by a click on the timeline must still be applied.
          patch.timeWindow = panned;
          patch.timeWindowOrigin = origin === 'timeline' ? 'user' : origin;
        }
      }
      set(patch);
    },
    selectNext: (origin) => step(origin, 'next'),
    selectPrevious: (origin) => step(origin, 'previous'),
    selectFirst: (origin) => step(origin, 'first'),
    selectLast: (origin) => step(origin, 'last'),
    focusPlaces: (placeIds) =>
      set((s) => ({ mapFocusRequest: { seq: (s.mapFocusRequest?.seq ?? 0) + 1, placeIds } })),
  };
};
