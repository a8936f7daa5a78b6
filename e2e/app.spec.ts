import { dataset, eventById } from './dataset';
import { expect, test } from './fixtures';

test('the page shows the timeline, map and details regions', async ({ app }) => {
  await app.open();
  await expect(app.region('Timeline')).toBeVisible();
  await expect(app.region('Map')).toBeVisible();
  await expect(app.region('Event details')).toBeVisible();
  await expect(app.page).toHaveTitle(/Cuba–Syria relations/);
});

test('the timeline shows every event as an item and the eras as bands', async ({ app }) => {
  await app.open();
  expect(await app.allTimelineIds()).toEqual(dataset.events.map((e) => e.id).sort());
  // One band per era, plus one for each year two eras share (1991, 2011).
  await expect(app.page.locator('.vis-item.vis-background.era-band')).toHaveCount(5);
  await expect(app.page.locator('.vis-item.vis-background.era-band-shared')).toHaveCount(2);
});

test('the initial window shows the whole story from 1965 to 2024', async ({ app }) => {
  await app.open();
  const from = app.search().get('from') ?? '';
  const to = app.search().get('to') ?? '';
  expect(from < '1965-08-11').toBe(true);
  expect(to > '2024-12-08').toBe(true);
  // The axis names years from before the first event to after 2020.
  const years = (await app.region('Timeline').locator('.vis-time-axis .vis-text').allTextContents())
    .map(Number)
    .filter((y) => Number.isInteger(y) && y > 1000);
  expect(Math.min(...years)).toBeLessThanOrEqual(1965);
  expect(Math.max(...years)).toBeGreaterThanOrEqual(2020);
});

test('clicking each timeline item shows its details and puts it in the link', async ({ app }) => {
  // Every event, one after another: a few seconds each on a loaded machine.
  test.setTimeout(dataset.events.length * 6_000);
  await app.open();
  for (const event of dataset.events) {
    await app.clickTimelineItem(event.id);
    await expect(app.detailsTitle()).toHaveText(event.title);
    await expect.poll(() => app.currentEvent()).toBe(event.id);
    await expect(app.detailsSummary()).toHaveText(event.summary);
    await expect(app.details()).toContainText(event.sources[0]?.quote ?? '');
  }
});

test('dates show at their precision', async ({ app }) => {
  await app.open('?event=relations-established');
  await expect(app.details().locator('.story-date')).toHaveText('11 August 1965');
  await app.open('?event=era-post-cold-war');
  await expect(app.details().locator('.story-date')).toHaveText('1991 – 2011');
});

test('a deep link opens that event', async ({ app }) => {
  await app.open('?event=cultural-agreement-2019');
  await expect(app.detailsTitle()).toHaveText(eventById('cultural-agreement-2019').title);
  await expect(
    app.page.locator('.vis-item.vis-selected [data-event-id="cultural-agreement-2019"]'),
  ).toBeVisible();
  await expect(app.details().locator('.story-date')).toHaveText('24 September 2019');
});

test('selecting an event adds a history entry', async ({ app }) => {
  await app.open();
  await app.clickTimelineItem('relations-established');
  await expect.poll(() => app.currentEvent()).toBe('relations-established');
  await app.clickTimelineItem('cultural-agreement-2019');
  await expect.poll(() => app.currentEvent()).toBe('cultural-agreement-2019');
  await app.page.goBack();
  await expect(app.detailsTitle()).toHaveText(eventById('relations-established').title);
});
