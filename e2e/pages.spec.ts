import { dataset, eventById } from './dataset';
import { expect, test } from './fixtures';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an event page shows its title, date, summary and sources, and Next leads on', async ({
    page,
  }) => {
    const event = eventById('visa-exemption-agreement-2017');
    await page.goto('./events/visa-exemption-agreement-2017/');
    const story = page.getByRole('region', { name: 'Event details' });
    await expect(story.getByRole('heading', { level: 2 })).toHaveText(event.title);
    await expect(story.locator('time').first()).toHaveText('20 April 2017');
    await expect(story).toContainText(event.summary);
    await expect(story.getByRole('region', { name: 'Sources' })).toContainText(
      event.sources[0]!.quote,
    );
    await expect(story.getByRole('link', { name: /CiberCuba report/ })).toHaveAttribute(
      'href',
      /^https:\/\/cibercuba\.com\//,
    );
    const next = story.getByRole('link', { name: /^Next: / });
    await next.click();
    await expect(page).toHaveURL(/\/events\/strikes-condemned-2018\/$/);
    await expect(story.getByRole('heading', { level: 2 })).toHaveText(
      eventById('strikes-condemned-2018').title,
    );
    // And the whole chronology is there, as links.
    await expect(page.getByRole('list', { name: 'Events' }).getByRole('link')).toHaveCount(
      dataset.events.length,
    );
  });

  test("the timeline is drawn as a picture, framing the page's event among its neighbours", async ({
    page,
  }) => {
    await page.goto('./events/cultural-agreement-2019/');
    const picture = page.locator('.pane-timeline .timeline-picture');
    await expect(picture).toBeVisible();
    await expect(picture).toHaveAttribute('aria-hidden', 'true');
    // The event's shape, ringed, in its lane; the lanes named; the years of its frame.
    await expect(picture.locator('.tp-point.is-selected .cat-shape-cultural')).toBeVisible();
    await expect(picture.locator('.tp-labels .lane-name')).toContainText([
      'Era',
      'Diplomatic',
      'Political',
      'Cultural',
    ]);
    const years = (await picture.locator('.tp-axis text').allTextContents()).map(Number);
    expect(years).toContain(2019);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2015);
    expect(Math.max(...years)).toBeLessThanOrEqual(2024);
    // The line that says the timeline needs script stays readable over it.
    await expect(page.locator('.pane-timeline .noscript')).toBeInViewport();
    // On top: what is drawn at its middle is the line, not the picture (which
    // lets clicks through: hit-testing sees it once it takes them).
    expect(
      await page.locator('.pane-timeline .noscript').evaluate((el) => {
        document.querySelector<HTMLElement>('.timeline-picture')!.style.pointerEvents = 'auto';
        const box = el.getBoundingClientRect();
        const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return el.contains(top);
      }),
    ).toBe(true);
    // A period carries its title.
    await expect(picture.locator('.tp-range.cat-era')).toHaveText(eventById('era-civil-war').title);
  });

  test('the Arabic page reads right to left, in Arabic', async ({ page }) => {
    await page.goto('./ar/events/civil-war-onset/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('#details-title')).toHaveText(
      eventById('civil-war-onset').i18n!.ar!.title!,
    );
  });
});

test.describe('with JavaScript', () => {
  test('an event page takes over in place with that event selected', async ({ app }) => {
    await app.page.goto('./es/events/castro-visits-syria-2001/');
    await app.waitReady();
    const title = eventById('castro-visits-syria-2001').i18n!.es!.title!;
    await expect(app.page.locator('#details-title')).toHaveText(title);
    // Selected in the timeline and on the map, and the view written into the address.
    await expect(
      app.page.locator('.vis-item.vis-selected [data-event-id="castro-visits-syria-2001"]'),
    ).toHaveCount(1);
    await expect(
      app.page.locator('.leaflet-marker-icon[data-place-id="damascus-city"]'),
    ).toHaveClass(/is-selected/);
    await expect
      .poll(() => new URL(app.page.url()).pathname)
      .toBe('/es/events/castro-visits-syria-2001/');
    await expect.poll(() => app.search().get('from')).not.toBeNull();
    await expect(app.page).toHaveTitle(/^Primera visita de Fidel Castro a Siria · /);
  });

  test('Copy link gives the event page address with the view in its query', async ({
    app,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.open();
    await app.clickTimelineItem('cultural-agreement-2019');
    await app.settle();
    await app.page.getByRole('button', { name: 'Copy link' }).click();
    const copied = await app.page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(copied);
    expect(url.pathname).toBe('/events/cultural-agreement-2019/');
    expect([...url.searchParams.keys()]).toEqual(['from', 'to', 'map']);
  });

  test('selecting pushes the event page; Back and Forward step through the pages', async ({
    app,
  }) => {
    await app.open();
    await app.selectFromList(eventById('civil-war-onset').title);
    await expect.poll(() => new URL(app.page.url()).pathname).toBe('/events/civil-war-onset/');
    await app.selectFromList(eventById('cultural-agreement-2019').title);
    await expect
      .poll(() => new URL(app.page.url()).pathname)
      .toBe('/events/cultural-agreement-2019/');
    await app.page.goBack();
    await expect(app.detailsTitle()).toHaveText(eventById('civil-war-onset').title);
    await expect.poll(() => new URL(app.page.url()).pathname).toBe('/events/civil-war-onset/');
    await app.page.goForward();
    await expect(app.detailsTitle()).toHaveText(eventById('cultural-agreement-2019').title);
  });

  test('an ?event= link still opens the event (on its page address)', async ({ app }) => {
    await app.page.goto('./?event=civil-war-onset&map=4/35.0000/20.0000');
    await app.waitReady();
    await expect(app.detailsTitle()).toHaveText(eventById('civil-war-onset').title);
    await expect.poll(() => new URL(app.page.url()).pathname).toBe('/events/civil-war-onset/');
    expect(app.search().get('map')).toBe('4/35.0000/20.0000');
  });

  test('an event page shows its story while the dataset is still loading', async ({ app }) => {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await app.page.route(
      (url) => url.pathname === '/data/cuba-syria.json',
      async (route) => {
        await released;
        await route.fallback();
      },
    );
    await app.page.goto('./events/civil-war-onset/');
    await expect(app.detailsTitle()).toHaveText(eventById('civil-war-onset').title);
    await expect(app.page.getByText('Loading the dataset')).toHaveCount(0);
    const before = await app.detailsTitle().boundingBox();
    release();
    await app.waitReady();
    // Taken over in place: the same headline, where it was.
    await expect(app.detailsTitle()).toHaveText(eventById('civil-war-onset').title);
    expect(await app.detailsTitle().boundingBox()).toEqual(before);
  });

  test('an unknown page shows the 404 page with a way back', async ({ page }) => {
    const response = await page.goto('./no/such/page/');
    // vite preview answers unknown paths with the app; a static host serves 404.html.
    expect(response?.status()).toBeLessThan(500);
    await page.goto('./404.html');
    await expect(page.getByText('Page not found')).toBeVisible();
    await page.getByRole('link', { name: 'Go to the timeline' }).click();
    await expect(page.locator('.vis-item').first()).toBeVisible();
  });
});
