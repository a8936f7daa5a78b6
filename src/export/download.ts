import { visibleEvents } from '../data/filter';
import { translate } from '../i18n';
import { useAppStore } from '../store';
import {
  exportFileName,
  MIME,
  toCsv,
  toGeoJson,
  toIcs,
  toJson,
  type ExportFormat,
} from './formats';

/** Builds the file for the events shown now and hands it to the browser as a download. */
export function downloadShownEvents(format: ExportFormat, doc: Document = document): string {
  const s = useAppStore.getState();
  if (!s.dataset) throw new Error('no dataset');
  const events = visibleEvents(s.events, s.hiddenCategories, s.query, s.lang, s.dataset?.places);
  const content =
    format === 'csv'
      ? toCsv(events, s.dataset, s.lang)
      : format === 'geojson'
        ? toGeoJson(events, s.dataset, s.lang)
        : format === 'ics'
          ? toIcs(events, s.dataset, s.lang, (precision, date) =>
              translate(
                s.lang,
                precision === 'year' ? 'export.knownToYear' : 'export.knownToMonth',
                {
                  date,
                },
              ),
            )
          : toJson(events, s.dataset);
  const name = exportFileName(s.dataset, format, new Date(), s.lang);
  const url = URL.createObjectURL(new Blob([content], { type: MIME[format] }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
