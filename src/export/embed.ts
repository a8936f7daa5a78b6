/** The embed view's address and the `<iframe>` snippet for a view. Pure functions. */

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

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The `<iframe>` for a page: lazy, titled, sized to work from 320 px, and
 * sandboxed to what the app needs (its own scripts and storage; links that
 * open a new tab; copying the link).
 */
export function iframeSnippet(src: string, title: string, height = 560): string {
  return [
    `<iframe src="${attribute(src)}"`,
    `  title="${attribute(title)}"`,
    `  width="100%" height="${String(height)}" style="border:0;max-width:100%"`,
    `  loading="lazy" referrerpolicy="strict-origin-when-cross-origin"`,
    `  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"`,
    `  allow="clipboard-write"></iframe>`,
  ].join('\n');
}
