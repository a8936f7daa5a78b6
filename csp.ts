import type { Plugin } from 'vite';
import { parseUrlState } from './src/url/codec.ts';

/**
 * The production page's Content Security Policy. Everything comes from the
 * page's own origin; images may also be `data:` URLs (Vite inlines Leaflet's
 * small marker PNGs). A configured online tile host is the one exception.
 */
export function contentSecurityPolicy(tileUrl: string | undefined): string {
  const img = ["'self'", 'data:'];
  if (tileUrl && /^https?:\/\//.test(tileUrl)) {
    // Tile templates may put {s} in the host: allow the whole parent domain.
    const host = new URL(tileUrl.replace(/\{[a-z]\}/g, 'x')).host.replace(/^x\./, '*.');
    img.push(`${tileUrl.startsWith('https') ? 'https' : 'http'}://${host}`);
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${img.join(' ')}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Adds the policy as a <meta> tag to the built index.html (not in dev: Vite's dev client injects styles). */
export function cspPlugin(tileUrl: string | undefined): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(tileUrl)}" />`;
      return html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${meta}`);
    },
  };
}

/**
 * Who may frame a page: no site (`frame-ancestors 'none'`), except for the
 * embed view (its address's query, read as the app reads it, says `embed=1`
 * or `embed=tools`), which any page may frame: it gets no frame-ancestors at
 * all, since `*` would still refuse a local file or a sandboxed page. The
 * rest must not be usable inside another site's (possibly invisible) frame.
 */
export function frameAncestors(search: string): "'none'" | undefined {
  return parseUrlState(search).state.embed ? undefined : "'none'";
}

/** The full header policy of a page: the app's policy plus, but for the embed view, frame-ancestors. */
export function headerPolicy(tileUrl: string | undefined, search: string): string {
  const framing = frameAncestors(search);
  return contentSecurityPolicy(tileUrl) + (framing ? `; frame-ancestors ${framing}` : '');
}

/**
 * Sends the framing rule from Vite's own servers too (dev and preview, which
 * the end-to-end tests use), as docs/hosting/nginx.conf does in production:
 * only frame-ancestors, since the dev server's client injects styles that the
 * full policy would refuse.
 */
export function framingHeaderPlugin(): Plugin {
  const framing = (
    url: string | undefined,
    res: { setHeader: (name: string, value: string) => unknown },
  ) => {
    const framing = frameAncestors(new URL(url ?? '/', 'http://localhost').search);
    if (framing) res.setHeader('Content-Security-Policy', `frame-ancestors ${framing}`);
  };
  return {
    name: 'framing-header',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        framing(req.url, res);
        next();
      });
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        framing(req.url, res);
        next();
      });
    },
  };
}
