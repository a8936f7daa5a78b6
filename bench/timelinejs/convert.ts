/**
 * Converts a dataset in the app's public format into TimelineJS 3's JSON:
 * eras become `eras`, every other event a slide with `start_date` (and
 * `end_date` for ranges) at the precision the dataset gives. Texts are
 * HTML-escaped, because TimelineJS renders headline and text as HTML.
 */
import type { Dataset, TimelineEvent } from '../../src/data/types';

export interface TlDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TlText {
  headline: string;
  text: string;
}

export interface TlSlide {
  unique_id: string;
  start_date: TlDate;
  end_date?: TlDate;
  text: TlText;
}

export interface TlEra {
  start_date: TlDate;
  end_date: TlDate;
  text: TlText;
}

export interface TimelineJsData {
  events: TlSlide[];
  eras: TlEra[];
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** "1965" → {year}, "1965-08" → {year, month}, "1965-08-11" → {year, month, day}. */
export function tlDate(iso: string): TlDate {
  const [year, month, day] = iso.split('-').map(Number);
  const date: TlDate = { year: year ?? NaN };
  if (month !== undefined) date.month = month;
  if (day !== undefined) date.day = day;
  return date;
}

function text(event: TimelineEvent): TlText {
  return { headline: escapeHtml(event.title), text: `<p>${escapeHtml(event.summary)}</p>` };
}

export function toTimelineJs(dataset: Dataset): TimelineJsData {
  const events: TlSlide[] = [];
  const eras: TlEra[] = [];
  for (const event of dataset.events) {
    if (event.category === 'era') {
      eras.push({
        start_date: tlDate(event.start),
        end_date: tlDate(event.end ?? event.start),
        text: text(event),
      });
      continue;
    }
    const slide: TlSlide = {
      unique_id: event.id,
      start_date: tlDate(event.start),
      text: text(event),
    };
    if (event.end) slide.end_date = tlDate(event.end);
    events.push(slide);
  }
  return { events, eras };
}
