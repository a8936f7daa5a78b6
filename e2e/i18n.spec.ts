import AxeBuilder from '@axe-core/playwright';
import { dataset, eventById } from './dataset';
import { expect, test } from './fixtures';

const es = (id: string) => eventById(id).i18n!.es!;
const ar = (id: string) => eventById(id).i18n!.ar!;

test('the language switch changes content, labels, dates and the link', async ({ app }) => {
  await app.open('?event=relations-established');
  await app.page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await expect(app.page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(app.page.locator('html')).toHaveAttribute('dir', 'ltr');
  const details = app.page.getByRole('region', { name: 'Detalles del evento' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    es('relations-established').title!,
  );
  await expect(details.locator('.story-date')).toHaveText('11 de agosto de 1965');
  await expect(app.page.getByRole('list', { name: 'Eventos' })).toContainText(
    es('cultural-agreement-2019').title!,
  );
  // The address names the language: the event's Spanish page.
  await expect.poll(() => app.currentLang()).toBe('es');
  await expect
    .poll(() => new URL(app.page.url()).pathname)
    .toBe('/es/events/relations-established/');
  await expect(app.page).toHaveTitle(
    `${es('relations-established').title!} · ${dataset.i18n!.es!.title!}`,
  );
});

test('a link with lang=ar opens right to left, in Arabic', async ({ app }) => {
  await app.page.goto('./?lang=ar&event=cultural-agreement-2019');
  await expect(app.page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(app.page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(app.page.locator('.vis-timeline.vis-rtl')).toBeVisible();
  const heading = app.page.locator('#details-title');
  await expect(heading).toHaveText(ar('cultural-agreement-2019').title!);
  // One digit system in Arabic, the interface's like the dataset's: Western digits.
  await expect(app.page.locator('.story-date')).toHaveText(/^[0-9]+ سبتمبر [0-9]+$/);
  // The layout mirrors: the story, first in reading order, is on the right.
  const map = (await app.page.locator('.pane-map').boundingBox())!;
  const details = (await app.page.locator('.pane-details').boundingBox())!;
  expect(details.x).toBeGreaterThan(map.x);
  // The axis writes its years in the same digits as the rest of the Arabic text.
  // (Labels cut by the edge are hidden: the first shown one is checked.)
  await expect(
    app.page
      .locator('.vis-time-axis .vis-text')
      .filter({ hasText: /^[0-9]{4}$/, visible: true })
      .first(),
  ).toBeVisible();
  await expect(
    app.page.locator('.vis-time-axis .vis-text').filter({ hasText: /[٠-٩]/ }),
  ).toHaveCount(0);
});

test('the Arabic text uses the font shipped with the app', async ({ app }) => {
  const fontRequests: string[] = [];
  app.page.on('request', (r) => {
    if (/\.woff2?$/.test(new URL(r.url()).pathname)) fontRequests.push(r.url());
  });
  await app.page.goto('./?lang=ar');
  await app.waitReady();
  await expect
    .poll(() => app.page.evaluate(() => document.fonts.check('16px "Noto Sans Arabic"', 'سوريا')))
    .toBe(true);
  expect(fontRequests.length).toBeGreaterThan(0);
  for (const url of fontRequests) expect(new URL(url).origin).toBe(new URL(app.page.url()).origin);
});

test('in Arabic, the Left arrow goes to the chronologically next event', async ({ app }) => {
  await app.page.goto('./?lang=ar&event=relations-established');
  await app.waitReady();
  const titles = await app.page.locator('.event-list-title').allTextContents();
  // From the day relations were established, on through the story.
  const at = titles.indexOf(ar('relations-established').title!);
  expect(at).toBeGreaterThanOrEqual(0);
  titles.splice(0, at);
  expect(titles[0]).toBe(ar('relations-established').title!);
  await app.page.locator('h1').click();
  await app.pressKey('ArrowLeft');
  await expect(app.page.locator('#details-title')).toHaveText(titles[1]!);
  await app.pressKey('ArrowLeft');
  await expect(app.page.locator('#details-title')).toHaveText(titles[2]!);
  await app.pressKey('ArrowRight');
  await expect(app.page.locator('#details-title')).toHaveText(titles[1]!);
});

test.describe('a Spanish-speaking browser', () => {
  test.use({ locale: 'es-ES' });

  test('gets Spanish on the first visit without lang in the link', async ({ app }) => {
    await app.page.goto('./');
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(app.page.getByRole('region', { name: 'Mapa' })).toBeVisible();
    await app.page.waitForTimeout(500);
    // The address names the language shown: the Spanish index page.
    expect(app.search().get('lang')).toBeNull();
    expect(new URL(app.page.url()).pathname).toBe('/es/');
  });
});

for (const lang of ['en', 'es', 'ar'] as const) {
  test(`the accessibility scan passes in ${lang}`, async ({ app }) => {
    await app.page.goto(`./?lang=${lang}&event=civil-war-onset`);
    await app.waitReady();
    const results = await new AxeBuilder({ page: app.page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });
}

test('notices about a link speak the chosen language', async ({ app }) => {
  await app.page.goto('./?lang=es&nope=1&event=no-such-event');
  await app.waitReady();
  const notice = app.notices().first();
  await expect(notice).toContainText('Se ignoró o se ajustó parte de este enlace');
  await expect(notice).toContainText('nope=1: parámetro desconocido');
  await expect(notice).toContainText('event=no-such-event');
  await expect(notice.getByRole('button', { name: /Cerrar|Descartar/ })).toBeVisible();
});

test('a notice about a link follows a language switch, all of it', async ({ app }) => {
  await app.page.goto('./?lang=es&event=no-such-event&map=25/0/0');
  await app.waitReady();
  const notice = app.notices().first();
  await expect(notice).toContainText('Se ignoró o se ajustó parte de este enlace');
  await expect(notice).toContainText('no hay ningún evento con este identificador');
  await app.page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
  await expect(notice).toContainText('Part of this link was ignored or adjusted');
  await expect(notice).toContainText('event=no-such-event: no event with this id in the dataset');
  await expect(notice).toContainText('map=25/0/0: the map zooms from 0 to 19 only');
  // Nothing of the Spanish text is left.
  await expect(notice).not.toContainText(/ningún|enlace|mapa/);
});

test.describe('choosing a language while something loads', () => {
  /** Holds requests matching `pattern` for `ms` before they go through. */
  async function delay(page: import('@playwright/test').Page, pattern: RegExp, ms: number) {
    await page.route(pattern, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      await route.fallback();
    });
  }

  test('a language chosen while the dataset loads is kept, and goes in the link', async ({
    app,
  }) => {
    await delay(app.page, /\/data\/cuba-syria\.json$/, 2500);
    await app.page.goto('./?event=relations-established');
    await expect(app.page.getByText('Loading the dataset…')).toBeVisible();
    await app.page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await expect(app.page.getByText('Cargando el conjunto de datos…')).toBeVisible();
    await app.waitReady();
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(app.page.locator('#details-title')).toHaveText(es('relations-established').title!);
    // The Spanish page of the event.
    await expect.poll(() => app.currentLang()).toBe('es');
    expect(app.currentEvent()).toBe('relations-established');
    await app.page.waitForTimeout(500);
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'es');
  });

  test('the last choice wins when an earlier one is still loading', async ({ app }) => {
    await app.open('?event=relations-established');
    await delay(app.page, /\/assets\/ar-[^/]+\.js$/, 2000);
    const select = app.page.getByRole('combobox', { name: 'Language' });
    await select.selectOption('ar');
    await select.selectOption('en');
    await app.page.waitForTimeout(3000);
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(select).toHaveValue('en');
    await expect(app.detailsTitle()).toHaveText(eventById('relations-established').title);
    // The event's English page: its path names no language prefix, and no `lang=` is left.
    await expect
      .poll(() => new URL(app.page.url()).pathname)
      .toBe('/events/relations-established/');
    expect(app.search().get('lang')).toBeNull();
  });
});

test('switching languages releases what the previous language drew', async ({ app }) => {
  // 33 switches, each redrawing every event in the new language: with the 57
  // events of the bundled dataset this takes 20–30 s on a shared 2-core machine.
  test.setTimeout(60_000);
  await app.open('?event=relations-established');
  const select = app.page.locator('.language-switch');
  const elements = () => app.page.evaluate(() => document.getElementsByTagName('*').length);
  // Each language once, so that every lazy part has loaded.
  for (const lang of ['es', 'ar', 'en']) {
    await select.selectOption(lang);
    await expect(app.page.locator('html')).toHaveAttribute('lang', lang);
  }
  await app.waitReady();
  await app.page.waitForTimeout(500);
  const before = await elements();
  for (let i = 0; i < 30; i++) {
    const lang = ['es', 'ar', 'en'][i % 3]!;
    await select.selectOption(lang);
    await expect(app.page.locator('html')).toHaveAttribute('lang', lang);
  }
  await app.waitReady();
  // The panes settle over a few frames (rows brought into view, labels
  // fitted): a leak would never come back to the same count.
  await expect.poll(elements, { timeout: 5000 }).toBe(before);
});
