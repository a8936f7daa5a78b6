/**
 * Page addresses: each event of the bundled dataset has a page of its own,
 * per language, prerendered at build time:
 *
 *   <base>events/<id>/   <base>es/events/<id>/   <base>ar/events/<id>/
 *   <base>               <base>es/               <base>ar/          (the index)
 *
 * The rest of the view (window, map, filters, search) stays in the query
 * string. Pure functions: no DOM, no store.
 */
import { isLanguage, type Language } from '../i18n';
import { isValidId } from '../lib/ids';
import { serializeUrlState } from './codec';

export interface PagePath {
  /** The language the path names ("es/…", "ar/…"; an English event page names "en"). */
  lang?: Language;
  /** The event the path names ("…/events/<id>/"). */
  event?: string;
}

/** The part of `pathname` after the app's base path, or null when it is not under it. */
function relative(pathname: string, base: string): string | null {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (pathname === root.slice(0, -1)) return '';
  if (!pathname.startsWith(root)) return null;
  return pathname.slice(root.length).replace(/(^|\/)index\.html$/, '$1');
}

/**
 * What a page's path says. Unknown paths say nothing (the app then behaves
 * as on its index page); a malformed event id is returned as it is, for the
 * app to report.
 */
export function parsePagePath(pathname: string, base: string): PagePath {
  const rest = relative(pathname, base);
  if (rest === null) return {};
  const parts = rest.split('/').filter(Boolean);
  const out: PagePath = {};
  if (parts[0] && isLanguage(parts[0]) && parts[0] !== 'en') {
    out.lang = parts[0];
    parts.shift();
  }
  if (parts[0] === 'events' && parts[1] !== undefined && parts.length === 2) {
    let id = parts[1];
    try {
      id = decodeURIComponent(id);
    } catch {
      /* reported as an unknown event */
    }
    out.event = id;
    out.lang ??= 'en';
  }
  return out;
}

/** The path of a page: the index in a language, or an event's page. */
export function pagePath(base: string, lang: Language, event?: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const prefix = lang === 'en' ? '' : `${lang}/`;
  const page = event !== undefined && isValidId(event) ? `events/${event}/` : '';
  return `${root}${prefix}${page}`;
}

/**
 * The address of an event in the view's dataset and language. For the
 * bundled dataset, the event's page (its path names the language); for
 * another dataset (`data=`, which has no pages of its own), the query string
 * names all three: the dataset, the language and the event. A link to an
 * event always names its language, as an event page does.
 */
export function eventAddress(
  base: string,
  view: { lang: Language; data?: string | undefined },
  event: string,
): string {
  if (view.data === undefined) return pagePath(base, view.lang, event);
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${serializeUrlState({ data: view.data, lang: view.lang, event })}`;
}
