import { generateDataset } from '../scripts/gen-dataset';
import { expect, test } from './fixtures';
import { serveDataset, testDataset, testEvent } from './hostile';

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
