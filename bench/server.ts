/**
 * A small static file server for the benchmark, on 127.0.0.1 and a free port.
 *
 * Mounts are URL prefixes mapped to directories, longest prefix first. For a
 * request to `x.js` that does not exist next to an `x.ts`, the TypeScript file
 * is served transpiled (used by the TimelineJS comparison page). No SPA
 * fallback, no compression. Pages must be revalidated, other files may be
 * cached for an hour, like on a typical static host (each measurement uses a
 * fresh browser context, so cold loads always start with an empty cache; the
 * caching only matters for repeated requests within a page's life, such as
 * the favicon that Chromium requests again after each `history.pushState`).
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import ts from 'typescript';

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

export function cacheControl(file: string): string {
  return extname(file).toLowerCase() === '.html' ? 'no-cache' : 'max-age=3600';
}

function send(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(text);
}

function handle(mounts: readonly Mount[], req: IncomingMessage, res: ServerResponse) {
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
  if (!isFile(file)) {
    const tsFile = file.replace(/\.js$/, '.ts');
    if (tsFile !== file && isFile(tsFile)) {
      const body = transpile(tsFile);
      res.writeHead(200, {
        'content-type': contentType(file),
        'content-length': Buffer.byteLength(body),
        'cache-control': cacheControl(file),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    send(res, 404, 'Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': contentType(file),
    'content-length': statSync(file).size,
    'cache-control': cacheControl(file),
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** Starts the server on 127.0.0.1 and a port the system picks. */
export async function startServer(mounts: readonly Mount[]): Promise<StaticServer> {
  const server = createServer((req, res) => handle(mounts, req, res));
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
