import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/browser.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_PATH = '/';
// The production build under test (npm test builds it into dist/).
const DIST = process.env.E2E_DIST ?? 'dist';
export const SUBPATH_PORT = PORT + 1;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}${BASE_PATH}`,
    trace: 'off',
    // Only the offline specs run the service worker: elsewhere it would serve
    // cached files past the routes the tests set up.
    serviceWorkers: 'block',
    launchOptions: {
      ...(process.env.E2E_CHROMIUM ? { executablePath: process.env.E2E_CHROMIUM } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 820 } },
    },
  ],
  webServer: [
    {
      command: `npx vite preview --outDir ${DIST} --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}${BASE_PATH}`,
      // Stalled and slow dataset responses (e2e/serverRoutes.ts).
      env: { E2E_ROUTES: '1', E2E_DIST: DIST },
      // Never a server this run did not start: it could be serving another build.
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Built by scripts/e2e.mjs: BASE_PATH=/cuba-syria/ with online tiles configured.
      command: `npx vite preview --outDir dist-subpath --base /cuba-syria/ --port ${SUBPATH_PORT} --strictPort`,
      url: `http://localhost:${SUBPATH_PORT}/cuba-syria/`,
      // Never a server this run did not start: it could be serving another build.
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
