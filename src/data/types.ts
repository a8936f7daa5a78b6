/**
 * The public dataset format (see docs/dataset.md).
 * Dates are ISO 8601 strings whose length is their precision:
 * "2024" (year), "2024-12" (month), "2024-12-08" (day).
 */

export const CATEGORIES = [
  'diplomatic',
  'political',
  'cultural',
  'economic',
  'cooperation',
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
  /** Short kind of place, e.g. "embassy", "city", "organisation", "region". */
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

/**
 * What kind of outlet a source is; all but `encyclopedia`, `wire` and
 * `newspaper` are labelled in the interface. `state`: a Cuban or Syrian
 * government outlet or ministry; `critical`: an outlet opposed to the Cuban
 * government; `ngo`: a non-governmental organisation; `un`: a United Nations
 * body's own record; `blog`: a personal or group blog.
 */
export const SOURCE_KINDS = [
  'encyclopedia',
  'wire',
  'newspaper',
  'state',
  'critical',
  'ngo',
  'un',
  'blog',
] as const;
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
  /**
   * Where to read it, when an address is known (a press release known by its
   * date and symbol may have none). Only http: and https: addresses are accepted.
   */
  url?: string;
  /** Who wrote it, where credited: a reporter, or "Wikipedia contributors". */
  author?: string;
  /** Publication date (ISO, any precision), where known. */
  published?: string;
  /** Language of the source (code such as "es"), where known. */
  language?: string;
  kind: SourceKind;
  /** Licence of its text, where known, e.g. "CC BY-SA 4.0". */
  license?: string;
  /** Address of that licence. */
  licenseUrl?: string;
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

/**
 * A work the dataset adapts, credited as its licence asks (CC BY-SA 4.0
 * §3(a)): its creator, title, address, licence, the version adapted, and how
 * it was changed.
 */
export interface AdaptedWork {
  /** Id of the work in the dataset's `sources`, where it is listed there. */
  source?: string;
  title: string;
  url: string;
  /** Who made it, e.g. "Wikipedia contributors". */
  creator: string;
  license: string;
  licenseUrl?: string;
  /** Permanent link to the revision adapted. */
  revision?: string;
  /** When the adapted text was retrieved (ISO date, any precision). */
  retrieved?: string;
  /** What is known of the version adapted, when no revision or retrieval date was recorded. */
  versionNote?: string;
  /** How the work was changed (condensed, reworded, combined with other sources, translated…). */
  changes: string;
  i18n?: Record<string, { creator?: string; versionNote?: string; changes?: string }>;
}

/** The licence of the dataset itself. */
export interface License {
  name: string;
  url: string;
  /** The works the dataset adapts, with their credits. */
  adapts?: AdaptedWork[];
  /**
   * What the licence does not cover: quotations from the cited sources stay
   * their publishers'.
   */
  quotations?: string;
  i18n?: Record<string, { quotations?: string }>;
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

/**
 * A thread: a theme followed across time (UN votes, health cooperation,
 * visits), linking events that may be years apart. An event may belong to
 * several threads. Its events may be listed in any order: the app shows
 * them in the chronological order of the event list.
 */
export interface Thread {
  id: string;
  title: string;
  /** One or two sentences on what the thread follows, saying nothing its events do not. */
  summary?: string;
  /** Ids of its events (at least two, each once). */
  events: string[];
  /** Translations by language code; English (the fields above) is the fallback. */
  i18n?: Record<string, { title?: string; summary?: string }>;
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
  /** Themes across time, each linking events of `events`. */
  threads?: Thread[];
}
