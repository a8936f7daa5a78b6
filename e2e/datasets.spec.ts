import { expect, test } from './fixtures';
import { serveDataset, testDataset, testEvent } from './hostile';

/** Names of Object.prototype members: valid ids, and keys that plain objects already "have". */
const MEMBER_NAMES = [
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
];

test('event ids that name built-in object members work in every pane', async ({ app }) => {
  const events = [
    ...MEMBER_NAMES.map((id, i) => testEvent(id, `${String(2000 + i)}-01-01`)),
    testEvent('other', '2010-01-01'),
  ];
  await serveDataset(app.page, '/data/ids.json', testDataset(events));
  await app.open('?data=/data/ids.json');
  await expect(app.page.locator('.pane-error')).toHaveCount(0);
  expect(await app.allTimelineIds()).toEqual([...MEMBER_NAMES, 'other'].sort());
  for (const id of ['toString', 'constructor']) {
    await app.clickTimelineItem(id);
    await expect(app.detailsTitle()).toHaveText(`Event ${id}`);
    await expect.poll(() => app.search().get('event')).toBe(id);
  }
  await app.selectFromList('Event valueOf');
  await expect(app.timelineItem('valueOf').locator('xpath=..')).toBeVisible();
  await expect(app.page.locator('.vis-item.vis-selected [data-event-id="valueOf"]')).toBeVisible();
  await app.page.locator('h1').click();
  await app.pressKey('ArrowRight');
  await expect(app.detailsTitle()).toHaveText('Event hasOwnProperty');
  await expect(app.page.locator('.pane-error')).toHaveCount(0);
});

test('a link to an event whose id names a built-in member opens it', async ({ app }) => {
  const events = [testEvent('toString', '2000-01-01'), testEvent('other', '2001-01-01')];
  await serveDataset(app.page, '/data/ids.json', testDataset(events));
  await app.open('?data=/data/ids.json&event=toString');
  await expect(app.detailsTitle()).toHaveText('Event toString');
  await expect(app.page.locator('.vis-item.vis-selected [data-event-id="toString"]')).toBeVisible();
});

const ZOOM_OUT = { name: 'Zoom the timeline out' } as const;

const CALENDAR_ENDS: Array<[string, string[]]> = [
  ['its last day', ['2000-01-01', '9999-12-31']],
  ['its first day', ['0001-01-01', '1000-06']],
  ['year 100', ['0100', '0200']],
  ['years 500 to 2000', ['0500', '2000']],
];

for (const [name, dates] of CALENDAR_ENDS) {
  test(`a dataset reaching ${name} of the calendar displays, zooms and keeps its link`, async ({
    app,
  }) => {
    const events = dates.map((start, i) => testEvent(`e${String(i)}`, start));
    await serveDataset(app.page, '/data/ends.json', testDataset(events));
    await app.open('?data=/data/ends.json');
    await expect(app.page.locator('.pane-error')).toHaveCount(0);
    await expect.poll(() => app.search().get('from')).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(app.search().get('to')).toMatch(/^\d{4}-\d\d-\d\d$/);
    // Every date shows, and selecting it writes the link.
    for (const [i] of dates.entries()) {
      await app.selectFromList(`Event e${String(i)}`);
      await expect.poll(() => app.search().get('event')).toBe(`e${String(i)}`);
    }
    const zoomOut = app.region('Timeline').getByRole('button', ZOOM_OUT);
    for (let i = 0; i < 6; i++) await zoomOut.click();
    // Once the link has caught up (it is written at most every 300 ms), zooming in moves it.
    await app.page.waitForTimeout(800);
    const from = app.search().get('from');
    await app.page.getByRole('button', { name: 'Zoom the timeline in' }).click();
    await expect.poll(() => app.search().get('from')).not.toBe(from);
    // Back still steps through the selections, inside the app.
    await app.page.goBack();
    await expect(app.detailsTitle()).toHaveText(`Event e${String(dates.length - 2)}`);
    expect(app.search().get('data')).toBe('/data/ends.json');
    await expect(app.page.locator('.pane-error')).toHaveCount(0);
  });
}

test.describe('a dataset with very many problems', () => {
  test.use({ allowConsoleErrors: /Failed to load resource/ });

  test('lists the first ones and says how many more there are', async ({ app }) => {
    const events = Array.from({ length: 1000 }, (_, i) =>
      testEvent(`e${String(i)}`, '2000', { places: ['nowhere'] }),
    );
    await serveDataset(app.page, '/data/many.json', testDataset(events));
    await app.page.goto('./?data=/data/many.json');
    const alert = app.page.getByRole('alert');
    await expect(alert).toContainText('has problems (1,000):');
    await expect(alert.getByRole('listitem')).toHaveCount(200);
    await expect(alert.getByRole('listitem').first()).toHaveText(
      'events[0].places[0]: unknown place id "nowhere" (known: p)',
    );
    await expect(alert).toContainText('… and 800 more');
  });
});

test.describe('dataset text', () => {
  test.use({ allowConsoleErrors: /Failed to load resource/ });

  test('that could read in another order is refused, with the reason', async ({ app }) => {
    const events = [testEvent('a', '2000', { title: 'Invoice \u202Egnp.exe' })];
    await serveDataset(app.page, '/data/bidi.json', testDataset(events));
    await app.page.goto('./?data=/data/bidi.json');
    await expect(app.page.getByRole('alert')).toContainText(
      'events[0].title: contains a bidirectional control character (U+202E at character 9)',
    );
  });

  test('keeps its own direction, isolated from the interface around it', async ({ app }) => {
    const arabic = 'العلاقات بين كوبا وسوريا';
    const events = [
      testEvent('a', '2000-01-01', { title: arabic, summary: `${arabic}.` }),
      testEvent('b', '2001-01-01', { title: `${arabic} 2` }),
    ];
    await serveDataset(app.page, '/data/rtl.json', testDataset(events, undefined, arabic));
    await app.open('?data=/data/rtl.json&event=a');
    for (const el of [
      app.page.locator('h1'),
      app.detailsTitle(),
      app.detailsSummary(),
      app.details().locator('.story-nav-title'),
      app.eventList().locator('.event-list-title').first(),
    ]) {
      await expect(el).toHaveAttribute('dir', 'auto');
    }
    // The headline reads right to left; the interface stays left to right.
    expect(await app.detailsTitle().evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await app.page.locator('html').getAttribute('dir')).toBe('ltr');
  });
});

test.describe('another dataset (data=) keeps the language in every address the app writes', () => {
  const events = [testEvent('a', '2000-01-01'), testEvent('b', '2001-01-01')];
  /** The dataset, language and event an address names. */
  const named = (href: string) => {
    const url = new URL(href, 'http://localhost/');
    return ['data', 'lang', 'event'].map((key) => url.searchParams.get(key));
  };

  test('in its event links, its view address and Cite', async ({ app }) => {
    await serveDataset(app.page, '/data/langs.json', testDataset(events));
    await app.page.goto('./?data=/data/langs.json&lang=ar&event=a');
    const list = app.page.getByRole('list', { name: 'الأحداث', exact: true });
    await expect(list.getByRole('link')).toHaveCount(2);
    for (const [i, id] of ['a', 'b'].entries()) {
      const href = await list.getByRole('link').nth(i).getAttribute('href');
      expect(named(href!)).toEqual(['/data/langs.json', 'ar', id]);
    }
    await list.getByRole('link').nth(1).click();
    await expect.poll(() => named(app.page.url())).toEqual(['/data/langs.json', 'ar', 'b']);
    await app.page.getByRole('button', { name: 'الاستشهاد بهذا الحدث' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'الاستشهاد بهذا الحدث' });
    await expect(dialog).toContainText(
      `${new URL(app.page.url()).origin}/?data=/data/langs.json&lang=ar&event=b`,
    );
  });

  test.describe('opened without lang= by a Spanish-speaking browser', () => {
    test.use({ locale: 'es-ES' });

    test('names the Spanish it shows', async ({ app }) => {
      await serveDataset(app.page, '/data/langs.json', testDataset(events));
      await app.page.goto('./?data=/data/langs.json&event=a');
      await expect(app.page.locator('html')).toHaveAttribute('lang', 'es');
      await expect.poll(() => named(app.page.url())).toEqual(['/data/langs.json', 'es', 'a']);
      const link = app.page.getByRole('list', { name: 'Eventos', exact: true }).getByRole('link');
      expect(named((await link.nth(1).getAttribute('href'))!)).toEqual([
        '/data/langs.json',
        'es',
        'b',
      ]);
    });
  });
});
