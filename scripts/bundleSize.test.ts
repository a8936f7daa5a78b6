import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  distPathOf,
  formatKiB,
  gzipSize,
  startupAssets,
  startupRefs,
  totalBytes,
  totalGzip,
} from './bundleSize';

const INDEX_HTML = `<!doctype html>
<html>
  <head>
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    <!-- <script type="module" src="/assets/commented-out.js"></script> -->
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
    <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
    <link rel="stylesheet" href="https://cdn.example.org/font.css">
    <link rel="preconnect" href="https://cdn.example.org">
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

const FILES: Record<string, string> = {
  'assets/index-abc.js': `import './vendor-def.js';\n${'console.log("entry");\n'.repeat(50)}`,
  'assets/vendor-def.js': `export const vendor = ${JSON.stringify('x'.repeat(2000))};\n`,
  'assets/index-ghi.css': `body { margin: 0; }\n${'.a { color: red; }\n'.repeat(30)}`,
  // Not referenced by index.html: a lazily imported chunk.
  'assets/lazy-jkl.js': 'export default 1;\n'.repeat(500),
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
};

let dist: string;

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'bundle-size-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), INDEX_HTML);
  for (const [file, text] of Object.entries(FILES)) writeFileSync(join(dist, file), text);
});

afterEach(() => {
  rmSync(dist, { recursive: true, force: true });
});

describe('startupRefs', () => {
  it('lists module scripts, preloads and stylesheets in order, once, ignoring comments', () => {
    expect(startupRefs(INDEX_HTML)).toEqual([
      '/assets/index-abc.js',
      '/assets/vendor-def.js',
      '/assets/index-ghi.css',
      'https://cdn.example.org/font.css',
    ]);
  });

  it('accepts single-quoted and unquoted attributes and preload as=script|style', () => {
    const html = `<script src='a.js'></script><link rel=stylesheet href=b.css>
      <link rel="preload" as="style" href="c.css"><link rel="preload" as="image" href="d.png">`;
    expect(startupRefs(html)).toEqual(['a.js', 'b.css', 'c.css']);
  });
});

describe('distPathOf', () => {
  it('maps absolute, base-prefixed and relative URLs into dist', () => {
    expect(distPathOf('/assets/a.js')).toBe('assets/a.js');
    expect(distPathOf('/sub/assets/a.js', '/sub/')).toBe('assets/a.js');
    expect(distPathOf('./assets/a.js?v=1#x', './')).toBe('assets/a.js');
  });

  it('refuses external URLs and paths outside dist', () => {
    expect(distPathOf('https://cdn.example.org/a.js')).toBeNull();
    expect(distPathOf('//cdn.example.org/a.js')).toBeNull();
    expect(distPathOf('../secret.js')).toBeNull();
  });
});

describe('startupAssets', () => {
  it('measures each start-up file, raw and gzipped at level 9, and skips the rest', () => {
    const assets = startupAssets(dist);
    expect(assets.map((a) => a.file)).toEqual([
      'assets/index-abc.js',
      'assets/vendor-def.js',
      'assets/index-ghi.css',
    ]);
    for (const asset of assets) {
      const text = FILES[asset.file] ?? '';
      expect(asset.bytes).toBe(Buffer.byteLength(text));
      expect(asset.gzipBytes).toBe(gzipSync(text, { level: 9 }).length);
      expect(asset.gzipBytes).toBeLessThan(asset.bytes);
    }
  });

  it('sums the sizes', () => {
    const assets = startupAssets(dist);
    expect(totalGzip(assets)).toBe(assets.reduce((s, a) => s + a.gzipBytes, 0));
    expect(totalBytes(assets)).toBe(
      Object.entries(FILES)
        .filter(([file]) => !file.includes('lazy') && !file.endsWith('.svg'))
        .reduce((s, [, text]) => s + Buffer.byteLength(text), 0),
    );
    expect(totalGzip([])).toBe(0);
  });

  it('handles a build with a base path', () => {
    writeFileSync(join(dist, 'index.html'), INDEX_HTML.replaceAll('/assets/', '/sub/assets/'));
    expect(startupAssets(dist, { base: '/sub/' }).map((a) => a.file)).toEqual([
      'assets/index-abc.js',
      'assets/vendor-def.js',
      'assets/index-ghi.css',
    ]);
  });

  it('fails clearly when a referenced file is missing', () => {
    rmSync(join(dist, 'assets/vendor-def.js'));
    expect(() => startupAssets(dist)).toThrow(/vendor-def\.js/);
  });
});

describe('gzipSize and formatKiB', () => {
  it('gzips at level 9 and formats in KiB', () => {
    const data = Buffer.from('hello '.repeat(100));
    expect(gzipSize(data)).toBe(gzipSync(data, { level: 9 }).length);
    expect(formatKiB(301056)).toBe('294.0 KiB');
  });
});
