import type { StateCreator } from 'zustand';
import { sortEvents } from '../data/dates';
import { indexSources } from '../data/sources';
import { spansOf } from '../data/spans';
import type { AppState, DataSlice } from './types';
import { extentWithMargin } from '../timeline/window';

const EMPTY_EXTENT = extentWithMargin(Date.UTC(1965, 0, 1), Date.UTC(2025, 0, 1));

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  data: { status: 'loading', source: '' },
  dataset: null,
  events: [],
  eventIndex: new Map(),
  spans: spansOf([]),
  sourceIndex: indexSources({ sources: [] }, []),
  extent: EMPTY_EXTENT,
  startLoading: (source) => set({ data: { status: 'loading', source } }),
  setLoadProgress: (source, progress) =>
    set((s) =>
      s.data.status === 'loading' && s.data.source === source
        ? { data: { status: 'loading', source, progress } }
        : {},
    ),
  setDataset: (dataset, source) => {
    const events = sortEvents(dataset.events);
    const eventIndex = new Map(events.map((e, i) => [e.id, i]));
    const spans = spansOf(events);
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < events.length; i++) {
      min = Math.min(min, spans.start[i]!);
      max = Math.max(max, spans.end[i]!);
    }
    const extent = events.length ? extentWithMargin(min, max) : EMPTY_EXTENT;
    const sourceIndex = indexSources(dataset, events);
    set({
      data: { status: 'ready', source },
      dataset,
      events,
      eventIndex,
      spans,
      sourceIndex,
      extent,
    });
  },
  setDataError: (source, titleKey, problems, more = 0) =>
    set({
      data: { status: 'error', source, titleKey, problems, more },
      dataset: null,
      events: [],
      eventIndex: new Map(),
      spans: spansOf([]),
      sourceIndex: indexSources({ sources: [] }, []),
    }),
});
