// Runs the Playwright suite against the production build, with a browser
// found by scripts/browser.mjs. Extra arguments go to `playwright test`.
//
// It builds what it tests: dist/ (and the sub-path build) are built first,
// unless the caller says they are fresh (`npm test` builds them just
// before: E2E_BUILT=1, E2E_SUBPATH_READY=1). Its preview servers run on
// ports nobody else is using (E2E_PORT and the nine after it, found free
// unless given), and never reuse a server they did not start.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
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

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!process.env.E2E_BUILT) {
  console.log('e2e: building dist/ first (E2E_BUILT=1 tests the build already there)');
  run('npm', ['run', 'build']);
}
// The sub-path build (see build-subpath.mjs), unless `npm test` made it already.
if (!process.env.E2E_SUBPATH_READY) run('node', ['scripts/build-subpath.mjs']);

/** Whether `port` is free on localhost. */
function free(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, 'localhost', () => server.close(() => resolve(true)));
  });
}

/** The first port from 4173 (in steps of ten) with it and the nine after it free. */
async function freePorts() {
  for (let base = 4173; base < 4900; base += 10) {
    let ok = true;
    for (let p = base; p < base + 10 && ok; p++) ok = await free(p);
    if (ok) return base;
  }
  throw new Error('no free ports for the preview servers between 4173 and 4900');
}

const env = { ...process.env };
if (!env.E2E_PORT) env.E2E_PORT = String(await freePorts());
if (browser.path) env.E2E_CHROMIUM = browser.path;
console.log(
  `e2e: using ${browser.source === 'system' ? browser.path : "Playwright's Chromium"}, ports from ${env.E2E_PORT}`,
);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
});
process.exit(result.status ?? 1);
