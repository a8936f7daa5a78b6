import type { SourceIndex } from '../data/sources';
import type { Spans } from '../data/spans';
import type { Category, Dataset, TimelineEvent } from '../data/types';
import type { Language, MessageKey, Params } from '../i18n';
import type { IgnoredParam } from '../url/codec';

/** Where an update that moves a view came from. A widget ignores its own updates. */
export type Origin = 'timeline' | 'map' | 'url' | 'user' | 'tour';

export type { TimeWindow } from '../data/spans';
export type { MapView } from '../url/mapParam';
import type { TimeWindow } from '../data/spans';
import type { MapView } from '../url/mapParam';

export interface Notice {
  id: number;
  kind: 'status' | 'alert';
  /** Translated when shown, so that a language switch applies to it too. */
  titleKey: MessageKey;
  titleParams?: Params;
  /** The parts of a link that were ignored, and why (reasons translated when shown). */
  ignored: IgnoredParam[];
}

export type DataState =
  | {
      status: 'loading';
      source: string;
      /** Bytes received, then the check; absent until the first bytes come. */
      progress?: LoadProgress;
    }
  | { status: 'ready'; source: string }
  | {
      status: 'error';
      source: string;
      titleKey: MessageKey;
      problems: LoadProblem[];
      /** Problems found but not listed. */
      more: number;
    };

export type { LoadProblem, LoadProgress } from '../data/loader';
import type { LoadProblem, LoadProgress } from '../data/loader';

export interface DataSlice {
  data: DataState;
  dataset: Dataset | null;
  /** Events in chronological order (derived once when the dataset loads). */
  events: TimelineEvent[];
  eventIndex: Map<string, number>;
  /** Start and end of each event in `events`, in ms (dates parsed once). */
  spans: Spans;
  /** The source registry, indexed (derived once when the dataset loads). */
  sourceIndex: SourceIndex;
  /** Full extent of the story, with a margin, used for "show all" and bounds. */
  extent: TimeWindow;
  startLoading: (source: string) => void;
  /** How far the load of `source` has come (ignored once that load is over). */
  setLoadProgress: (source: string, progress: LoadProgress) => void;
  setDataset: (dataset: Dataset, source: string) => void;
  setDataError: (
    source: string,
    titleKey: MessageKey,
    problems: LoadProblem[],
    more?: number,
  ) => void;
}

export interface SelectionSlice {
  selectedId: string | null;
  /** The thread the reader follows: Previous and Next step through its events. */
  thread: string | null;
  /** Follows a thread of the dataset (null: the whole story again). */
  followThread: (id: string | null) => void;
  selectionOrigin: Origin;
  /** Increments on every selection that should move the map to the event's places. */
  mapFocusRequest: { seq: number; placeIds: string[] } | null;
  selectEvent: (
    id: string | null,
    origin: Origin,
    options?: { focusMap?: boolean; panTimeline?: boolean },
  ) => void;
  selectNext: (origin: Origin) => void;
  selectPrevious: (origin: Origin) => void;
  selectFirst: (origin: Origin) => void;
  selectLast: (origin: Origin) => void;
  focusPlaces: (placeIds: string[]) => void;
}

export interface TimelineSlice {
  timeWindow: TimeWindow | null;
  timeWindowOrigin: Origin;
  setTimeWindow: (window: TimeWindow, origin: Origin) => void;
}

export interface MapSlice {
  mapView: MapView | null;
  mapViewOrigin: Origin;
  setMapView: (view: MapView, origin: Origin) => void;
}

export interface FilterSlice {
  hiddenCategories: Category[];
  query: string;
  toggleCategory: (category: Category) => void;
  setVisibleCategories: (categories: Category[]) => void;
  setQuery: (query: string) => void;
  /** Lifts the filters that hide an event: shows its category; clears a search it does not match. */
  revealEvent: (id: string) => void;
}

export interface UiSlice {
  lang: Language;
  /** True once the language came from the link or the switch (it then goes in the link). */
  langChosen: boolean;
  setLanguage: (lang: Language, chosen: boolean) => void;
  /**
   * Loads a language's messages, then switches to it, unless another
   * language was asked for in the meantime: the last choice wins. Resolves
   * true if this choice was applied.
   */
  chooseLanguage: (lang: Language, chosen: boolean) => Promise<boolean>;
  notices: Notice[];
  announcement: { text: string; seq: number };
  addNotice: (notice: Omit<Notice, 'id'>) => void;
  /**
   * Says what a link asked for that could not be used as given: added to the
   * notice about the link when one is shown (one short notice), else a new one.
   */
  reportLink: (ignored: IgnoredParam[]) => void;
  dismissNotice: (id: number) => void;
  announce: (text: string) => void;
  /** The compact view for iframes (from the link's `embed=`); `tools` keeps the language switch and tour. */
  embed: 'off' | 'compact' | 'tools';
  setEmbed: (embed: 'off' | 'compact' | 'tools') => void;
}

export type AppState = DataSlice &
  SelectionSlice &
  TimelineSlice &
  MapSlice &
  FilterSlice &
  UiSlice;
