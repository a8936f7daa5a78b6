/**
 * The public dataset format (see README, "Dataset format").
 * Dates are ISO 8601 strings whose length is their precision:
 * "2024" (year), "2024-12" (month), "2024-12-08" (day).
 */

export const CATEGORIES = [
  'diplomatic',
  'political',
  'cultural',
  'economic',
  'conflict',
  'era',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** How precisely a place's coordinates locate it. */
export const PLACE_PRECISIONS = ['exact', 'site', 'city', 'region', 'country'] as const;
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

export interface Place {
  id: string;
  name: string;
  /** Short kind of place, e.g. "embassy", "organisation", "region". */
  kind?: string;
  /** Country (or territory) the place is in, as plain text. */
  country?: string;
  lat: number;
  lng: number;
  precision: PlacePrecision;
  /** Shown to users next to the location, e.g. "approximate location: city centre". */
  precisionNote?: string;
  /** For a diplomatic mission: when the relations it serves were established (ISO date, any precision). */
  established?: string;
  /** Translations by language code; English (the fields above) is the fallback. */
  i18n?: Record<string, { name?: string; precisionNote?: string }>;
}

/** What kind of outlet a source is; `state` and `critical` are labelled in the interface. */
export const SOURCE_KINDS = ['encyclopedia', 'wire', 'newspaper', 'state', 'critical'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** An entry of the dataset's source registry, cited by events through its id. */
export interface Source {
  id: string;
  /**
   * The source's title. A title in [square brackets] is a description supplied
   * by the dataset's authors, for a source whose own title is not recorded.
   */
  title: string;
  /** Who published it, e.g. "AFP", "Granma". */
  publisher: string;
  /** Where a copy was read when it is not the publisher's own site, e.g. "El Punto Crítico". */
  via?: string;
  /** Where to read it. Only http: and https: addresses are accepted. */
  url: string;
  /** Publication date (ISO, any precision), where known. */
  published?: string;
  /** Language of the source (code such as "es"), where known. */
  language?: string;
  kind: SourceKind;
  /** Licence of its text, where known, e.g. "CC BY-SA 4.0". */
  license?: string;
}

/** One source cited by an event, with the words that support the event. */
export interface Citation {
  /** Id of a source in the dataset's `sources`. */
  source: string;
  /** A verbatim quotation from the source (in the source's language). */
  quote: string;
  /** For a long source such as the article: the section quoted, e.g. "History › Post-Cold War Period". */
  section?: string;
}

/** What another source says against the event as stored (a date, a figure, a place). */
export interface Dispute {
  text: string;
  /** Ids of the sources that say it, when they are in the registry. */
  sources?: string[];
  i18n?: Record<string, { text?: string }>;
}

/** The licence of the dataset itself. */
export interface License {
  name: string;
  url: string;
}

export interface TimelineEvent {
  id: string;
  title: string;
  summary: string;
  start: string;
  end?: string;
  category: Category;
  places: string[];
  /** The sources that support the event, each with a quotation (at least one). */
  sources: Citation[];
  /** Further sources that report the event, not quoted here (ids in `sources`). */
  furtherSources?: string[];
  /** What other sources say against the stored date, figure or place. */
  disputes?: Dispute[];
  /** A caveat about the dating or the facts (e.g. "the article gives no date"). */
  note?: string;
  /** Translations by language code; English (the fields above) is the fallback. */
  i18n?: Record<string, { title?: string; summary?: string; note?: string }>;
}

export interface Dataset {
  title: string;
  /** Languages every event and place is translated into (English first); optional. */
  languages?: string[];
  parties: string[];
  /** The dataset's licence (a dataset adapting CC BY-SA text is CC BY-SA too). */
  license?: License;
  /** Every source the events cite. */
  sources: Source[];
  /** Translations of the title and parties by language code. */
  i18n?: Record<string, { title?: string; parties?: string[] }>;
  places: Place[];
  events: TimelineEvent[];
}
