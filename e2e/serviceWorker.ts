import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Page } from '@playwright/test';

/** The state of the page's active service worker ('activated' once it can serve offline). */
export function swState(page: Page) {
  return page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none',
  );
}

/** Whether a service worker controls the page. */
export function controlled(page: Page) {
  return page.evaluate(() => !!navigator.serviceWorker.controller);
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const TEXT = new Set(['.html', '.js', '.css', '.json', '.webmanifest']);

/**
 * "Deploys" a new version over a copy of the site, as a new build would: every
 * script gets a new name (and the old ones are gone from the server), every
 * reference to it follows, and the service worker's precache list changes
 * (new names, new revisions of the pages), so that a browser installs it.
 */
export function deployNewVersion(dir: string): void {
  for (const path of files(dir)) if (path.endsWith('.gz') || path.endsWith('.br')) rmSync(path);
  const assets = join(dir, 'assets');
  const renames = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => [name, name.replace(/\.js$/, '-next.js')] as const);
  for (const path of files(dir)) {
    if (!TEXT.has(extname(path))) continue;
    const text = readFileSync(path, 'utf8');
    let next = text;
    for (const [from, to] of renames) next = next.replaceAll(from, to);
    if (path === join(dir, 'sw.js'))
      next = next.replace(/revision:"([0-9a-f]+)"/g, (_, r: string) => `revision:"${r}1"`);
    if (next !== text) writeFileSync(path, next);
  }
  for (const [from, to] of renames) renameSync(join(assets, from), join(assets, to));
}
