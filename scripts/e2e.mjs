// Runs the Playwright suite against the production build, with a browser
// found by scripts/browser.mjs. Extra arguments go to `playwright test`.
import { spawnSync } from 'node:child_process';
import { findChromium } from './browser.mjs';

const browser = await findChromium();
if (!browser) {
  console.error(
    [
      'No Chromium found for the end-to-end tests. Either:',
      '  - install Debian/Ubuntu Chromium:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH=/path/to/chromium), or',
      "  - download Playwright's browser:   npx playwright install chromium",
    ].join('\n'),
  );
  process.exit(1);
}
// The sub-path build (see build-subpath.mjs), unless `npm test` made it already.
if (!process.env.E2E_SUBPATH_READY) {
  const variant = spawnSync('node', ['scripts/build-subpath.mjs'], { stdio: 'inherit' });
  if (variant.status !== 0) process.exit(variant.status ?? 1);
}

const env = { ...process.env };
if (browser.path) env.E2E_CHROMIUM = browser.path;
console.log(`e2e: using ${browser.source === 'system' ? browser.path : "Playwright's Chromium"}`);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
