import { readFileSync } from 'node:fs';
import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { sortEvents } from '../data/dates';
import { validateDataset } from '../data/schema';
import type { Dataset, TimelineEvent } from '../data/types';
import { translate, type Language } from '../i18n';
import { encodeAll, indexForExport, type ExportContext, type ExportIndex } from './encode';
import { GEOJSON_EVENT_PROPERTIES, geoJsonEventsEncoder, geoJsonPlacesEncoder } from './geojson';

const dataset = (() => {
  const result = validateDataset(
    JSON.parse(readFileSync(new URL('../../public/data/cuba-syria.json', import.meta.url), 'utf8')),
  );
  if (!result.ok) throw new Error('invalid bundled dataset');
  return result.dataset;
})();
const all = sortEvents(dataset.events);
const subset = all.filter((e) => e.category === 'diplomatic' && /visit/i.test(e.title));

function ctxFor(lang: Language, index: ExportIndex = indexForExport(dataset, all)): ExportContext {
  return {
    lang,
    index,
    eventUrl: (id) => `https://example.org/events/${id}/`,
    t: (key, params) => translate(lang, key, params),
  };
}
const events = (shown: readonly TimelineEvent[], lang: Language = 'en') =>
  JSON.parse(
    encodeAll(geoJsonEventsEncoder(ctxFor(lang), dataset.title), shown),
  ) as GeoJSON.FeatureCollection;
const places = (shown: readonly TimelineEvent[], lang: Language = 'en', data: Dataset = dataset) =>
  JSON.parse(
    encodeAll(
      geoJsonPlacesEncoder(
        // The events in the story's order, as the app's view-model holds them.
        ctxFor(lang, indexForExport(data, sortEvents(data.events))),
        data.title,
        data.places,
        shown,
      ),
      shown,
    ),
  ) as GeoJSON.FeatureCollection;

/** Every property a plain value: what GIS tools show as fields, filter and style by. */
function expectFlat(feature: GeoJSON.Feature) {
  for (const [key, value] of Object.entries(feature.properties ?? {}))
    expect(['string', 'number', 'boolean'].includes(typeof value) || value === null, key).toBe(
      true,
    );
}

describe('GeoJSON, one feature per event and place', () => {
  const fc = events(all);

  it('is valid RFC 7946 (checked by a GeoJSON checker)', () => {
    const text = encodeAll(geoJsonEventsEncoder(ctxFor('en'), dataset.title), all);
    expect(() => check(text)).not.toThrow();
    expect(fc.type).toBe('FeatureCollection');
  });

  it('has a Point at [longitude, latitude] for each place of each event', () => {
    const expected = all.flatMap((e) => [...new Set(e.places)].map((p) => `${e.id}@${p}`));
    expect(fc.features.map((f) => f.id)).toEqual(expected);
    for (const feature of fc.features) {
      const place = dataset.places.find((p) => p.id === feature.properties!.place_id)!;
      expect(feature.geometry).toEqual({ type: 'Point', coordinates: [place.lng, place.lat] });
    }
  });

  it('has flat properties, the dates typed for filtering and animation by time', () => {
    for (const feature of fc.features) {
      expect(Object.keys(feature.properties!)).toEqual([...GEOJSON_EVENT_PROPERTIES]);
      expectFlat(feature);
    }
    const event = all.find((e) => e.id === 'nam-summit-havana-1979')!;
    const place = dataset.places.find((p) => p.id === event.places[0])!;
    const nam = fc.features.find((f) => f.id === `nam-summit-havana-1979@${place.id}`)!;
    expect(nam.properties).toEqual({
      id: 'nam-summit-havana-1979',
      title: 'Hafez al-Assad at the Non-Aligned summit in Havana',
      start_date: '1979-09-01',
      end_date: '1979-09-30',
      precision: 'month',
      date: 'September 1979',
      category: 'diplomatic',
      place: place.name,
      place_id: place.id,
      url: 'https://example.org/events/nam-summit-havana-1979/',
    });
  });

  it('writes the language asked for and only the events shown', () => {
    const es = events(subset, 'es');
    // An event without a place has no feature.
    expect(new Set(es.features.map((f) => f.properties!.id))).toEqual(
      new Set(subset.filter((e) => e.places.length > 0).map((e) => e.id)),
    );
    const first = es.features[0]!.properties!;
    const place = dataset.places.find((p) => p.id === first.place_id)!;
    expect(first.place).toBe(place.i18n!.es!.name);
    expect(events([], 'ar').features).toEqual([]);
  });
});

describe('GeoJSON, "places" layout', () => {
  it('has one flat feature per place of the shown events, counting them', () => {
    const fc = places(subset);
    const ids = new Set(subset.flatMap((e) => e.places));
    expect(new Set(fc.features.map((f) => f.id))).toEqual(ids);
    for (const feature of fc.features) {
      expectFlat(feature);
      // In the story's order.
      const here = all.filter((e) => subset.includes(e) && e.places.includes(String(feature.id)));
      expect(feature.properties).toMatchObject({
        id: feature.id,
        events: here.length,
        event_ids: here.map((e) => e.id).join('; '),
      });
    }
    expect(() => check(JSON.stringify(fc))).not.toThrow();
  });

  it('gives each place the first and last day of its events', () => {
    const fc = places(all);
    const at = all.find((e) => e.id === 'cuban-tank-crews-in-syria')!.places[0]!;
    const golan = fc.features.find((f) => f.id === at)!;
    const here = all.filter((e) => e.places.includes(at));
    expect(golan.properties!.events).toBe(here.length);
    expect(golan.properties!.first_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(golan.properties!.first_date <= golan.properties!.last_date).toBe(true);
  });
});

describe('indexForExport', () => {
  it('lists each event once per place it names, in the order given', () => {
    const twice = { ...all[0]!, id: 'twice', places: ['havana', 'havana', 'damascus'] };
    const index = indexForExport(dataset, [all[0]!, twice]);
    expect(index.eventsByPlace.get('havana')!.map((e) => e.id)).toEqual(
      [all[0]!, twice].filter((e) => e.places.includes('havana')).map((e) => e.id),
    );
    expect(index.placesById.get('havana')!.name).toBe(dataset.places[0]!.name);
    expect(index.sourcesById.size).toBe(dataset.sources.length);
  });
});
