import { useCallback } from 'react';
import type { Language } from '../i18n';
import { useAppStore } from '../store';
import { eventAddress } from './paths';

/** The bundled dataset's address (other datasets come from a `data=` link). */
export const DEFAULT_DATASET = `${import.meta.env.BASE_URL}data/cuba-syria.json`;

/**
 * The address of an event's page, for real links (they work without
 * JavaScript and open in a new tab); the app intercepts plain clicks and
 * selects the event in place, keeping the rest of the view.
 */
export function useEventHref(): (id: string) => string {
  const lang = useAppStore((s) => s.lang);
  const source = useAppStore((s) => s.data.source);
  return useCallback((id: string) => eventHref(lang, source, id), [lang, source]);
}

/**
 * The address of an event's page (see {@link useEventHref}), for code outside
 * React: for another dataset it keeps the dataset and the language.
 */
export function eventHref(lang: Language, source: string, id: string): string {
  return eventAddress(
    import.meta.env.BASE_URL,
    { lang, data: source === DEFAULT_DATASET ? undefined : source },
    id,
  );
}

/** True for a click that the browser should handle itself (new tab, new window, download). */
export function isModifiedClick(e: {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}) {
  return e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey;
}
