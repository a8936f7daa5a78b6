import type { Plugin } from 'vite';

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
