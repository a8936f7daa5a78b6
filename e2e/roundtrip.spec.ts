import { expect, test } from './fixtures';

/**
 * Opening the canonical link of a view gives back the same canonical link:
 * in every language and layout, with or without a notice banner above the
 * panes (here caused by a parameter the app does not know).
 */
const VIEW = 'from=2005-01-01&to=2015-01-01&map=2.5/29.1292/-23.1383';

/** The canonical link of the view: the event's page in the language, the rest in the query. */
function canonical(lang: string) {
  return `/${lang === 'en' ? '' : `${lang}/`}events/civil-war-onset/?${VIEW}`;
}

const here = (url: string) => {
  const { pathname, search } = new URL(url);
  return `${pathname}${search}`;
};

const LAYOUTS = [
  ['desktop', { width: 1366, height: 820 }],
  ['phone', { width: 390, height: 844 }],
] as const;

for (const lang of ['en', 'es', 'ar']) {
  for (const [layout, viewport] of LAYOUTS) {
    for (const notice of [false, true]) {
      const name = `${lang}, ${layout}${notice ? ', with a notice' : ''}`;
      test(`a canonical link reopens as the same link (${name})`, async ({ app }) => {
        await app.page.setViewportSize(viewport);
        const link = canonical(lang);
        // First a query-string link naming the same view, which is rewritten to the canonical one.
        await app.page.goto(`./?lang=${lang}&event=civil-war-onset&${VIEW}`);
        await app.waitReady();
        await app.settle();
        expect(here(app.page.url()), 'the query-string link').toBe(link);
        // Three loads: each must give back exactly the link it was given.
        for (let load = 0; load < 3; load++) {
          await app.page.goto(`${link}${notice ? '&utm_source=test' : ''}`);
          await app.waitReady();
          if (notice) await expect(app.notices().first()).toBeVisible();
          await app.settle();
          if (!notice) await expect(app.notices()).toHaveCount(0);
          expect(here(app.page.url()), `load ${String(load + 1)}`).toBe(link);
        }
      });
    }
  }
}

for (const lang of ['en', 'ar']) {
  test(`dismissing the notice, which resizes the map, keeps the view (${lang})`, async ({
    app,
  }) => {
    const link = canonical(lang);
    await app.page.goto(`${link}&utm_source=test`);
    await app.waitReady();
    await app.settle();
    const map = app.page.locator('.leaflet-container');
    const before = await map.evaluate((el) => el.clientHeight);
    await app.notices().first().locator('.notice-close').click();
    await expect.poll(() => map.evaluate((el) => el.clientHeight)).toBeGreaterThan(before);
    await app.settle();
    expect(here(app.page.url())).toBe(link);
  });
}
