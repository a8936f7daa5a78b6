import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eventById } from './dataset';
import { expect, test } from './fixtures';
import { controlled, deployNewVersion, swState } from './serviceWorker';
import { serveStatic } from './static-server';

const DIST = resolve(process.env.E2E_DIST ?? 'dist');
const event = eventById('civil-war-onset');

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test.describe.configure({ mode: 'serial' });

  test('every address the app writes opens with the network cut, whatever its query', async ({
    page,
  }) => {
    const server = await serveStatic(DIST);
    let closed = false;
    try {
      await page.goto(`${server.origin}/`);
      await page.locator('.vis-item').first().waitFor();
      await expect.poll(() => swState(page), { timeout: 20_000 }).toBe('activated');
      await server.close();
      closed = true;
      // Queries that end like a file name, and a page's own file name.
      const addresses: [string, string | null][] = [
        [`/events/${event.id}/?map=34.8021,38.9968,5.5`, event.title],
        ['/?from=2011-01-01&to=2012-12-31&map=33.5131,36.2765,6.25', null],
        [`/es/events/${event.id}/?map=1.5,2.5,3.25`, null],
        ['/?data=/data/cuba-syria.json', null],
        ['/?q=U.S', null],
        ['/?q=assets/x.js', null],
        [`/events/${event.id}/index.html`, event.title],
        ['/index.html?map=33.5,36.3,6', null],
      ];
      for (const [address, title] of addresses) {
        await page.goto(`${server.origin}${address}`);
        await expect(page.locator('.app-main .vis-timeline'), address).toBeVisible();
        await expect(page.locator('.leaflet-container[data-basemap]'), address).toBeVisible();
        if (title) await expect(page.locator('#details-title'), address).toHaveText(title);
      }
    } finally {
      if (!closed) await server.close();
    }
  });

  test('two tabs across an update: the other tab holds its version, then reloads, never failing', async ({
    context,
  }) => {
    const dir = mkdtempSync(join(tmpdir(), 'site-'));
    cpSync(DIST, dir, { recursive: true });
    const server = await serveStatic(dir);
    try {
      const reader = await context.newPage();
      await reader.goto(`${server.origin}/events/${event.id}/`);
      await expect.poll(() => swState(reader), { timeout: 20_000 }).toBe('activated');
      await reader.reload();
      await expect.poll(() => controlled(reader)).toBe(true);
      const other = await context.newPage();
      await other.goto(`${server.origin}/?q=Havana`);
      await expect.poll(() => controlled(other)).toBe(true);
      await other.locator('.vis-item').first().waitFor();

      deployNewVersion(dir);
      await reader.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      const update = 'A new version of this site is available.';
      for (const tab of [reader, other])
        await expect(tab.getByRole('status').filter({ hasText: update })).toBeVisible({
          timeout: 20_000,
        });

      // The other tab takes the new version: it reloads, keeping its view.
      await other.getByRole('status').getByRole('button', { name: 'Reload' }).click();
      await expect(other.getByRole('searchbox', { name: 'Search events' })).toHaveValue('Havana', {
        timeout: 20_000,
      });
      await expect(other.locator('.vis-item').first()).toBeVisible();

      // The reader's tab, still open on the old version under the new worker,
      // says so, and what it can no longer load does not fail as a bug.
      const stale = reader
        .getByRole('status')
        .filter({ hasText: 'A new version of this site is available: reload to go on.' });
      await expect(stale).toBeVisible();
      const citeChunk = reader.waitForResponse((r) =>
        /\/assets\/CiteDialog-[^/]*\.js$/.test(r.url()),
      );
      await reader.getByRole('button', { name: 'Cite this event' }).click();
      expect((await citeChunk).status()).toBe(404);
      await expect(reader.locator('#details-title')).toHaveText(event.title);
      await reader.getByRole('button', { name: 'Export' }).click();
      await reader.getByRole('button', { name: /^CSV/ }).click();
      await reader.getByRole('button', { name: 'Cite this event' }).click();
      await expect(reader.locator('#details-title')).toHaveText(event.title);
      await expect(stale).toBeVisible();
      await expect(reader.getByRole('alert').filter({ hasText: 'stopped working' })).toHaveCount(0);
      await expect(reader.locator('.pane-error')).toHaveCount(0);

      // Once hidden (the reader turns to another tab), it reloads onto the
      // new version, on the same view, where Cite works.
      const reloaded = reader.waitForEvent('load');
      await reader.evaluate(() => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      });
      await reloaded;
      await expect(reader.locator('#details-title')).toHaveText(event.title);
      await expect(reader.getByRole('status').filter({ hasText: 'new version' })).toHaveCount(0);
      await reader.getByRole('button', { name: 'Cite this event' }).click();
      await expect(reader.getByRole('dialog', { name: 'Cite this event' })).toBeVisible();
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test.describe('a chunk of the old version', () => {
  test.use({ allowConsoleErrors: /Failed to load resource|dynamically imported module/ });

  test('that cannot load says a new version is available, with a Reload button', async ({
    app,
    page,
  }) => {
    // The old version's chunk is gone from the server (a newer one was deployed).
    await page.route(/\/assets\/CiteDialog-[^/]*\.js$/, (route) => route.fulfill({ status: 404 }));
    await app.open(`?event=${event.id}`);
    await app.details().getByRole('button', { name: 'Cite this event' }).click();
    const stale = page
      .getByRole('status')
      .filter({ hasText: 'A new version of this site is available: reload to go on.' });
    await expect(stale).toBeVisible();
    // The story is still there, not an error panel; asking again does not break it either.
    await expect(page.locator('#details-title')).toHaveText(event.title);
    await app.details().getByRole('button', { name: 'Cite this event' }).click();
    await expect(page.locator('#details-title')).toHaveText(event.title);
    await expect(page.locator('.pane-error')).toHaveCount(0);
    // Reload: the page comes back on the same view.
    await page.unroute(/\/assets\/CiteDialog-[^/]*\.js$/);
    const reloaded = page.waitForEvent('load');
    await stale.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect(page.locator('#details-title')).toHaveText(event.title);
    await app.details().getByRole('button', { name: 'Cite this event' }).click();
    await expect(page.getByRole('dialog', { name: 'Cite this event' })).toBeVisible();
  });
});
