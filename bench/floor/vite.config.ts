import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The floor app (see main.tsx): the project's Vite and React plugin, the
// same build target, built into bench/out/floor/ and served at /floor/.
export default defineConfig({
  root: import.meta.dirname,
  base: '/floor/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: '../out/floor',
    emptyOutDir: true,
    sourcemap: true,
  },
});
