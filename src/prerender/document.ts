/**
 * The prerendered pages are the built index.html with a page's head tags and
 * HTML put in. Text goes in by position (slicing), never through
 * `String.prototype.replace` with a replacement string: there `$&`, `` $` ``,
 * `$'`, `$$` and `$1` are patterns, and a dataset's text would expand them.
 *
 * Pure, no DOM.
 */
import { escapeHtml as escapeMarkup } from '../lib/text';

/** Unicode isolates, useful inside the page, noise in a head tag or an image. */
const ISOLATES = /[\u2066-\u2069]/g;

/** Text as HTML text or as a quoted attribute value (isolates dropped). */
export function escapeHtml(text: string): string {
  return escapeMarkup(withoutIsolates(text));
}

/** Text without the isolates (for head tags and images, where they only get in the way). */
export function withoutIsolates(text: string): string {
  return text.replace(ISOLATES, () => '');
}

export class TemplateError extends Error {}

/** `text` with `[start, end)` replaced by `insert`. */
function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** The first match of `pattern` (a non-global regular expression) as [start, end), or null. */
function find(text: string, pattern: RegExp): [number, number] | null {
  const match = pattern.exec(text);
  return match ? [match.index, match.index + match[0].length] : null;
}

/** `text` with the first match of `pattern` replaced by `insert`; an error when there is none. */
function replaceFirst(text: string, pattern: RegExp, insert: string, what: string): string {
  const at = find(text, pattern);
  if (!at) throw new TemplateError(`the built index.html has no ${what}`);
  return splice(text, at[0], at[1], insert);
}

/** `text` without any match of `pattern` (global). */
function removeAll(text: string, pattern: RegExp): string {
  return text.replace(pattern, () => '');
}

const HTML_TAG = /<html(?:\s[^>]*)?>/i;
const TITLE = /<title>[^<]*<\/title>\s*/i;
const DESCRIPTION = /<meta\s+name="description"[^>]*>\s*/i;
const HEAD_END = /<\/head>/i;
const ROOT = /<div id="root"><\/div>/;

export interface PageParts {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The page's head tags, as HTML (rendered by React). */
  head: string;
  /** The app's HTML for the page (rendered by React), put inside #root. */
  app: string;
  /** What the page shows ("<lang> <event id>"), read by main.tsx before it takes the page over. */
  marker: string;
}

/** A prerendered page: the template with the page's language, head tags and HTML. */
export function pageDocument(template: string, parts: PageParts): string {
  let html = replaceFirst(
    template,
    HTML_TAG,
    `<html lang="${escapeHtml(parts.lang)}" dir="${escapeHtml(parts.dir)}">`,
    '<html> tag',
  );
  // The template's own title and description make way for the page's.
  html = replaceFirst(html, TITLE, '', '<title>');
  const description = find(html, DESCRIPTION);
  if (description) html = splice(html, description[0], description[1], '');
  html = replaceFirst(html, HEAD_END, `\n    ${parts.head}\n  </head>`, '</head>');
  return replaceFirst(
    html,
    ROOT,
    `<div id="root" data-prerendered="${escapeHtml(parts.marker)}">${parts.app}</div>`,
    'empty <div id="root"></div>',
  );
}

/**
 * The 404 page: the template's styles with `body` in #root, and no script,
 * so that it works without the app (no dataset, no takeover).
 */
export function notFoundDocument(template: string, title: string, body: string): string {
  let html = removeAll(template, /<script type="module"[^>]*><\/script>\s*/g);
  html = removeAll(html, /<link rel="(?:modulepreload|preload)"[^>]*>\s*/g);
  html = replaceFirst(
    html,
    /<title>[^<]*<\/title>/i,
    `<title>${escapeHtml(title)}</title>`,
    '<title>',
  );
  return replaceFirst(html, ROOT, `<div id="root">${body}</div>`, 'empty <div id="root"></div>');
}
