import type { TimelineEvent } from '../data/types';
import { useAppStore } from '../store';

export function useSelectedEvent(): TimelineEvent | undefined {
  return useAppStore((s) =>
    s.selectedId ? s.events[s.eventIndex.get(s.selectedId) ?? -1] : undefined,
  );
}
