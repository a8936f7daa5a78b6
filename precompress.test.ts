import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { brotliQuality, precompressDir } from './precompress';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(files: Record<string, string | Buffer>) {
  dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

describe('precompressDir', () => {
  it('writes .gz and .br beside every text file, in every folder, that decompress to it', async () => {
    const page = `<!doctype html><p>${'Cuba–Syria relations, 1965–2024. '.repeat(40)}</p>`;
    const files = {
      'index.html': page,
      'sw.js': `self.x = ${JSON.stringify('y'.repeat(600))};`,
      'events/a/index.html': page,
      'assets/app-1234abcd.js': `export const a = ${JSON.stringify('z'.repeat(900))};`,
      'assets/app-1234abcd.css': `.a { color: red; }\n`.repeat(40),
      'data/d.json': JSON.stringify({ events: Array(50).fill({ id: 'x' }) }),
      'favicon.svg': `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(100)}</svg>`,
      'manifest.webmanifest': JSON.stringify({ name: 'n'.repeat(400) }),
    };
    site(files);
    const result = await precompressDir(dir);
    expect(result.files).toBe(Object.keys(files).length);
    for (const name of Object.keys(files)) {
      const original = readFileSync(join(dir, name));
      expect(gunzipSync(readFileSync(join(dir, `${name}.gz`))), name).toEqual(original);
      expect(brotliDecompressSync(readFileSync(join(dir, `${name}.br`))), name).toEqual(original);
    }
  });

  it('leaves binary files and tiny files alone', async () => {
    const random = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 251));
    site({
      'icons/icon.png': random,
      'fonts/a.woff2': random,
      'small.js': 'export {};',
    });
    await precompressDir(dir);
    for (const name of ['icons/icon.png', 'fonts/a.woff2', 'small.js']) {
      expect(existsSync(join(dir, `${name}.gz`)), name).toBe(false);
      expect(existsSync(join(dir, `${name}.br`)), name).toBe(false);
    }
  });
});

describe('brotliQuality', () => {
  it('spends the most on the fixed set of app files, less on what grows with the dataset', () => {
    expect(brotliQuality('assets/index-abc.js', 100_000)).toBe(11);
    expect(brotliQuality('assets/index-abc.js', 800_000)).toBe(10);
    expect(brotliQuality('sw.js', 3_000)).toBe(11);
    expect(brotliQuality('index.html', 20_000)).toBe(11);
    expect(brotliQuality('events/a/index.html', 20_000)).toBeLessThan(10);
    expect(brotliQuality('es/events/a/index.html', 20_000)).toBeLessThan(10);
    expect(brotliQuality('data/cuba-syria.json', 100_000)).toBeLessThan(10);
  });
});
