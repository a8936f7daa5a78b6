import { expect, test } from './fixtures';

test.describe('content security policy', () => {
  test.use({ allowConsoleErrors: /CSP violation|Content Security Policy/ });

  test('the production page blocks inline script', async ({ app }) => {
    await app.open();
    const violations: string[] = [];
    app.page.on('console', (m) => {
      if (/CSP violation/.test(m.text())) violations.push(m.text());
    });
    await app.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.head.append(s);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(
      await app.page.evaluate(() => (window as unknown as { __inline?: number }).__inline),
    ).toBeUndefined();
  });
});

const HOSTILE_DATASET = {
  title: 'Hostile <img src=x onerror="window.__pwned=1">',
  parties: ['<script>window.__pwned=1</script>'],
  sources: [
    {
      id: 's',
      title: '<img src=x onerror="window.__pwned=1">Title',
      publisher: '<b>Publisher</b>',
      url: 'https://example.org/article',
      kind: 'critical',
    },
  ],
  places: [
    {
      id: 'p',
      name: '<img src=x onerror="window.__pwned=1">Place',
      lat: 10,
      lng: 10,
      precision: 'city',
      precisionNote: '<b>bold?</b>',
    },
  ],
  events: [
    {
      id: 'img',
      title: '<img src=x onerror="window.__pwned=1">',
      summary: '<script>window.__pwned=1</script> and more',
      start: '2000-05',
      category: 'cultural',
      places: ['p'],
      sources: [{ source: 's', section: '<i>Intro</i>', quote: '<svg onload="window.__pwned=1">' }],
    },
    {
      id: 'long',
      title: 'L'.repeat(200),
      summary: 'word '.repeat(399) + 'end',
      start: '2001',
      category: 'political',
      places: ['p'],
      sources: [{ source: 's', quote: 'q' }],
    },
  ],
};

test.describe('a hostile dataset', () => {
  test.beforeEach(async ({ page }) => {
    await page.route(
      (url) => url.pathname === '/data/hostile.json',
      (route) =>
        route.fulfill({ contentType: 'application/json', body: JSON.stringify(HOSTILE_DATASET) }),
    );
  });

  test('shows markup literally everywhere and runs nothing', async ({ app }) => {
    await app.open('?data=/data/hostile.json&event=img');
    await expect(app.detailsTitle()).toHaveText('<img src=x onerror="window.__pwned=1">');
    await expect(app.detailsSummary()).toHaveText('<script>window.__pwned=1</script> and more');
    await expect(app.timelineLabel('img')).toHaveText('<img src=x onerror="window.__pwned=1">');
    await expect(app.eventList()).toContainText('<img src=x onerror="window.__pwned=1">');
    await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE_DATASET.title);
    expect(await app.page.title()).toContain(HOSTILE_DATASET.title);
    await app.marker('<img src=x onerror="window.__pwned=1">Place').click();
    await expect(app.page.locator('.leaflet-popup')).toContainText('<b>bold?</b>');
    expect(
      await app.page.locator('img[src="x"], svg[onload], b, i, script:not([src])').count(),
    ).toBe(0);
    expect(
      await app.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
  });

  test('links sources only to their http or https address, in a new tab', async ({ app }) => {
    await app.open('?data=/data/hostile.json&event=img');
    const link = app.details().getByRole('link', { name: /Title/ });
    await expect(link).toHaveAttribute('href', 'https://example.org/article');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toContainText('<img src=x onerror="window.__pwned=1">Title');
  });

  test('refuses a source address that is not http or https', async ({ page }) => {
    const withScriptLink = structuredClone(HOSTILE_DATASET);
    withScriptLink.sources[0]!.url = 'javascript:window.__pwned=1';
    await page.route(
      (url) => url.pathname === '/data/script-link.json',
      (route) =>
        route.fulfill({ contentType: 'application/json', body: JSON.stringify(withScriptLink) }),
    );
    await page.goto('./?data=/data/script-link.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('sources[0].url');
    await expect(alert).toContainText('is not an http or https address');
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  });

  test('keeps very long text inside the page', async ({ app }) => {
    await app.open('?data=/data/hostile.json&event=long');
    await expect(app.detailsTitle()).toHaveText('L'.repeat(200));
    const overflow = await app.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('faults', () => {
  test.use({
    allowConsoleErrors: /injected fault|Failed to load resource|The above error occurred/,
  });
  const path = (p: string) => (url: URL) => url.pathname === p;

  for (const pane of ['map', 'timeline'] as const) {
    test(`a crash in the ${pane} stays in its pane and can be reloaded`, async ({ app }) => {
      await app.page.addInitScript((p) => {
        (window as unknown as { __cubaSyriaFaults: string[] }).__cubaSyriaFaults = [p];
      }, pane);
      await app.page.goto('./?event=civil-war-onset');
      const region = app.region(pane === 'map' ? 'Map' : 'Timeline');
      await expect(region.getByRole('alert')).toContainText(`The ${pane} stopped working`);
      // The rest of the app keeps working.
      await expect(app.detailsTitle()).toHaveText('Onset of the Syrian Civil War');
      await app.pressKey('ArrowRight');
      await expect(app.detailsTitle()).not.toHaveText('Onset of the Syrian Civil War');
      await app.page.evaluate(() => {
        (window as unknown as { __cubaSyriaFaults: string[] }).__cubaSyriaFaults = [];
      });
      await region.getByRole('button', { name: `Reload the ${pane}` }).click();
      await expect(region.getByRole('alert')).toHaveCount(0);
      await app.waitReady();
    });
  }

  // Errors thrown where they used to get lost: inside the pane's effect, in
  // the task that builds the timeline at start-up (its .catch swallowed it),
  // and in a store subscriber (it reached whoever changed the store).
  for (const [point, pane] of [
    ['timeline:effect', 'timeline'],
    ['timeline:task', 'timeline'],
    ['timeline:subscriber', 'timeline'],
    ['map:subscriber', 'map'],
  ] as const) {
    test(`an error in the ${point.replace(':', ' ')} shows the pane's message`, async ({ app }) => {
      await app.page.addInitScript((p) => {
        const w = window as unknown as { __cubaSyriaFaults: string[] };
        // A subscriber fails on the first change after start-up.
        w.__cubaSyriaFaults = p.endsWith('subscriber') ? [] : [p];
        (window as unknown as { __arm: () => void }).__arm = () => {
          w.__cubaSyriaFaults = [p];
        };
      }, point);
      await app.page.goto('./?event=civil-war-onset');
      const region = app.region(pane === 'map' ? 'Map' : 'Timeline');
      if (point.endsWith('subscriber')) {
        await app.waitReady();
        await app.page.evaluate(() => (window as unknown as { __arm: () => void }).__arm());
        await app.pressKey('ArrowRight');
      }
      await expect(region.getByRole('alert')).toContainText(`The ${pane} stopped working`);
      await expect(region.getByRole('alert')).toContainText('injected fault');
      // The rest of the app keeps working.
      await app.pressKey('ArrowLeft');
      await expect(app.detailsTitle()).toBeVisible();
    });
  }

  test('a network error loading the dataset is explained with a Retry button', async ({ app }) => {
    await app.page.route(path('/data/cuba-syria.json'), (route) =>
      route.abort('connectionrefused'),
    );
    await app.page.goto('./');
    const alert = app.page.getByRole('alert');
    await expect(alert).toContainText('could not be loaded');
    await expect(alert).toContainText('Network error');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  test('a truncated dataset is explained with a Retry button', async ({ app }) => {
    await app.page.route(path('/data/cuba-syria.json'), async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      await route.fulfill({ response, body: body.slice(0, Math.floor(body.length / 2)) });
    });
    await app.page.goto('./');
    const alert = app.page.getByRole('alert');
    await expect(alert).toContainText('is not valid JSON');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  test('a slow dataset shows a loading message, then the app', async ({ app }) => {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await app.page.route(path('/data/cuba-syria.json'), async (route) => {
      await released;
      await route.fallback();
    });
    await app.page.goto('./?event=civil-war-onset');
    await expect(
      app.page.getByRole('status').filter({ hasText: 'Loading the dataset' }),
    ).toBeVisible();
    release();
    await app.waitReady();
    await expect(app.detailsTitle()).toHaveText('Onset of the Syrian Civil War');
  });
});
