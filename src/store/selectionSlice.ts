import type { StateCreator } from 'zustand';
import type { TimelineEvent } from '../data/types';
import type { ViewModel } from '../viewmodel/viewModel';
import type { AppState, Origin, SelectionSlice, TimeWindow } from './types';
import { fitWindow, panWindowToInclude } from '../timeline/window';

export const createSelectionSlice =
  (view: ViewModel): StateCreator<AppState, [], [], SelectionSlice> =>
  (set, get) => {
    /**
     * The window for a new selection. Chosen on the timeline itself, the
     * reader's zoom is kept and the window pans only as far as needed; chosen
     * anywhere else (Next, the list, the map, a link, the tour), the timeline
     * frames the event and two neighbours on each side, so that their labels
     * can be read.
     */
    function windowFor(state: AppState, id: string, index: number, origin: Origin): TimeWindow {
      const span = { start: state.spans.start[index]!, end: state.spans.end[index]! };
      if (origin === 'timeline' && state.timeWindow)
        return fitWindow(panWindowToInclude(state.timeWindow, span.start, span.end), state.extent);
      return view.frameFor(state, id);
    }

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
      thread: null,
      followThread: (id) => {
        const state = get();
        const known = id !== null && !!state.dataset?.threads?.some((t) => t.id === id);
        set({ thread: known ? id : null });
      },
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
        // An event outside the thread being followed leaves the thread.
        const followed = state.thread
          ? state.dataset?.threads?.find((t) => t.id === state.thread)
          : undefined;
        if (followed && !followed.events.includes(id)) patch.thread = null;
        if ((options?.focusMap ?? true) && event.places.length > 0) {
          patch.mapFocusRequest = {
            seq: (state.mapFocusRequest?.seq ?? 0) + 1,
            placeIds: event.places,
          };
        }
        if (options?.panTimeline ?? true) {
          const moved = windowFor(state, id, index!, origin);
          const current = state.timeWindow;
          if (!current || moved.start !== current.start || moved.end !== current.end) {
            // The timeline applies moves that did not come from itself; a pan
            // caused by a click on the timeline must still be applied.
            patch.timeWindow = moved;
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
