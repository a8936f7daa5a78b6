import type { AdaptedWork, Dataset, License, Place, Thread, TimelineEvent } from '../data/types';
import type { Language } from './index';

/** An event's title, summary and note in `lang`, falling back to English field by field. */
export function eventText(
  event: TimelineEvent,
  lang: Language,
): { title: string; summary: string; note?: string } {
  const t = lang === 'en' ? undefined : event.i18n?.[lang];
  const note = t?.note ?? event.note;
  return {
    title: t?.title ?? event.title,
    summary: t?.summary ?? event.summary,
    ...(note ? { note } : {}),
  };
}

/** A thread's title and summary in `lang`, falling back to English field by field. */
export function threadText(thread: Thread, lang: Language): { title: string; summary?: string } {
  const t = lang === 'en' ? undefined : thread.i18n?.[lang];
  const summary = t?.summary ?? thread.summary;
  return { title: t?.title ?? thread.title, ...(summary ? { summary } : {}) };
}

export function placeText(place: Place, lang: Language): { name: string; precisionNote?: string } {
  const t = lang === 'en' ? undefined : place.i18n?.[lang];
  const precisionNote = t?.precisionNote ?? place.precisionNote;
  return { name: t?.name ?? place.name, ...(precisionNote ? { precisionNote } : {}) };
}

export function datasetTitle(dataset: Dataset, lang: Language): string {
  return (lang === 'en' ? undefined : dataset.i18n?.[lang]?.title) ?? dataset.title;
}

/** The page's title: the selected event's, then the dataset's ("Event · Cuba–Syria relations"). */
export function pageTitle(dataset: Dataset, lang: Language, event?: TimelineEvent): string {
  const site = datasetTitle(dataset, lang);
  return event ? `${eventText(event, lang).title} · ${site}` : site;
}

/** An adapted work's credit in `lang`: its creator, version note and changes, falling back to English. */
export function adaptedWorkText(
  work: AdaptedWork,
  lang: Language,
): { creator: string; changes: string; versionNote?: string } {
  const t = lang === 'en' ? undefined : work.i18n?.[lang];
  const versionNote = t?.versionNote ?? work.versionNote;
  return {
    creator: t?.creator ?? work.creator,
    changes: t?.changes ?? work.changes,
    ...(versionNote ? { versionNote } : {}),
  };
}

/** The licence's notice on quotations from other publishers, in `lang` (English if untranslated). */
export function quotationsNotice(license: License, lang: Language): string | undefined {
  return (lang === 'en' ? undefined : license.i18n?.[lang]?.quotations) ?? license.quotations;
}
