import { eventById } from './dataset';
import { expect, test } from './fixtures';

/**
 * The loader gives up on a response that stalls (20 s in the app; 1.5 s here,
 * through the test-only `__cubaSyriaLoadTimeoutMs`), says so and offers Retry.
 * The stalled and slow bodies come from e2e/serverRoutes.ts.
 */
test.use({ allowConsoleErrors: /Failed to load resource|ERR_ABORTED/ });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __cubaSyriaLoadTimeoutMs: number }).__cubaSyriaLoadTimeoutMs = 1500;
  });
});

test('a dataset whose response never comes is given up on, with Retry', async ({ app }) => {
  let stall = true;
  await app.page.route(
    (url) => url.pathname === '/data/cuba-syria.json',
    // Never fulfilled while stalling: the request hangs as on a dead server.
    (route) => (stall ? undefined : route.fallback()),
  );
  await app.page.goto('./?event=civil-war-onset');
  const alert = app.page.getByRole('alert');
  await expect(alert).toContainText('could not be loaded');
  await expect(alert).toContainText('The server did not answer within 1.5 seconds.');
  stall = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(app.detailsTitle()).toHaveText(eventById('civil-war-onset').title);
});

test('a server that never answers is given up on too', async ({ app }) => {
  await app.page.goto('./?data=/__e2e/stalled-headers.json');
  const alert = app.page.getByRole('alert');
  await expect(alert).toContainText('The server did not answer within 1.5 seconds.');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('a dataset whose body stops half way is given up on, with Retry', async ({ app }) => {
  await app.page.goto('./?data=/__e2e/stalled-body.json');
  const alert = app.page.getByRole('alert');
  await expect(alert).toContainText('could not be read');
  await expect(alert).toContainText('The download stopped: no data came for 1.5 seconds.');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(app.page.getByText('Loading the dataset…')).toHaveCount(0);
});

test('a slow dataset that keeps coming still loads', async ({ app }) => {
  // 8 pieces 400 ms apart: 3.2 s in all, more than the time-out, never 1.5 s without data.
  await app.page.goto('./?data=/__e2e/slow.json&event=civil-war-onset');
  await expect(app.detailsTitle()).toHaveText(eventById('civil-war-onset').title, {
    timeout: 10_000,
  });
});

test('a large dataset shows the bytes received of the total as they come, then loads', async ({
  app,
}) => {
  await app.page.goto('./?data=/__e2e/large-slow.json');
  const bar = app.page.getByTestId('load-progress').locator('progress');
  await expect(bar).toBeVisible();
  const value = async () => Number(await bar.getAttribute('value'));
  const max = Number(await bar.getAttribute('max'));
  expect(max).toBeGreaterThan(2_000_000);
  const first = await value();
  await expect.poll(value).toBeGreaterThan(first);
  await expect(app.page.getByTestId('load-progress')).toContainText(
    /Received \d+(\.\d)? MB of \d+(\.\d)? MB/,
  );
  await expect(app.page.locator('.vis-item').first()).toBeVisible({ timeout: 30_000 });
  await expect(app.page.getByTestId('load-progress')).toHaveCount(0);
});
