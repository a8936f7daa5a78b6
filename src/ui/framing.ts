/**
 * Framing (clickjacking) defence in the page itself, behind the server's
 * `frame-ancestors` header (docs/hosting/): a page inside another page's
 * frame, other than the embed view, does not start the app, so that an
 * invisible frame cannot be made to act for the reader (a download, a copied
 * link). Pure: the window is passed in.
 */

/** Whether the page runs inside a frame of another page (of any origin). */
export function isFramed(win: { self: unknown; top: unknown }): boolean {
  try {
    return win.self !== win.top;
  } catch {
    // A browser that refuses to even compare: assume the worst.
    return true;
  }
}
