import { eventById } from './dataset';
import { expect, test } from './fixtures';

// This build is hosted under /cuba-syria/ and has online tiles configured
// (at a local address that serves no tiles).
test.use({ baseURL: `http://localhost:${Number(process.env.E2E_PORT ?? 4173) + 1}/cuba-syria/` });

test('the app works when hosted under a sub-path', async ({ app }) => {
  await app.open('?event=cultural-agreement-2019&map=4/35.0000/20.0000');
  await expect(app.detailsTitle()).toHaveText(eventById('cultural-agreement-2019').title);
  expect(new URL(app.page.url()).pathname).toBe('/cuba-syria/events/cultural-agreement-2019/');
  await app.clickTimelineItem('civil-war-onset');
  await expect
    .poll(() => new URL(app.page.url()).pathname + new URL(app.page.url()).search)
    .toMatch(/^\/cuba-syria\/events\/civil-war-onset\/\?from=/);
  await app.page.goBack();
  await expect(app.detailsTitle()).toHaveText(eventById('cultural-agreement-2019').title);
  await expect(app.page.locator('.leaflet-container[data-basemap]')).toBeVisible();
});

test('configured online tiles are offered, and a failure leaves the offline basemap with a notice', async ({
  app,
}) => {
  await app.open();
  const online = app.region('Map').getByRole('radio', { name: 'Online tiles' });
  await expect(online).toBeVisible();
  await expect(app.region('Map').getByRole('radio', { name: /Offline basemap/ })).toBeChecked();
  await online.check();
  await expect(app.region('Map').getByText('Online tiles could not be loaded')).toBeVisible();
  await expect(app.page.locator('.leaflet-container[data-basemap]')).toBeVisible();
  await expect(app.region('Map').getByText('Test tiles')).toBeVisible();
});
