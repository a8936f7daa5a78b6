/**
 * Builds the file for the events shown now, a slice at a time (see
 * encodeInSlices), and hands it to the browser as a download.
 */
import { translate } from '../i18n';
import { useAppStore } from '../store';
import { eventHref } from '../url/useEventHref';
import { encodeInSlices, type SliceOptions } from './encode';
import { encoderFor, exportFileName, MIME, type ExportFormat } from './formats';

export interface Downloaded {
  name: string;
  /** Entries written (rows, features, calendar entries). */
  entries: number;
  /** Events exported. */
  events: number;
}

/** Exports the shown events in `format`; rejects with an AbortError when cancelled. */
export async function downloadShownEvents(
  format: ExportFormat,
  options: SliceOptions = {},
  doc: Document = document,
): Promise<Downloaded> {
  const s = useAppStore.getState();
  if (!s.dataset) throw new Error('no dataset');
  const dataset = s.dataset;
  const lang = s.lang;
  const source = s.data.source;
  const view = useAppStore.view;
  const events = view.visibleEvents(s);
  const origin = doc.defaultView?.location.origin ?? '';
  const encoder = encoderFor(format, {
    dataset,
    events,
    now: new Date(),
    source,
    ctx: {
      lang,
      // The view-model's indexes, built once per dataset.
      index: {
        placesById: view.placeById(s),
        sourcesById: s.sourceIndex.byId,
        eventsByPlace: view.allEventsByPlace(s),
      },
      eventUrl: (id) => new URL(eventHref(lang, source, id), origin).href,
      t: (key, params) => translate(lang, key, params),
    },
  });
  const parts = await encodeInSlices(encoder, events, options);
  const name = exportFileName(dataset, format, new Date(), lang);
  const url = URL.createObjectURL(new Blob(parts, { type: MIME[format] }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { name, entries: encoder.count(), events: events.length };
}
