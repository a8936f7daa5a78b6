import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControl, pickEncoding, startServer, type StaticServer } from './server';

describe('pickEncoding', () => {
  it('prefers brotli among what Chromium accepts, and honours q-values', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip, deflate')).toBe('gzip');
    expect(pickEncoding('br;q=0, gzip')).toBe('gzip');
    expect(pickEncoding('gzip;q=0.8, br;q=0.4')).toBe('gzip');
    expect(pickEncoding('GZIP ; Q=1')).toBe('gzip');
  });

  it('reads * as any encoding not named, and refuses when nothing acceptable is left', () => {
    expect(pickEncoding('*')).toBe('br');
    expect(pickEncoding('br;q=0, *')).toBe('gzip');
    expect(pickEncoding('*;q=0')).toBeNull();
    expect(pickEncoding('identity')).toBeNull();
    expect(pickEncoding('deflate, zstd')).toBeNull();
    expect(pickEncoding('')).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
    expect(pickEncoding('gzip;q=x')).toBeNull();
  });

  it('offers only the encodings available', () => {
    expect(pickEncoding('br, gzip', ['gzip'])).toBe('gzip');
    expect(pickEncoding('br', ['gzip'])).toBeNull();
  });
});

describe('cacheControl', () => {
  it('makes hashed assets immutable and pages, sw.js and the manifest revalidate', () => {
    expect(cacheControl('/d/assets/index-abc.js', '/assets/index-abc.js')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(cacheControl('/f/assets/x.css', '/floor/assets/x.css')).toContain('immutable');
    expect(cacheControl('/d/index.html', '/')).toBe('no-cache');
    expect(cacheControl('/d/events/a/index.html', '/events/a/')).toBe('no-cache');
    expect(cacheControl('/d/sw.js', '/sw.js')).toBe('no-cache');
    expect(cacheControl('/d/manifest.webmanifest', '/manifest.webmanifest')).toBe('no-cache');
    expect(cacheControl('/d/data/cuba-syria.json', '/data/cuba-syria.json')).toBe('max-age=3600');
  });
});

interface Got {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(origin: string, path: string, accept?: string, method = 'GET'): Promise<Got> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${origin}${path}`,
      { method, headers: accept === undefined ? {} : { 'accept-encoding': accept } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the compressing server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-server-'));
  const page = `<!doctype html><title>t</title>${'<p>text that compresses well</p>'.repeat(40)}`;
  const script = `export const x = ${JSON.stringify('abc '.repeat(200))};\n`;
  const style = `body { color: red; }\n`.repeat(50);
  // Sibling files with contents of their own: what is sent must be them, not a new compression.
  const brSibling = Buffer.from('the build brotli file');
  const gzSibling = gzipSync('the build gzip file');
  let plain: StaticServer;
  let compressing: StaticServer;

  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), page);
    writeFileSync(join(dir, 'app.js'), script);
    writeFileSync(join(dir, 'app.js.br'), brSibling);
    writeFileSync(join(dir, 'app.js.gz'), gzSibling);
    writeFileSync(join(dir, 'style.css'), style);
    writeFileSync(join(dir, 'small.js'), 'export {};\n');
    writeFileSync(join(dir, 'image.png'), Buffer.alloc(4096, 7));
    writeFileSync(join(dir, 'page.ts'), `const n: number = 1;\n${'console.log(n);\n'.repeat(40)}`);
    const mounts = [{ prefix: '/', dir }];
    plain = await startServer(mounts);
    compressing = await startServer(mounts, { compress: true });
  });

  afterAll(async () => {
    await plain.close();
    await compressing.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends the build's .br file to a browser that accepts brotli", async () => {
    const r = await get(compressing.origin, '/app.js', 'gzip, deflate, br, zstd');
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers.vary).toBe('Accept-Encoding');
    expect(r.headers['content-type']).toContain('text/javascript');
    expect(r.body.equals(brSibling)).toBe(true);
    expect(Number(r.headers['content-length'])).toBe(brSibling.length);
  });

  it("sends the build's .gz file when only gzip is accepted", async () => {
    const r = await get(compressing.origin, '/app.js', 'gzip');
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.body.equals(gzSibling)).toBe(true);
  });

  it('compresses on the fly what has no compressed copy, and the text survives', async () => {
    const br = await get(compressing.origin, '/style.css', 'br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(style.length);
    expect(brotliDecompressSync(br.body).toString()).toBe(style);
    const gz = await get(compressing.origin, '/', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['cache-control']).toBe('no-cache');
    expect(gunzipSync(gz.body).toString()).toBe(page);
    // Again, from the server's memory: the same bytes.
    const again = await get(compressing.origin, '/', 'gzip');
    expect(again.body.equals(gz.body)).toBe(true);
  });

  it('compresses the transpiled TypeScript of the comparison page', async () => {
    const r = await get(compressing.origin, '/page.js', 'gzip');
    expect(r.headers['content-encoding']).toBe('gzip');
    const text = gunzipSync(r.body).toString();
    expect(text).toContain('console.log(n)');
    expect(text).not.toContain(': number');
  });

  it('sends files as they are to a client that accepts no encoding', async () => {
    for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const r = await get(compressing.origin, '/app.js', accept);
      expect(r.headers['content-encoding']).toBeUndefined();
      expect(r.body.toString()).toBe(script);
    }
  });

  it('leaves small files and binary files alone', async () => {
    const small = await get(compressing.origin, '/small.js', 'br, gzip');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString()).toBe('export {};\n');
    const png = await get(compressing.origin, '/image.png', 'br, gzip');
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers.vary).toBeUndefined();
    expect(png.body.length).toBe(4096);
  });

  it('answers HEAD with the length of what GET would send, and no body', async () => {
    const r = await get(compressing.origin, '/app.js', 'br', 'HEAD');
    expect(r.headers['content-encoding']).toBe('br');
    expect(Number(r.headers['content-length'])).toBe(brSibling.length);
    expect(r.body.length).toBe(0);
  });

  it('does not compress unless asked to (the desktop measures)', async () => {
    const r = await get(plain.origin, '/app.js', 'gzip, deflate, br, zstd');
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.headers.vary).toBeUndefined();
    expect(r.body.toString()).toBe(script);
  });

  it('still refuses paths outside its folders and other methods', async () => {
    expect((await get(compressing.origin, '/../etc/passwd', 'gzip')).status).toBe(404);
    expect((await get(compressing.origin, '/missing.js', 'gzip')).status).toBe(404);
    expect((await get(compressing.origin, '/', 'gzip', 'POST')).status).toBe(405);
  });
});
