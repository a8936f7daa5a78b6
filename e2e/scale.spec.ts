import { generateDataset } from '../scripts/gen-dataset';
import { expect, test } from './fixtures';

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
