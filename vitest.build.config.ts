import { defineConfig } from 'vitest/config';

// Tests of the built site: run after `npm run build` (see package.json "test").
export default defineConfig({
  test: {
    include: ['build-tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
