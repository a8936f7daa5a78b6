import { resolve } from 'node:path';
import { eventById } from './dataset';
import { expect, test } from './fixtures';
import { swState } from './serviceWorker';
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
});
