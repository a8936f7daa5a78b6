/**
 * GeoJSON (RFC 7946), in two layouts:
 *
 * - "events": one Point Feature per event and place, with flat properties
 *   (id, title, start_date, end_date, precision, date, category, place,
 *   place_id, url) that GIS tools can style, filter and animate by date.
 * - "places": one Point Feature per place, with flat properties counting
 *   its events and giving their first and last dates.
 *
 * Coordinates are [longitude, latitude]. Both layouts are linear in the
 * events: places are looked up in a map by id, and the places layout reads
 * the events at each place from an index built once (`eventsByPlace`).
 */
import { formatDateRange } from '../data/dates';
import type { Place, TimelineEvent } from '../data/types';
import { intlLocale } from '../i18n';
import { eventText, placeText } from '../i18n/localize';
import { daySpan, placesOf, precisionOf, type Encoder, type ExportContext } from './encode';

export type GeoJsonLayout = 'events' | 'places';

/** The properties of a feature of the "events" layout, all strings. */
export const GEOJSON_EVENT_PROPERTIES = [
  'id',
  'title',
  'start_date',
  'end_date',
  'precision',
  'date',
  'category',
  'place',
  'place_id',
  'url',
] as const;

function point(place: Place) {
  return { type: 'Point' as const, coordinates: [place.lng, place.lat] };
}

function head(name: string): string {
  return `{"type":"FeatureCollection","name":${JSON.stringify(name)},"features":[\n`;
}

/** One Feature per event and place it names. */
export function geoJsonEventsEncoder(ctx: ExportContext, name: string): Encoder {
  const locale = intlLocale(ctx.lang);
  let features = 0;
  return {
    head: head(name),
    item(event: TimelineEvent) {
      const places = placesOf(event, ctx.index);
      if (places.length === 0) return '';
      const text = eventText(event, ctx.lang);
      const span = daySpan(event);
      const common = {
        id: event.id,
        title: text.title,
        start_date: span.firstDay,
        end_date: span.lastDay,
        precision: precisionOf(event),
        date: formatDateRange(event.start, event.end, locale),
        category: event.category,
      };
      const url = ctx.eventUrl(event.id);
      return places
        .map((place) => {
          const feature = {
            type: 'Feature',
            id: `${event.id}@${place.id}`,
            geometry: point(place),
            properties: {
              ...common,
              place: placeText(place, ctx.lang).name,
              place_id: place.id,
              url,
            },
          };
          return `${features++ === 0 ? '' : ',\n'}${JSON.stringify(feature)}`;
        })
        .join('');
    },
    tail: () => '\n]}\n',
    count: () => features,
  };
}

/**
 * One Feature per place that a shown event names, in the dataset's order of
 * places. `places` is that order; `shown` the events exported.
 */
export function geoJsonPlacesEncoder(
  ctx: ExportContext,
  name: string,
  places: readonly Place[],
  shown: readonly TimelineEvent[],
): Encoder {
  const isShown = new Set(shown);
  let features = 0;
  return {
    head: head(name),
    // The features are written at the end: a place's events are all known then.
    item: () => '',
    tail() {
      const parts: string[] = [];
      for (const place of places) {
        const here = (ctx.index.eventsByPlace.get(place.id) ?? []).filter((e) => isShown.has(e));
        if (here.length === 0) continue;
        let first = '';
        let last = '';
        for (const e of here) {
          const span = daySpan(e);
          if (!first || span.firstDay < first) first = span.firstDay;
          if (!last || span.lastDay > last) last = span.lastDay;
        }
        const text = placeText(place, ctx.lang);
        const feature = {
          type: 'Feature',
          id: place.id,
          geometry: point(place),
          properties: {
            id: place.id,
            place: text.name,
            location_precision: place.precision,
            ...(text.precisionNote ? { location_note: text.precisionNote } : {}),
            events: here.length,
            first_date: first,
            last_date: last,
            event_ids: here.map((e) => e.id).join('; '),
          },
        };
        parts.push(`${features++ === 0 ? '' : ',\n'}${JSON.stringify(feature)}`);
      }
      return `${parts.join('')}\n]}\n`;
    },
    count: () => features,
  };
}
