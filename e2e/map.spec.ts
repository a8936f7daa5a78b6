import { dataset, eventById } from './dataset';
import { TOKENS } from '../src/lib/tokens';
import { expect, test } from './fixtures';

test('both embassies have their own pins, with names, distinct from other places', async ({
  app,
}) => {
  await app.open();
  for (const name of ['Syrian Embassy, Havana', 'Cuban Embassy, Damascus']) {
    const marker = app.marker(name);
    await expect(marker).toBeVisible();
    await expect(marker).toHaveAttribute('title', name);
    await expect(marker).toHaveClass(/marker-embassy/);
    const box = (await marker.locator('svg').boundingBox())!;
    expect(box.width).toBeGreaterThan(20);
  }
  await expect(app.marker('Golan front (Syrian side)')).toHaveClass(/marker-place-region/);
});

test('each city and the embassy in it are both visible and open their own popups', async ({
  app,
}) => {
  await app.open();
  await app.settle();
  const popup = app.page.locator('.leaflet-popup');
  for (const [embassy, city] of [
    ['Syrian Embassy, Havana', 'Havana'],
    ['Cuban Embassy, Damascus', 'Damascus'],
  ] as const) {
    await expect(app.marker(embassy)).toBeVisible();
    await expect(app.marker(city)).toBeVisible();
    // Clicked where a reader would: each marker in its middle.
    await app.marker(city).click();
    await expect(popup.getByRole('heading', { name: city, exact: true })).toBeVisible();
    await app.page.keyboard.press('Escape');
    await expect(popup).toHaveCount(0);
    await app.marker(embassy).click();
    await expect(popup.getByRole('heading', { name: embassy, exact: true })).toBeVisible();
    await app.page.keyboard.press('Escape');
    await expect(popup).toHaveCount(0);
  }
});

test('the line between the embassies is a great-circle arc bulging north', async ({ app }) => {
  await app.open();
  await expect(app.arc()).toBeVisible();
  const bulge = await app.page.evaluate(() => {
    const path = document.querySelector<SVGPathElement>('path.embassy-link');
    if (!path) return null;
    const length = path.getTotalLength();
    const start = path.getPointAtLength(0);
    const end = path.getPointAtLength(length);
    const mid = path.getPointAtLength(length / 2);
    // Screen y grows downwards: north of the straight line means a smaller y.
    const straightY = start.y + ((mid.x - start.x) / (end.x - start.x)) * (end.y - start.y);
    return straightY - mid.y;
  });
  expect(bulge).not.toBeNull();
  expect(bulge!).toBeGreaterThan(20);
  await expect(app.region('Map').getByText('Cuba – Syria: 10,972 km')).toBeVisible();
});

test('selecting events at different places moves the map', async ({ app }) => {
  await app.open();
  await app.selectFromList(eventById('un-mutual-backing').title);
  await app.settle();
  const atUn = await app.mapView();
  expect(Math.abs(atUn.lat - 40.75)).toBeLessThan(3);
  expect(Math.abs(atUn.lng - -73.97)).toBeLessThan(3);
  await app.selectFromList(eventById('castro-visits-syria-2001').title);
  await app.settle();
  const atDamascus = await app.mapView();
  expect(Math.abs(atDamascus.lat - 33.51)).toBeLessThan(3);
  expect(Math.abs(atDamascus.lng - 36.28)).toBeLessThan(3);
});

test('an embassy popup lists only what happened at or concerned that embassy', async ({ app }) => {
  await app.open();
  const popup = app.page.locator('.leaflet-popup');
  for (const [id, name] of [
    ['havana', 'Syrian Embassy, Havana'],
    ['damascus', 'Cuban Embassy, Damascus'],
  ] as const) {
    await app.marker(name).click();
    await expect(popup).toContainText('Relations established 11 August 1965');
    await expect(popup).toContainText('approximate location: city centre');
    const here = dataset.events.filter((e) => e.places.includes(id)).map((e) => e.title);
    const listed = await popup.locator('.place-popup-events a').allTextContents();
    expect(listed.map((text) => here.find((title) => text.includes(title)))).toEqual(
      listed.map(() => expect.any(String)),
    );
    expect(listed).toHaveLength(here.length);
    await app.page.keyboard.press('Escape');
    await expect(popup).toHaveCount(0);
  }
  // The 2019 agreement was signed "in Havana": the city's popup has it, the embassy's does not.
  const agreement = eventById('cultural-agreement-2019');
  await app.open(); // Back to both embassies: the last popup panned the map.
  await app.marker('Syrian Embassy, Havana').click();
  await expect(popup.getByRole('link', { name: agreement.title })).toHaveCount(0);
  const condolences = eventById('earthquake-condolences-2023');
  await popup.getByRole('link', { name: condolences.title }).click();
  await expect(app.detailsTitle()).toHaveText(condolences.title);
  await expect.poll(() => app.currentEvent()).toBe('earthquake-condolences-2023');
  await app.marker('Havana').click();
  await expect(popup.getByRole('link', { name: agreement.title })).toBeVisible();
});

test('the basemap draws from the bundled shapes', async ({ app }) => {
  await app.open();
  await expect(app.page.locator('.leaflet-container[data-basemap]')).toBeVisible();
  await expect(app.page.locator('.leaflet-container canvas').first()).toBeVisible();
});

test('the detailed 50m shapes are requested only after zooming in', async ({ app }) => {
  const requested: string[] = [];
  app.page.on('request', (r) => {
    if (/countries-50m/.test(r.url())) requested.push(new URL(r.url()).pathname);
  });
  await app.open();
  await expect(app.page.locator('.leaflet-container[data-basemap="110m"]')).toBeVisible();
  await app.page.waitForTimeout(300);
  expect(requested).toEqual([]);
  await app.zoomMapIn();
  expect(requested).toEqual([]);
  await app.zoomMapIn();
  await expect(app.page.locator('.leaflet-container[data-basemap="50m"]')).toBeVisible({
    timeout: 10_000,
  });
  expect(requested.filter((p) => /\/countries-50m-[^/]*\.json$/.test(p))).toHaveLength(1);
});

test("the map and the timeline wear the app's look over the libraries' own stylesheets", async ({
  app,
}) => {
  // The libraries' stylesheets load with their widgets, after the app's: the
  // skins come right after them, or Leaflet's grey sea and vis-timeline's
  // frame would win.
  await app.open();
  // Once the basemap is drawn (until then the map is see-through, over its picture).
  await expect(app.page.locator('.leaflet-container[data-basemap]')).toBeAttached();
  await expect(app.page.locator('.map-picture')).toHaveCount(0);
  const looks = await app.page.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    return {
      sea: style('.leaflet-container').backgroundColor,
      frame: style('.vis-timeline').borderTopStyle,
      rows: style('.vis-foreground .vis-group').borderBottomStyle,
    };
  });
  expect(looks).toEqual({ sea: hexToRgb(TOKENS.sea), frame: 'none', rows: 'none' });
});

function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${String(n >> 16)}, ${String((n >> 8) & 255)}, ${String(n & 255)})`;
}

test('the default build offers no online tiles', async ({ app }) => {
  await app.open();
  await expect(app.page.locator('.leaflet-control-layers')).toHaveCount(0);
  await expect(app.page.locator('.leaflet-tile')).toHaveCount(0);
});

test('clicking the marker of a place with one event selects it', async ({ app }) => {
  const place = dataset.places.find(
    (p) =>
      p.kind !== 'embassy' && dataset.events.filter((e) => e.places.includes(p.id)).length === 1,
  )!;
  const only = dataset.events.find((e) => e.places.includes(place.id))!;
  await app.open();
  await app.marker(place.name).click();
  await expect(app.detailsTitle()).toHaveText(only.title);
});

test('the arc is highlighted when the selected event concerns both countries', async ({ app }) => {
  await app.open('?event=cultural-agreement-2019');
  await expect(app.arc()).not.toHaveClass(/is-highlighted/);
  await app.clickTimelineItem('relations-established');
  await expect(app.arc()).toHaveClass(/is-highlighted/);
});

test('the map does not undo a pan the user made', async ({ app }) => {
  await app.open('?event=castro-visits-syria-2001');
  await app.settle();
  const map = app.page.locator('.leaflet-container');
  const box = (await map.boundingBox())!;
  await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await app.page.mouse.down();
  await app.page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2 + 60, { steps: 8 });
  await app.page.mouse.up();
  await app.settle();
  const panned = await app.mapView();
  expect(Math.abs(panned.lng - 36.28)).toBeGreaterThan(1);
  await app.page.waitForTimeout(1500);
  expect(await app.mapView()).toEqual(panned);
});

test('with reduced motion the map jumps instead of flying', async ({ app }) => {
  await app.page.emulateMedia({ reducedMotion: 'reduce' });
  await app.open();
  await app.page.evaluate(() => {
    const w = window as unknown as { __animated: boolean };
    w.__animated = false;
    new MutationObserver(() => {
      if (document.querySelector('.leaflet-zoom-anim')) w.__animated = true;
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
  });
  await app.clickTimelineItem('castro-visits-syria-2001');
  await app.settle();
  const view = await app.mapView();
  expect(Math.abs(view.lng - 36.28)).toBeLessThan(3);
  expect(
    await app.page.evaluate(() => (window as unknown as { __animated: boolean }).__animated),
  ).toBe(false);
});

test('the popup names the mission, its city-level location and when relations began', async ({
  app,
}) => {
  await app.open();
  await app.marker('Cuban Embassy, Damascus').click();
  const popup = app.page.locator('.leaflet-popup');
  await expect(popup.getByRole('heading', { name: 'Cuban Embassy, Damascus' })).toBeVisible();
  await expect(popup).toContainText('Relations established 11 August 1965');
  await expect(popup).toContainText(
    'approximate location: city centre (the source gives no street address)',
  );
});

test.describe('on a wide screen, in Spanish', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("a selected place's name stays inside the map, wrapped and on the side where it fits", async ({
    app,
  }) => {
    // The Palace of Nations in Geneva: a long name, its place near the map's right edge.
    await app.page.goto('./es/events/human-rights-council-vote-2011/');
    await app.settle();
    const map = app.page.locator('.pane-map .leaflet-container');
    const label = app.page.locator('.place-label');
    await expect(label).toHaveCount(1);
    await expect(label).toContainText('Palacio de las Naciones');
    await expect
      .poll(async () => {
        const [m, l] = [(await map.boundingBox())!, (await label.boundingBox())!];
        return l.x >= m.x && l.x + l.width <= m.x + m.width;
      })
      .toBe(true);
  });
});
