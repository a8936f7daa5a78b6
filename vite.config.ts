/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './csp.ts';
import { prerenderPlugin } from './prerender.ts';

// `BASE_PATH` lets the same build be hosted under a sub-path
// (e.g. BASE_PATH=/cuba-syria/ npm run build).
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  resolve: {
    // vis-timeline's HTML filter, replaced by escaping: see src/timeline/xss-text.ts.
    alias: { xss: fileURLToPath(new URL('./src/timeline/xss-text.ts', import.meta.url)) },
  },
  plugins: [
    react(),
    cspPlugin(process.env.VITE_TILE_URL),
    // SITE_URL (e.g. https://example.org) makes canonical and preview addresses absolute.
    prerenderPlugin({ siteUrl: process.env.SITE_URL }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', '*.test.ts'],
    environment: 'node',
  },
});
