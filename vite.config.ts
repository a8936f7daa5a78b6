/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './csp.ts';

// `BASE_PATH` lets the same build be hosted under a sub-path
// (e.g. BASE_PATH=/cuba-syria/ npm run build).
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), cspPlugin(process.env.VITE_TILE_URL)],
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
