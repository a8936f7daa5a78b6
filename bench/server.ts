/**
 * A small static file server for the benchmark, on 127.0.0.1 and a free port.
 *
 * Mounts are URL prefixes mapped to directories, longest prefix first. For a
 * request to `x.js` that does not exist next to an `x.ts`, the TypeScript file
 * is served transpiled (used by the TimelineJS comparison page). No SPA
 * fallback. Caching as the hosting sample (docs/hosting/nginx.conf) does it:
 * hashed files under `/assets/` are immutable for a year, pages, sw.js and
 * the manifest must be revalidated; other files may be cached for an hour
 * (each measurement uses a fresh browser context or profile, so cold loads
 * always start with an empty cache; the caching only matters for repeated
 * requests within a page's life, such as the favicon that Chromium requests
 * again after each `history.pushState`).
 *
 * With `compress: true` (the Lighthouse section) it serves like a real host:
 * for a text file (precompress.ts's COMPRESSIBLE) and a request that accepts
 * it, the build's `file.br` or `file.gz` with `Content-Encoding`, or else the
 * file compressed on the fly (once per server, then kept in memory, as a CDN
 * keeps it). Without it, files are sent as they are (the desktop measures,
 * whose figures stay comparable with earlier runs).
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, resolve, sep } from 'node:path';
import ts from 'typescript';
import { brotliQuality, COMPRESSIBLE, compressBoth, MIN_BYTES } from '../precompress';

export interface Mount {
  /** URL prefix ending with `/`, e.g. `/bench-data/`. */
  prefix: string;
  dir: string;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Resolves a URL path to a file inside a mount, or null (never outside the mount's directory). */
export function resolveFile(mounts: readonly Mount[], urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const sorted = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  for (const mount of sorted) {
    if (!path.startsWith(mount.prefix) && path !== mount.prefix.slice(0, -1)) continue;
    const root = resolve(mount.dir);
    let file = resolve(root, `.${sep}${path.slice(mount.prefix.length)}`);
    if (file !== root && !file.startsWith(root + sep)) return null;
    try {
      if (statSync(file).isDirectory()) file = resolve(file, 'index.html');
    } catch {
      // handled by the caller (404 or .ts fallback)
    }
    return file;
  }
  return null;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

const transpiled = new Map<string, string>();

function transpile(tsFile: string): string {
  const cached = transpiled.get(tsFile);
  if (cached !== undefined) return cached;
  const out = ts.transpileModule(readFileSync(tsFile, 'utf8'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    fileName: tsFile,
  }).outputText;
  transpiled.set(tsFile, out);
  return out;
}

/** Cache-Control for a request path (`urlPath`) served from `file`. */
export function cacheControl(file: string, urlPath = ''): string {
  if (/\/assets\//.test(urlPath)) return 'public, max-age=31536000, immutable';
  const name = basename(file).toLowerCase();
  if (/\.(?:html|webmanifest)$/.test(name) || name === 'sw.js') return 'no-cache';
  return 'max-age=3600';
}

export type Encoding = 'br' | 'gzip';

/**
 * The encoding to send for an Accept-Encoding header, of those `available`:
 * the one with the highest q-value above 0, brotli on a tie; `*` stands for
 * any not named; null when none is acceptable (or there is no header).
 */
export function pickEncoding(
  acceptEncoding: string | undefined,
  available: readonly Encoding[] = ['br', 'gzip'],
): Encoding | null {
  if (!acceptEncoding) return null;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let weight = 1;
    for (const param of params) {
      const m = /^\s*q\s*=\s*(.*?)\s*$/.exec(param);
      // A q-value that is not a number between 0 and 1 makes the coding unacceptable.
      if (m) weight = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(m[1] ?? '') ? Number(m[1]) : 0;
    }
    q.set(name.trim(), weight);
  }
  let best: Encoding | null = null;
  let bestQ = 0;
  for (const encoding of available) {
    const weight = q.get(encoding) ?? q.get('*') ?? 0;
    if (weight > bestQ) {
      best = encoding;
      bestQ = weight;
    }
  }
  return best;
}

function send(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(text);
}

interface ServeOptions {
  compress: boolean;
  /** Compressed bodies made on the fly, by file, modification time and encoding. */
  compressed: Map<string, Promise<Buffer>>;
}

/** The body to send for `file` (or the transpiled `.ts` text) and its encoding. */
async function encodedBody(
  req: IncomingMessage,
  file: string,
  text: string | null,
  options: ServeOptions,
): Promise<{ body: Buffer | null; encoding: Encoding | null; size: number }> {
  const size = text === null ? statSync(file).size : Buffer.byteLength(text);
  const compressible = COMPRESSIBLE.test(file) && size >= MIN_BYTES;
  if (!options.compress || !compressible) return { body: null, encoding: null, size };
  const encoding = pickEncoding(req.headers['accept-encoding']);
  if (!encoding) return { body: null, encoding: null, size };
  if (text === null) {
    const sibling = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
    if (isFile(sibling)) return { body: await readFile(sibling), encoding, size };
  }
  const key = `${file}\0${text === null ? String(statSync(file).mtimeMs) : 'ts'}\0${encoding}`;
  let made = options.compressed.get(key);
  if (!made) {
    made = (async () => {
      const data = text === null ? await readFile(file) : Buffer.from(text);
      const { gz, br } = await compressBoth(data, brotliQuality(basename(file), data.length));
      return encoding === 'br' ? br : gz;
    })();
    options.compressed.set(key, made);
  }
  const body = await made;
  // As the build does: a compressed form that is not smaller is not sent.
  return body.length < size ? { body, encoding, size } : { body: null, encoding: null, size };
}

async function handle(
  mounts: readonly Mount[],
  options: ServeOptions,
  req: IncomingMessage,
  res: ServerResponse,
) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    send(res, 405, 'Method not allowed');
    return;
  }
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const file = resolveFile(mounts, url.pathname);
  if (file === null) {
    send(res, 404, 'Not found');
    return;
  }
  let text: string | null = null;
  if (!isFile(file)) {
    const tsFile = file.replace(/\.js$/, '.ts');
    if (tsFile === file || !isFile(tsFile)) {
      send(res, 404, 'Not found');
      return;
    }
    text = transpile(tsFile);
  }
  const { body, encoding, size } = await encodedBody(req, file, text, options);
  const compressible = options.compress && COMPRESSIBLE.test(file) && size >= MIN_BYTES;
  res.writeHead(200, {
    'content-type': contentType(file),
    'content-length': body ? body.length : size,
    'cache-control': cacheControl(file, url.pathname),
    'x-content-type-options': 'nosniff',
    ...(encoding ? { 'content-encoding': encoding } : {}),
    ...(compressible ? { vary: 'Accept-Encoding' } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  if (body) res.end(body);
  else if (text !== null) res.end(text);
  else
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
}

export interface ServerOptions {
  /** Serve text files compressed (br or gzip) when the request accepts it. */
  compress?: boolean;
}

/** Starts the server on 127.0.0.1 and a port the system picks. */
export async function startServer(
  mounts: readonly Mount[],
  { compress = false }: ServerOptions = {},
): Promise<StaticServer> {
  const options: ServeOptions = { compress, compressed: new Map() };
  const server = createServer((req, res) => {
    handle(mounts, options, req, res).catch(() => {
      if (res.headersSent) res.destroy();
      else send(res, 500, 'Internal error');
    });
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolvePromise());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}
