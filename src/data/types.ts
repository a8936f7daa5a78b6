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

export interface EventSource {
  /** The article section the event comes from, e.g. "History › Early ties and Cold War era". */
  section: string;
  /** A brief quotation from that section. */
  quote?: string;
  /** Where to read it. Only http: and https: links are ever followed. */
  url?: string;
}

export interface TimelineEvent {
  id: string;
  title: string;
  summary: string;
  start: string;
  end?: string;
  category: Category;
  places: string[];
  source: EventSource;
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
  /** Translations of the title and parties by language code. */
  i18n?: Record<string, { title?: string; parties?: string[] }>;
  places: Place[];
  events: TimelineEvent[];
}
