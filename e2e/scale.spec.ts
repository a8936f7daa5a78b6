import { generateDataset } from '../scripts/gen-dataset';
import { expect, test } from './fixtures';
import { PLACE, serveDataset, testDataset, testEvent } from './hostile';

const big = JSON.stringify(generateDataset(3000, 7));

test.beforeEach(async ({ page }) => {
  await page.route(
    (url) => url.pathname === '/data/big.json',
    (route) => route.fulfill({ contentType: 'application/json', body: big }),
  );
});

test('a large dataset shows counts on the timeline, and clicking one zooms into it', async ({
  app,
}) => {
  await app.page.goto('./?data=/data/big.json');
  const counts = app.page.locator('.vis-item.tl-bucket-item');
  await expect(counts.first()).toBeVisible();
  const total = await counts.evaluateAll((els) =>
    els.reduce(
      (sum, el) => sum + Number(el.querySelector<HTMLElement>('.tl-bucket')?.dataset.bucket ?? 0),
      0,
    ),
  );
  expect(total).toBeGreaterThan(2500);
  const before = app.search().get('from');
  for (let i = 0; i < 6 && (await counts.count()) > 0; i++) {
    await counts.nth(Math.floor((await counts.count()) / 2)).click();
    await app.page.waitForTimeout(400);
  }
  await expect(app.timelineItems().first()).toBeVisible();
  expect(app.search().get('from')).not.toBe(before);
});

test('a large dataset pages the event list and keeps the selection in view', async ({ app }) => {
  await app.page.goto('./?data=/data/big.json');
  await expect(app.page.getByText('Events 1–200 of 3,000')).toBeVisible();
  await expect(app.eventListButtons()).toHaveCount(200);
  await app.page.locator('h1').click();
  await app.pressKey('End');
  await expect(app.eventList().locator('[aria-current="true"]')).toBeVisible();
  await expect(app.page.getByText(/Events \d[\d,]*–3,000 of 3,000/)).toBeVisible();
  await app.page.getByRole('button', { name: 'Earlier events' }).click();
  await expect(app.eventListButtons()).toHaveCount(200);
});

test.describe('a crowded day', () => {
  // 350 events on one day, more than the timeline draws at once, among a few others.
  const crowd = Array.from({ length: 350 }, (_, i) =>
    testEvent(`crowd-${String(i).padStart(3, '0')}`, '2000-05-01'),
  );
  const others = Array.from({ length: 20 }, (_, i) =>
    testEvent(`other-${String(i)}`, `${String(1990 + i)}-03-01`),
  );

  test.beforeEach(async ({ page }) => {
    await serveDataset(page, '/data/crowd.json', testDataset([...crowd, ...others]));
  });

  const DAY = 86_400_000;
  const linkWidthDays = (search: URLSearchParams) =>
    (Date.parse(search.get('to')!) - Date.parse(search.get('from')!)) / DAY;

  test('its count zooms in no further than the timeline can, then opens its events one by one', async ({
    app,
  }) => {
    await app.page.goto('./?data=/data/crowd.json');
    const biggest = async () => {
      const counts = app.page.locator('.vis-item.tl-bucket-item');
      await expect(counts.first()).toBeVisible();
      const sizes = await counts.evaluateAll((els) =>
        els.map((el) => Number(el.querySelector<HTMLElement>('.tl-bucket')?.dataset.bucket ?? 0)),
      );
      return counts.nth(sizes.indexOf(Math.max(...sizes)));
    };
    for (let i = 0; i < 12 && !app.search().get('event'); i++) {
      await (await biggest()).click();
      await app.page.waitForTimeout(500);
      // The link holds the window shown: never narrower than the closest zoom (60 days).
      expect(linkWidthDays(app.search())).toBeGreaterThanOrEqual(60);
    }
    await expect(app.detailsTitle()).toHaveText('Event crowd-000');
    await expect(app.eventList().locator('[aria-current="true"]')).toHaveText(/Event crowd-000/);
    await app.page.locator('h1').click();
    await app.pressKey('ArrowRight');
    await expect(app.detailsTitle()).toHaveText('Event crowd-001');
  });

  test('the closest zoom says what a click on a count does', async ({ app }) => {
    await app.page.goto('./?data=/data/crowd.json&from=2000-04-01&to=2000-05-31');
    const count = app.page.locator('.vis-item.tl-bucket-item .tl-bucket').first();
    await expect(count).toHaveAttribute('title', /choose to open the first/);
  });
});

test.describe('thousands of places', () => {
  const places = [
    { ...PLACE, id: 'embassy-a', name: 'Embassy A', kind: 'embassy', lat: 23, lng: -82 },
    { ...PLACE, id: 'embassy-b', name: 'Embassy B', kind: 'embassy', lat: 33, lng: 36 },
    ...Array.from({ length: 1200 }, (_, i) => ({
      ...PLACE,
      id: `place-${String(i)}`,
      name: `Place ${String(i)}`,
      lat: -50 + (i % 40) * 2.5,
      lng: -170 + Math.floor(i / 40) * 11,
    })),
    { ...PLACE, id: 'centre', name: 'The centre place', lat: 12, lng: 12 },
  ];
  const events = [
    testEvent('at-centre', '2000-01-01', { places: ['centre'] }),
    testEvent('at-embassy', '2001-01-01', { places: ['embassy-a'] }),
  ];

  test.beforeEach(async ({ page }) => {
    await serveDataset(page, '/data/places.json', testDataset(events, places));
  });

  test('are drawn on a canvas, the embassies staying pins, and open their popup', async ({
    app,
  }) => {
    await app.open('?data=/data/places.json&map=6/12.0000/12.0000');
    await expect(app.page.locator('.leaflet-marker-icon')).toHaveCount(2);
    await expect(app.page.locator('.leaflet-overlay-pane canvas')).toHaveCount(1);
    const map = (await app.page.locator('.leaflet-container').boundingBox())!;
    await app.page.mouse.click(map.x + map.width / 2, map.y + map.height / 2);
    const popup = app.page.locator('.leaflet-popup');
    await expect(popup).toContainText('The centre place');
    await popup.getByRole('link', { name: 'Event at-centre' }).click();
    await expect(app.detailsTitle()).toHaveText('Event at-centre');
  });
});

test.describe('searching a large dataset', () => {
  const large = JSON.stringify(generateDataset(6000, 3));

  test.beforeEach(async ({ page }) => {
    await serveDataset(page, '/data/large.json', large);
  });

  test('filters once typing pauses, and at once on Enter', async ({ app }) => {
    await app.page.goto('./?data=/data/large.json');
    const box = app.page.getByRole('searchbox', { name: 'Search events' });
    await box.pressSequentially('film week', { delay: 30 });
    await expect(box).toHaveValue('film week');
    await expect(app.page.locator('.search-count')).toHaveText(/^[\d,]+ of 6,000$/);
    await expect.poll(() => app.search().get('q')).toBe('film week');
    await box.fill('book fair');
    await box.press('Enter');
    await expect(app.detailsTitle()).toHaveText(/^Synthetic book fair no\. \d+$/);
  });
});
