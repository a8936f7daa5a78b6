/**
 * Text primitives shared by the app, the build and the exports: one of each.
 * Pure, no DOM.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * `text` as HTML (or XML/SVG) text or attribute value: the five characters
 * with a meaning in markup escaped, so that whatever it holds is shown as
 * text. Never used to let markup through.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}
