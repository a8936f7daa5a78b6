import { resolve } from 'node:path';
import { eventById } from './dataset';
import { expect, test } from './fixtures';
import { serveStatic } from './static-server';

/**
 * Framing (clickjacking): only the embed view runs inside another page's
 * frame. The server's header is the real defence (e2e/hosting.spec.ts tests
 * the nginx sample; Vite's preview sends the same rule); the app refuses too,
 * for servers that send no header.
 */
const event = eventById('civil-war-onset');

function framer(src: string) {
  return `<iframe id="frame" src="${src}" width="600" height="500" title="framed"></iframe>`;
}

test.describe('the preview server', () => {
  test.use({ allowConsoleErrors: /^Framing '.*' violates .*"frame-ancestors 'none'"/ });

  test('lets no page but the embed view be framed', async ({ app, baseURL }) => {
    await app.page.setContent(framer(`${baseURL}events/${event.id}/`));
    await expect
      .poll(async () => (await (await app.page.$('#frame'))?.contentFrame())?.url())
      .toMatch(/^chrome-error:/);
    await app.page.setContent(framer(`${baseURL}events/${event.id}/?embed=1`));
    await expect(app.page.frameLocator('#frame').locator('#details-title')).toHaveText(event.title);
  });
});

test.describe('without a framing header', () => {
  test('a framed page other than the embed view shows only a link out', async ({ page }) => {
    const server = await serveStatic(resolve(process.env.E2E_DIST ?? 'dist'));
    try {
      for (const [path, text, link] of [
        [`/events/${event.id}/`, 'does not open inside another site', 'Open it in a new window ↗'],
        [
          `/es/events/${event.id}/?q=x`,
          'no se abre dentro de otro sitio',
          'Abrirla en una ventana nueva ↗',
        ],
        [`/?lang=ar&embed=2`, 'لا تُفتح هذه الصفحة', 'افتحها في نافذة جديدة ↗'],
      ] as const) {
        await page.setContent(framer(`${server.origin}${path}`));
        const frame = page.frameLocator('#frame');
        await expect(frame.getByText(text)).toBeVisible();
        const out = frame.getByRole('link', { name: link });
        await expect(out).toHaveAttribute('target', '_blank');
        await expect(out).toHaveAttribute('href', `${server.origin}${path}`);
        // Nothing of the app to act on: no export, no search, no timeline.
        await expect(frame.getByRole('button', { name: 'Export' })).toHaveCount(0);
        await expect(frame.getByRole('searchbox')).toHaveCount(0);
        await expect(frame.locator('.vis-item')).toHaveCount(0);
      }
      // The embed view runs.
      await page.setContent(framer(`${server.origin}/events/${event.id}/?embed=1`));
      await expect(page.frameLocator('#frame').locator('#details-title')).toHaveText(event.title);
      await page.frameLocator('#frame').getByRole('tab', { name: 'Timeline' }).click();
      await expect(page.frameLocator('#frame').locator('.vis-item').first()).toBeVisible();
      // And the full view, opened on its own, is the app.
      await page.goto(`${server.origin}/events/${event.id}/`);
      await expect(page.getByRole('button', { name: 'Export' })).toBeVisible();
    } finally {
      await server.close();
    }
  });
});
