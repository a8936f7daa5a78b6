import type { StateCreator } from 'zustand';
import { periodEndMs, periodStartMs } from '../data/dates';
import type { TimelineEvent } from '../data/types';
import type { ViewModel } from '../viewmodel/viewModel';
import type { AppState, Origin, SelectionSlice } from './types';
import { fitWindow, panWindowToInclude } from './window';

export const createSelectionSlice =
  (view: ViewModel): StateCreator<AppState, [], [], SelectionSlice> =>
  (set, get) => {
    /**
     * Moves the selection among the visible events, by the view-model's one
     * rule for neighbours (a selection hidden by the filters keeps its place
     * in time). At either end, Next and Previous stay where they are.
     */
    function step(origin: Origin, move: 'next' | 'previous' | 'first' | 'last') {
      const state = get();
      const visible = view.visibleEvents(state);
      let target: TimelineEvent | undefined;
      if (move === 'first') target = visible[0];
      else if (move === 'last') target = visible[visible.length - 1];
      else target = view.neighbours(state)[move];
      if (target && target.id !== state.selectedId) state.selectEvent(target.id, origin);
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
