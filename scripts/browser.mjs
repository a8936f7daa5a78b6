// Finds a Chromium for Playwright: CHROMIUM_PATH, then Debian's
// /usr/bin/chromium, then Playwright's own download. Returns null if none.
import { existsSync } from 'node:fs';

export async function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter(Boolean);
  for (const path of candidates) if (existsSync(path)) return { path, source: 'system' };
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    if (path && existsSync(path)) return { path: undefined, source: 'playwright' };
  } catch {
    /* Playwright not installed or has no browser */
  }
  return null;
}

/** Flags that keep Chromium from reaching out to the network on its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--metrics-recording-only',
  '--no-pings',
];
