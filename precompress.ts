import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Files worth compressing: text. Images other than SVG, fonts and archives are compressed already. */
export const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|geojson|svg|webmanifest|txt|xml|ics|csv)$/i;

/** Below this size a compressed copy saves less than its own headers cost. */
export const MIN_BYTES = 256;

/** How many files are compressed at once (zlib runs on libuv's thread pool). */
const CONCURRENCY = 4;

export interface PrecompressResult {
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/**
 * Brotli's quality for a file (its path relative to the site's folder, and
 * its size). The app's own files (assets/ and the root: a fixed set, fetched
 * by every visitor) get the strongest, 11, about 45 ms per 24 KB page, or 10
 * above 256 KiB (a third of the time, 2% more bytes); the files that grow in
 * number with the dataset (event pages, data, print/) get 5, about 0.6 ms per
 * page for 13% more bytes, so that a build of thousands of events is not held
 * up for minutes.
 */
export function brotliQuality(relativePath: string, bytes: number): number {
  const fixed = relativePath.startsWith('assets/') || !relativePath.includes('/');
  if (!fixed) return 5;
  return bytes > 256 * 1024 ? 10 : constants.BROTLI_MAX_QUALITY;
}

/** The gzip and brotli forms of one file's bytes (made once, at build time, and served many times). */
export async function compressBoth(
  data: Buffer,
  quality: number = constants.BROTLI_MAX_QUALITY,
): Promise<{ gz: Buffer; br: Buffer }> {
  const [gz, br] = await Promise.all([
    gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
    brotliAsync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
  ]);
  return { gz, br };
}

/**
 * Writes `file.gz` and `file.br` next to every compressible file of `dir`
 * (what nginx's gzip_static and brotli_static serve), when the compressed
 * form is smaller. A copy that would not be smaller is not written, and one
 * left from an earlier run is not trusted: the build empties its folder first.
 */
export async function precompressDir(dir: string): Promise<PrecompressResult> {
  const result: PrecompressResult = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  const queue: string[] = [];
  for await (const path of walk(dir)) if (COMPRESSIBLE.test(path)) queue.push(path);
  async function worker() {
    for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
      if ((await stat(path)).size < MIN_BYTES) continue;
      const data = await readFile(path);
      const relativePath = relative(dir, path).split(sep).join('/');
      const { gz, br } = await compressBoth(data, brotliQuality(relativePath, data.length));
      result.files++;
      result.bytes += data.length;
      if (gz.length < data.length) {
        await writeFile(`${path}.gz`, gz);
        result.gzipBytes += gz.length;
      }
      if (br.length < data.length) {
        await writeFile(`${path}.br`, br);
        result.brotliBytes += br.length;
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return result;
}

/**
 * Precompresses the built site. Runs last: after the prerendered pages are
 * written and after vite-plugin-pwa has generated sw.js. Both are
 * `closeBundle` hooks, which run one after the other, ordered by the plugin's
 * `enforce`, then the hook's `order`, then the plugin's place in
 * vite.config.ts: vite-plugin-pwa's is `enforce: 'post'` with `order:
 * 'post'`, so this one is too, and is listed after it.
 */
export function precompressPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler(error?: Error) {
        if (error || config.build.ssr || config.build.write === false) return;
        const dir = resolve(config.root, config.build.outDir);
        const started = performance.now();
        const r = await precompressDir(dir);
        const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
        config.logger.info(
          `precompress: ${String(r.files)} files, ${kib(r.bytes)} → gzip ${kib(r.gzipBytes)}, brotli ${kib(r.brotliBytes)} in ${(performance.now() - started).toFixed(0)} ms`,
        );
      },
    },
  };
}
