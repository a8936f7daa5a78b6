/**
 * Size of what a browser must download before the app can start: the JS and
 * CSS that the built `index.html` references (module scripts, stylesheets,
 * module preloads), each gzipped at level 9. Chunks loaded later by dynamic
 * `import()` are not on the start-up path and are not counted.
 *
 * Used by `check-bundle.ts` (budget check) and `bench/run.ts` (report).
 */
import { readFileSync } from 'node:fs';
import { posix, resolve, sep } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

export interface AssetSize {
  /** Path relative to the dist directory, with forward slashes, e.g. `assets/index-abc.js`. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface StartupOptions {
  /** The base path the app was built with (Vite's `base`); default `/`. */
  base?: string;
}

const TAG_RE = /<(script|link)\b([^>]*)>/gi;
const ATTR_RE = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTR_RE)) {
    const name = m[1]?.toLowerCase();
    if (name && !attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/**
 * The URLs of the JS and CSS a page loads at start-up, in document order,
 * without duplicates: `<script src>`, `<link rel="stylesheet">`,
 * `<link rel="modulepreload">` and `<link rel="preload" as="script|style">`.
 * HTML comments are ignored.
 */
export function startupRefs(html: string): string[] {
  const refs: string[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of withoutComments.matchAll(TAG_RE)) {
    const tag = m[1]?.toLowerCase();
    const attrs = attributes(m[2] ?? '');
    let url: string | undefined;
    if (tag === 'script') {
      url = attrs.get('src');
    } else {
      const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      const as = (attrs.get('as') ?? '').toLowerCase();
      const wanted =
        rel.includes('stylesheet') ||
        rel.includes('modulepreload') ||
        (rel.includes('preload') && (as === 'script' || as === 'style'));
      if (wanted) url = attrs.get('href');
    }
    if (url && !refs.includes(url)) refs.push(url);
  }
  return refs;
}

/** True for URLs on another origin (`https://…`, `//cdn…`, `data:`…). */
function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

/**
 * Maps a URL from `index.html` to a path relative to the dist directory:
 * `/assets/a.js` (base `/`), `/sub/assets/a.js` (base `/sub/`) and
 * `./assets/a.js` all give `assets/a.js`. Returns null for external URLs.
 */
export function distPathOf(url: string, base = '/'): string | null {
  if (isExternal(url)) return null;
  const path = (url.split(/[?#]/)[0] ?? '').replace(/\\/g, '/');
  const normalBase = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  let relative: string;
  if (path.startsWith(normalBase)) relative = path.slice(normalBase.length);
  else if (path.startsWith('/')) relative = path.slice(1);
  else relative = path;
  const normal = posix.normalize(relative);
  if (normal.startsWith('..') || posix.isAbsolute(normal)) return null;
  return normal.replace(/^\.\//, '');
}

/** Size of `data` gzipped at level 9 (what a static host serving `.gz` files sends). */
export function gzipSize(data: Uint8Array): number {
  return gzipSync(data, { level: constants.Z_BEST_COMPRESSION }).length;
}

/**
 * The start-up JS and CSS of a built app in `distDir` (reads `index.html`
 * and each referenced file). External URLs are skipped; a referenced file
 * that is missing is an error.
 */
export function startupAssets(distDir: string, options: StartupOptions = {}): AssetSize[] {
  const root = resolve(distDir);
  const html = readFileSync(resolve(root, 'index.html'), 'utf8');
  const assets: AssetSize[] = [];
  for (const url of startupRefs(html)) {
    const file = distPathOf(url, options.base);
    if (file === null || assets.some((a) => a.file === file)) continue;
    const full = resolve(root, file);
    if (!full.startsWith(root + sep)) continue;
    let data: Buffer;
    try {
      data = readFileSync(full);
    } catch {
      throw new Error(`${url} is referenced by ${distDir}/index.html but ${full} does not exist`);
    }
    assets.push({ file, bytes: data.length, gzipBytes: gzipSize(data) });
  }
  return assets;
}

export function totalGzip(assets: readonly AssetSize[]): number {
  return assets.reduce((sum, a) => sum + a.gzipBytes, 0);
}

export function totalBytes(assets: readonly AssetSize[]): number {
  return assets.reduce((sum, a) => sum + a.bytes, 0);
}

/** `301056` -> `"294.0 KiB"`. */
export function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
