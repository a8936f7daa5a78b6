import { create } from 'zustand';
import { createDataSlice } from './dataSlice';
import { createSelectionSlice } from './selectionSlice';
import type { AppState } from './types';
import {
  createFilterSlice,
  createMapSlice,
  createTimelineSlice,
  createUiSlice,
} from './viewSlices';

export type * from './types';

/** Builds a fresh store (the app uses one; tests make their own). */
export function createAppStore() {
  return create<AppState>()((...a) => ({
    ...createDataSlice(...a),
    ...createSelectionSlice(...a),
    ...createTimelineSlice(...a),
    ...createMapSlice(...a),
    ...createFilterSlice(...a),
    ...createUiSlice(...a),
  }));
}

export const useAppStore = createAppStore();
