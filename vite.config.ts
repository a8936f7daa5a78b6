/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './csp.ts';
import { e2eRoutes } from './e2e/serverRoutes.ts';

// `BASE_PATH` lets the same build be hosted under a sub-path
// (e.g. BASE_PATH=/cuba-syria/ npm run build).
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [
    react(),
    cspPlugin(process.env.VITE_TILE_URL),
    // Stalled and slow responses for the loader's end-to-end tests (preview only).
    ...(process.env.E2E_ROUTES === '1' ? [e2eRoutes(process.env.E2E_DIST ?? 'dist')] : []),
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
