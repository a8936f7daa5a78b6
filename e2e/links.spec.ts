import { eventById } from './dataset';
import { expect, test } from './fixtures';

const TEACHER_LINK =
  '?event=cultural-agreement-2019&from=2010-01-01&to=2020-01-01&map=4/35.0000/20.0000';

test('a full link restores the event, the time window and the map view', async ({ app }) => {
  await app.open(TEACHER_LINK);
  await expect(app.detailsTitle()).toHaveText(eventById('cultural-agreement-2019').title);
  const axis = app
    .region('Timeline')
    .locator('.vis-time-axis .vis-text.vis-major, .vis-time-axis .vis-text.vis-minor');
  await expect(axis.filter({ hasText: /^2015$/ })).toHaveCount(1);
  await expect(axis.filter({ hasText: /^1980$/ })).toHaveCount(0);
  const view = await app.mapView();
  expect(view).toEqual({ zoom: 4, lat: 35, lng: 20 });
  expect(app.search().get('from')).toBe('2010-01-01');
  expect(app.search().get('to')).toBe('2020-01-01');
});

test('the link is rewritten to its canonical form without a new history entry', async ({ app }) => {
  await app.page.addInitScript(() => {
    (window as unknown as { __historyAtStart: number }).__historyAtStart = history.length;
  });
  await app.page.goto('./?map=4/35/20&event=cultural-agreement-2019');
  await app.waitReady();
  // The event's page, with the rest of the view in the query string.
  await expect
    .poll(() => new URL(app.page.url()).pathname + new URL(app.page.url()).search)
    .toMatch(
      /^\/events\/cultural-agreement-2019\/\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d&map=4\/35\.0000\/20\.0000$/,
    );
  const [atStart, now] = await app.page.evaluate(() => [
    (window as unknown as { __historyAtStart: number }).__historyAtStart,
    history.length,
  ]);
  expect(now).toBe(atStart);
});

test('panning and zooming replace the link in place', async ({ app }) => {
  await app.open(TEACHER_LINK);
  const before = await app.page.evaluate(() => history.length);
  await app.region('Timeline').getByRole('button', { name: 'Zoom the timeline out' }).click();
  await expect.poll(() => app.search().get('from')).not.toBe('2010-01-01');
  await app.region('Map').getByRole('button', { name: 'Zoom the map in' }).click();
  await expect.poll(async () => (await app.mapView()).zoom).toBe(5);
  expect(await app.page.evaluate(() => history.length)).toBe(before);
});

test('a copied link opens the same view in a fresh page', async ({ app, browser, baseURL }) => {
  await app.open();
  await app.clickTimelineItem('civil-war-onset');
  await app.settle();
  await app.region('Timeline').getByRole('button', { name: 'Zoom the timeline in' }).click();
  await app.settle();
  const link = app.page.url();
  const context = await browser.newContext({ baseURL: baseURL! });
  const other = await context.newPage();
  await other.goto(link);
  await expect(
    other.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(eventById('civil-war-onset').title);
  await other.waitForTimeout(1500);
  expect(new URL(other.url()).search).toBe(new URL(link).search);
  await context.close();
});

test('Back and Forward step through selections and restore their views', async ({ app }) => {
  await app.open();
  const ids = ['relations-established', 'un-mutual-backing', 'cultural-agreement-2019'];
  const views: string[] = [];
  for (const id of ids) {
    await app.selectFromList(eventById(id).title);
    await app.settle();
    views.push(app.search().get('map')!);
  }
  await app.page.goBack();
  await expect(app.detailsTitle()).toHaveText(eventById('un-mutual-backing').title);
  await expect.poll(() => app.search().get('map')).toBe(views[1]);
  await app.page.goBack();
  await expect(app.detailsTitle()).toHaveText(eventById('relations-established').title);
  await expect.poll(() => app.search().get('map')).toBe(views[0]);
  await app.page.goForward();
  await expect(app.detailsTitle()).toHaveText(eventById('un-mutual-backing').title);
  await app.page.goForward();
  await expect(app.detailsTitle()).toHaveText(eventById('cultural-agreement-2019').title);
  await expect.poll(() => app.search().get('map')).toBe(views[2]);
});

test('the Copy link button puts the link on the clipboard and says so', async ({
  app,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open('?event=civil-war-onset');
  await app.page.getByRole('button', { name: 'Copy link' }).click();
  await expect(app.page.locator('[aria-live="polite"]')).toHaveText(
    'Link copied to the clipboard.',
  );
  const copied = await app.page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(app.page.url());
});

test('when the clipboard is refused the link is shown to copy by hand', async ({ app }) => {
  await app.page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
  });
  await app.open('?event=civil-war-onset');
  await app.page.getByRole('button', { name: 'Copy link' }).click();
  const field = app.page.getByRole('textbox', { name: 'Link to this view' });
  await expect(field).toHaveValue(app.page.url());
  await expect(app.page.locator('[aria-live="polite"]')).toContainText('Copying was refused');
});

const HOSTILE: Array<[string, string, RegExp]> = [
  ['unknown event', '?event=no-such-event', /event=no-such-event: no event with this id/],
  ['NaN map', '?map=NaN/1/2', /map=NaN\/1\/2/],
  ['huge map number', '?map=1e308/0/0', /map=1e308\/0\/0/],
  ['latitude 95', '?map=4/95/20', /map=4\/95\/20/],
  ['from after to', '?from=2020-01-01&to=1990-01-01', /from=2020-01-01/],
  ['impossible date', '?from=1965-13-45&to=1990-01-01', /1965-13-45/],
  ['unknown category', '?cat=diplomatic,sport', /sport/],
  ['repeated parameter', '?event=civil-war-onset&event=relations-established', /repeated/],
  [
    'script in event',
    '?event=<script>window.__pwned=1</script>',
    /event=<script>window.__pwned=1<\/script>/,
  ],
  ['markup in an unknown key', '?<img src=x onerror="window.__pwned=1">=1', /<img src=x onerror=/],
  ['foreign dataset host', '?data=//evil.example/x.json', /data=\/\/evil.example\/x.json/],
  ['javascript dataset', '?data=javascript:alert(1)', /data=javascript:alert\(1\)/],
  ['very long link', `?q=${'a'.repeat(9000)}`, /longer than 8000 characters/],
];

for (const [name, query, message] of HOSTILE) {
  test(`a hostile link (${name}) shows a notice and keeps the app working`, async ({ app }) => {
    await app.page.goto(`./${query}`);
    await app.waitReady();
    const notice = app.notices().first();
    await expect(notice).toBeVisible();
    await expect(notice).toHaveAttribute('role', /status|alert/);
    await expect(notice).toContainText(message);
    expect(
      await app.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await app.page.locator('main script, main img[src="x"]').count()).toBe(0);
    await app.notices().first().getByRole('button', { name: 'Dismiss notice' }).click();
    await expect(app.notices()).toHaveCount(0);
    await app.clickTimelineItem('relations-established');
    await expect(app.detailsTitle()).toHaveText(eventById('relations-established').title);
  });
}

/** Views a link can write but the app cannot show as they are: shown as near as it can, and said. */
const ADJUSTED: Array<[string, string, string]> = [
  ['zoom above the map’s maximum', '?map=15/35.0000/20.0000', 'map'],
  ['zoom below the map’s minimum', '?map=0/35.0000/20.0000', 'map'],
  ['zoom between the map’s steps', '?map=4.3/35.0000/20.0000', 'map'],
  ['window starting before the story', '?from=1800-01-01&to=2000-01-01', 'from'],
  ['window narrower than the closest zoom', '?from=2000-01-01&to=2000-01-04', 'from'],
  ['window wider than the whole story', '?from=1100-01-01&to=2900-01-01', 'from'],
];

for (const [name, query, key] of ADJUSTED) {
  test(`a link whose view cannot be shown as it is says so (${name})`, async ({ app }) => {
    await app.open(query);
    const notice = app.notices();
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText(`${key}=`);
    await expect(notice).toContainText(/adjusted to what the (map|timeline) can show/);
    await app.settle();
    // The link now holds the view shown, and reopening it changes nothing more.
    const canonical = new URL(app.page.url()).search;
    expect(canonical).not.toContain(query.slice(1));
    await app.open(canonical);
    await app.settle();
    await expect(app.notices()).toHaveCount(0);
    expect(new URL(app.page.url()).search).toBe(canonical);
  });
}

test('script in the search text stays text', async ({ app }) => {
  await app.page.goto(`./?q=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}`);
  await expect(app.page.getByRole('searchbox', { name: 'Search events' })).toHaveValue(
    '<img src=x onerror="window.__pwned=1">',
  );
  await expect(
    app.eventList().or(app.region('Event list').getByText('No events match')),
  ).toBeVisible();
  expect(
    await app.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
});

test.describe('datasets from a link', () => {
  test.use({ allowConsoleErrors: /Failed to load resource/ });

  const path = (p: string) => (url: URL) => url.pathname === p;

  test('a dataset that is not there is explained with a Retry button', async ({ app }) => {
    await app.page.route(path('/data/missing.json'), (route) =>
      route.fulfill({ status: 404, body: 'Not found' }),
    );
    await app.page.goto('./?data=/data/missing.json');
    const alert = app.page.getByRole('alert');
    await expect(alert).toContainText('could not be loaded');
    await expect(alert).toContainText('404');
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  test('a host that answers a missing dataset with its own page is explained too', async ({
    app,
  }) => {
    await app.page.goto('./?data=/data/missing.json');
    const alert = app.page.getByRole('alert');
    await expect(alert).toContainText('could not be loaded');
    await expect(alert).toContainText('instead of JSON');
  });

  test('Retry loads the dataset once it is back', async ({ app }) => {
    let fail = true;
    await app.page.route(path('/data/cuba-syria.json'), (route) =>
      fail ? route.fulfill({ status: 503, body: 'busy' }) : route.fallback(),
    );
    await app.page.goto('./?event=civil-war-onset');
    await expect(app.page.getByRole('alert')).toContainText('503');
    fail = false;
    await app.page.getByRole('button', { name: 'Retry' }).click();
    await expect(app.detailsTitle()).toHaveText(eventById('civil-war-onset').title);
  });

  test('a dataset that fails validation lists its problems', async ({ app }) => {
    await app.page.route(path('/data/broken.json'), (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          title: 'Broken',
          parties: [],
          sources: [
            { id: 's', title: 'T', publisher: 'P', url: 'https://example.org/', kind: 'wire' },
          ],
          places: [],
          events: [
            {
              id: 'a',
              title: 'A',
              summary: 'S',
              start: '1965-13-45',
              category: 'sport',
              places: ['nowhere'],
              sources: [{ source: 's', quote: 'q' }],
            },
          ],
        }),
      }),
    );
    await app.page.goto('./?data=/data/broken.json');
    const alert = app.page.getByRole('alert');
    await expect(alert).toContainText('events[0].start');
    await expect(alert).toContainText('events[0].category');
    await expect(alert).toContainText('events[0].places[0]');
  });

  test('another same-origin dataset loads through data=', async ({ app }) => {
    await app.page.route(path('/data/other.json'), (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          title: 'Another story',
          parties: ['A'],
          sources: [
            { id: 's', title: 'T', publisher: 'P', url: 'https://example.org/', kind: 'wire' },
          ],
          places: [{ id: 'p', name: 'Somewhere', lat: 10, lng: 10, precision: 'city' }],
          events: [
            {
              id: 'only',
              title: 'The only event',
              summary: 'Summary.',
              start: '2000-05',
              category: 'cultural',
              places: ['p'],
              sources: [{ source: 's', quote: 'q' }],
            },
          ],
        }),
      }),
    );
    await app.page.goto('./?data=/data/other.json&event=only');
    await expect(app.detailsTitle()).toHaveText('The only event');
    await expect(app.details().locator('time')).toHaveText('May 2000');
    await expect.poll(() => app.search().get('data')).toBe('/data/other.json');
  });
});

test('a selection writes one history entry and the programmatic moves that follow do not loop', async ({
  app,
}) => {
  await app.page.addInitScript(() => {
    const w = window as unknown as { __pushes: number; __replaces: number };
    w.__pushes = 0;
    w.__replaces = 0;
    const push = history.pushState.bind(history);
    const replace = history.replaceState.bind(history);
    history.pushState = (...args) => {
      w.__pushes += 1;
      return push(...args);
    };
    history.replaceState = (...args) => {
      w.__replaces += 1;
      return replace(...args);
    };
  });
  await app.open();
  await app.settle();
  const counts = () =>
    app.page.evaluate(() => {
      const w = window as unknown as { __pushes: number; __replaces: number };
      return { pushes: w.__pushes, replaces: w.__replaces };
    });
  const before = await counts();
  await app.clickTimelineItem('civil-war-onset');
  await app.settle();
  const after = await counts();
  expect(after.pushes - before.pushes).toBe(1);
  // The map's fly and the timeline's pan settle in a handful of throttled writes.
  expect(after.replaces - before.replaces).toBeLessThanOrEqual(6);
  await app.page.waitForTimeout(1500);
  expect(await counts()).toEqual(after);
});
