/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin, framingHeaderPlugin } from './csp.ts';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderPlugins } from './prerender.ts';
import { precompressPlugin } from './precompress.ts';
import { navigateFallbackDenylist } from './src/offline/navigation.ts';
import { e2eRoutes } from './e2e/serverRoutes.ts';
import { tokensPlugin } from './vite-plugins/tokens.ts';
import { basemapPlugin } from './vite-plugins/basemap.ts';
import { headOrderPlugin } from './vite-plugins/headOrder.ts';

// SITE_URL (e.g. https://example.org) makes canonical and preview addresses absolute.
const site = prerenderPlugins({ siteUrl: process.env.SITE_URL });

// `BASE_PATH` lets the same build be hosted under a sub-path
// (e.g. BASE_PATH=/cuba-syria/ npm run build).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  resolve: {
    // vis-timeline's HTML filter, replaced by escaping: see src/timeline/xss-text.ts.
    alias: { xss: fileURLToPath(new URL('./src/timeline/xss-text.ts', import.meta.url)) },
  },
  plugins: [
    react(),
    tokensPlugin(),
    basemapPlugin(),
    headOrderPlugin(),
    cspPlugin(process.env.VITE_TILE_URL),
    // Framing as the production server sends it (docs/hosting/), for dev and preview.
    framingHeaderPlugin(),
    // Stalled and slow responses for the loader's end-to-end tests (preview only).
    ...(process.env.E2E_ROUTES === '1' ? [e2eRoutes(process.env.E2E_DIST ?? 'dist')] : []),
    // A page and a preview image per event and language (see prerender.ts).
    site.pages,
    // Installable, and open offline after one visit: a service worker (Workbox)
    // precaches the app, the dataset, the basemaps and the fonts. A new
    // version waits until the reader accepts it (src/offline/).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // After the pages are prerendered (their hook runs first), so that the
      // precache holds the pages as served.
      integration: { closeBundleOrder: 'post' },
      manifest: {
        name: 'Cuba–Syria relations: timeline and map',
        short_name: 'Cuba–Syria',
        description: 'Interactive timeline and map of Cuba–Syria relations, 1965–2024',
        lang: 'en',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#f7f5f0',
        theme_color: '#245a8c',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: [
          '*.html',
          'es/index.html',
          'ar/index.html',
          'assets/**/*.{js,css,json,woff,woff2,png,svg}',
          'data/*.json',
          'print/*.svg',
          'icons/*.png',
          'favicon.svg',
        ],
        // Event pages and preview images are not precached: offline, any page
        // opens the app shell, which shows the event its address names.
        globIgnores: ['404.html'],
        navigateFallback: 'index.html',
        // Tested by Workbox against path and query: see src/offline/navigation.ts.
        navigateFallbackDenylist: navigateFallbackDenylist(base),
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        cleanupOutdatedCaches: true,
      },
    }),
    // Last: .gz and .br next to every text file written above, pages and sw.js included.
    precompressPlugin(),
    // Last: moves the complete build into place (a failed build leaves the previous one).
    site.commit,
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: [
      'src/**/*.test.ts',
      'vite-plugins/**/*.test.ts',
      'scripts/**/*.test.ts',
      'bench/**/*.test.ts',
      '*.test.ts',
    ],
    environment: 'node',
  },
});
