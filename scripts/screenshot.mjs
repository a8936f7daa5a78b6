// Usage: node scripts/screenshot.mjs <url> <out.png> [width] [height]
// A quick look at the page as a user sees it (not part of the tests).
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.mjs';

const [url, out, width = '1366', height = '820', click] = process.argv.slice(2);
const found = await findChromium();
const browser = await chromium.launch({ executablePath: found?.path, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('request', (r) => {
  if (!r.url().startsWith('http://localhost') && !r.url().startsWith('data:'))
    console.log('EXTERNAL', r.url());
});
await page.goto(url);
await page.waitForTimeout(1500);
if (click) {
  await page.locator(click).first().click();
  await page.waitForTimeout(1500);
}
await page.screenshot({ path: out });
console.log('url after', page.url());
await browser.close();
