/** The embed view's address and the `<iframe>` snippet for a view. Pure functions. */
import { escapeHtml } from '../lib/text';

/** The address of the embed view of a view: the same address with `embed=1`. */
export function embedUrl(viewUrl: string): string {
  const url = new URL(viewUrl);
  url.searchParams.delete('embed');
  url.searchParams.append('embed', '1');
  // URLSearchParams encodes '/' and ','; the app writes them raw, and so does this.
  return url.href.replace(/%2F/gi, '/').replace(/%2C/gi, ',');
}

/** The full view of an embed view's address: without `embed=1`. */
export function fullViewUrl(embedAddress: string): string {
  const url = new URL(embedAddress);
  url.searchParams.delete('embed');
  return url.href.replace(/%2F/gi, '/').replace(/%2C/gi, ',');
}

/** The sizes the Embed dialog offers: the card shows whole, without scrolling, at each. */
export const EMBED_SIZES = {
  small: { width: 320, height: 400 },
  medium: { width: 600, height: 450 },
  large: { width: 800, height: 600 },
} as const;
export type EmbedSize = keyof typeof EMBED_SIZES;

/**
 * The `<iframe>` for a page: lazy, titled, sized (a fixed height, and a
 * width that never exceeds its column), and sandboxed to what the app
 * needs (its own scripts and storage; links that open a new tab; copying
 * the link).
 */
export function iframeSnippet(
  src: string,
  title: string,
  size: { width: number; height: number } = { width: 600, height: 450 },
): string {
  return [
    `<iframe src="${escapeHtml(src)}"`,
    `  title="${escapeHtml(title)}"`,
    `  width="${String(size.width)}" height="${String(size.height)}" style="border:0;max-width:100%"`,
    `  loading="lazy" referrerpolicy="strict-origin-when-cross-origin"`,
    `  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"`,
    `  allow="clipboard-write"></iframe>`,
  ].join('\n');
}
