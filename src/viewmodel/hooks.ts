/**
 * The view-model's values for React components: each hook reads one derived
 * value of the app's store, memoised there, so a component re-renders only
 * when that value changes.
 */
import type { Place, TimelineEvent } from '../data/types';
import { useAppStore } from '../store';
import type { Chapter, Neighbours } from './viewModel';

const view = useAppStore.view;

export function useVisibleEvents(): TimelineEvent[] {
  return useAppStore(view.visibleEvents);
}

export function useSelectedEvent(): TimelineEvent | undefined {
  return useAppStore(view.selectedEvent);
}

export function useNeighbours(): Neighbours {
  return useAppStore(view.neighbours);
}

export function useEventsByPlace(): ReadonlyMap<string, TimelineEvent[]> {
  return useAppStore(view.eventsByPlace);
}

export function usePlaceById(): ReadonlyMap<string, Place> {
  return useAppStore(view.placeById);
}

export function useChapters(): Chapter[] {
  return useAppStore(view.chapters);
}

export function useSelectedChapter(): Chapter | undefined {
  return useAppStore(view.selectedChapter);
}
