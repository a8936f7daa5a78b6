import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createDataSlice } from './dataSlice';
import { createSelectionSlice } from './selectionSlice';
import type { AppState } from './types';
import { createViewModel, type ViewModel } from '../viewmodel/viewModel';
import {
  createFilterSlice,
  createMapSlice,
  createTimelineSlice,
  createUiSlice,
} from './viewSlices';

export type * from './types';
export type { Neighbours, ViewModel } from '../viewmodel/viewModel';

/**
 * The store the components below read instead of the app's one: the
 * prerender renders each page from a store of its own. The app provides none.
 */
const StoreContext = createContext<StoreApi<AppState> | null>(null);

export function StoreProvider({
  store,
  children,
}: {
  store: StoreApi<AppState>;
  children: ReactNode;
}) {
  return createElement(StoreContext.Provider, { value: store }, children);
}

/** Builds a fresh store (the app uses one; tests make their own). */
export function createAppStore() {
  // The store's own view-model: derived values memoised for this store only.
  const view: ViewModel = createViewModel();
  const api = createStore<AppState>()((...a) => ({
    ...createDataSlice(...a),
    ...createSelectionSlice(view)(...a),
    ...createTimelineSlice(...a),
    ...createMapSlice(...a),
    ...createFilterSlice(...a),
    ...createUiSlice(...a),
  }));
  // zustand renders `getInitialState()` on the server and while hydrating.
  // Pages are rendered at build time from a loaded store, and taken over in
  // the browser once the same store has loaded: both must see the current
  // state, so that the browser's first render matches the page's HTML.
  api.getInitialState = api.getState;
  function useBoundStore(): AppState;
  function useBoundStore<T>(selector: (state: AppState) => T): T;
  function useBoundStore<T>(selector?: (state: AppState) => T) {
    return useStore(
      useContext(StoreContext) ?? api,
      selector ?? ((s: AppState) => s as unknown as T),
    );
  }
  return Object.assign(useBoundStore, api, { view });
}

export const useAppStore = createAppStore();
