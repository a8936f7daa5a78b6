// Screenshots of the production build as a first-time reader sees it, at the
// three sizes the design is checked at, in every language, in three states:
// the opening view, an event chosen from the list, and after Next twice.
//
//   npm run build && node scripts/screenshots.mjs [out-dir]   (default: screenshots/)
//
// It serves dist/ itself (vite preview on a free port) and prints where each
// file went. Look at every one before calling a layout change done.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const out = process.argv[2] ?? 'screenshots';
const SIZES = [
  [390, 844],
  [1280, 720],
  [1440, 900],
];
const LANGUAGES = ['en', 'es', 'ar'];

const port = await new Promise((resolve) => {
  const server = createServer();
  server.listen(0, () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const preview = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
  stdio: 'ignore',
});
const base = `http://localhost:${port}/`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    /* not up yet */
  }
  await new Promise((r) => setTimeout(r, 200));
}

mkdirSync(out, { recursive: true });
const found = await findChromium();
const browser = await chromium.launch({ executablePath: found?.path, args: CHROMIUM_ARGS });
try {
  for (const [width, height] of SIZES) {
    for (const lang of LANGUAGES) {
      const page = await browser.newPage({ viewport: { width, height } });
      page.on('pageerror', (e) => console.log(`pageerror (${lang} ${width}): ${e.message}`));
      await page.goto(`${base}?lang=${lang}`);
      await page.locator('.vis-item [data-event-id]').first().waitFor();
      await page.waitForTimeout(800);
      const name = (state) => join(out, `${width}x${height}-${lang}-${state}.png`);
      await page.screenshot({ path: name('1-open') });
      // Choose the sixth event of the list, as a reader scrolling it would.
      await page.locator('.event-list-item').nth(5).click();
      await page.waitForTimeout(1200);
      await page.screenshot({ path: name('2-chosen') });
      await page.locator('.story-nav-next').click();
      await page.locator('.story-nav-next').click();
      await page.waitForTimeout(1200);
      await page.screenshot({ path: name('3-next') });
      console.log(`${width}x${height} ${lang}: ${name('*')}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  preview.kill();
}
