import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { storyOrder } from './dataset';

/**
 * What a shared link costs before the reader can act (issue 24): the story
 * answers first; the map, the timeline and the fine basemap come when the
 * reader nears or asks for them, and a link's view still opens exactly as
 * it was.
 */

const timelineChunk = /\/assets\/TimelinePane-[^/]+\.js$/;
const mapChunk = /\/assets\/MapPane-[^/]+\.js$/;
const pictureChunk = /\/assets\/TimelinePicture-[^/]+\.js$/;
const fineShapes = /countries-50m[^/]*\.json$/;
const anyShapes = /countries-(?:110m|50m)[^/]*\.json$/;

/** Holds back the requests for `url` until the returned function lets them through. */
async function holdBack(page: Page, url: RegExp): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the story answers Next before the timeline is built, which comes when its dock opens', async ({
    app,
  }) => {
    const requested: string[] = [];
    app.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const start = storyOrder.findIndex((e) => e.id === 'cultural-agreement-2019');
    await app.page.goto('./events/cultural-agreement-2019/');
    // Below the story, the map is a picture until the reader scrolls near it:
    // neither Leaflet nor its shapes have been asked for.
    await expect(app.page.locator('.pane-map .map-picture svg')).toBeAttached();
    await expect(app.page.locator('.leaflet-container')).toHaveCount(0);
    expect(requested.filter((p) => mapChunk.test(p) || anyShapes.test(p))).toEqual([]);
    const next = app.page.locator('.pane-details .story-nav-next');
    await next.click();
    await expect.poll(() => app.currentEvent()).toBe(storyOrder[start + 1]!.id);
    await expect(app.detailsTitle()).toHaveText(storyOrder[start + 1]!.title);
    // Nothing of the timeline yet: neither its code nor its drawing, nor its
    // picture's (the build's stays in the folded dock as it is).
    expect(requested.filter((p) => timelineChunk.test(p) || pictureChunk.test(p))).toEqual([]);
    await expect(app.page.locator('.vis-timeline')).toHaveCount(0);
    await expect(app.dockToggle()).toHaveAttribute('aria-expanded', 'false');
    // Opened, it is built around the reader's event.
    await app.openTimeline();
    expect(requested.filter((p) => timelineChunk.test(p))).toHaveLength(1);
    await expect(
      app.page.locator(`.vis-item.vis-selected [data-event-id="${storyOrder[start + 1]!.id}"]`),
    ).toBeVisible();
  });

  test("the timeline's dock shows its picture, on the reader's event, while its code arrives", async ({
    app,
  }) => {
    // The timeline's code is held back until the test lets it through.
    const release = await holdBack(app.page, timelineChunk);
    const start = storyOrder.findIndex((e) => e.id === 'cultural-agreement-2019');
    await app.page.goto('./events/cultural-agreement-2019/');
    await app.page.locator('.pane-details .story-nav-next').click();
    const moved = storyOrder[start + 1]!;
    await expect(app.detailsTitle()).toHaveText(moved.title);
    await app.dockToggle().click();
    const frame = app.page.locator('.pane-timeline .timeline-frame');
    const picture = app.page.locator('.pane-timeline .timeline-picture');
    await expect(picture).toBeVisible();
    // The reader's event, not the link's: its shape ringed, its row scrolled into view.
    const selected = picture.locator(`.tp-point.is-selected .cat-shape-${moved.category}`);
    await expect(selected).toBeInViewport();
    await expect(app.page.locator('.vis-timeline')).toHaveCount(0);
    const before = await frame.boundingBox();
    release();
    await expect(
      app.page.locator(`.vis-item.vis-selected [data-event-id="${moved.id}"]`),
    ).toBeVisible();
    await expect(picture).toHaveCount(0);
    // The timeline took the picture's place: the same box.
    expect(await frame.boundingBox()).toEqual(before);
  });

  test('on screen at load, the map is made at idle; what the first view does not need waits for a touch', async ({
    app,
  }) => {
    const requested: string[] = [];
    app.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const spare = /\/assets\/(?:ExportPanel|PrintDocument|workbox-window[^/]*)-[^/]+\.js$/;
    await app.page.goto('./');
    await expect(app.detailsTitle()).toBeVisible();
    expect((await app.region('Map').boundingBox())!.y).toBeLessThan(844);
    // No input: the map is made once the page is idle, on the shapes' picture
    // (nothing to decode or build); the shapes themselves wait for a touch.
    await expect(app.page.locator('.leaflet-container[data-basemap="picture"]')).toBeAttached();
    await expect(app.page.locator('.pane-map .map-picture')).toHaveCount(0);
    await expect(app.page.locator('.leaflet-marker-icon').first()).toBeVisible();
    // The export panel's code, the print document's and the offline worker's
    // wait, idle time or not (two idle periods, then the requests they made).
    await app.page.evaluate(
      () =>
        new Promise<void>((done) =>
          requestIdleCallback(() => requestIdleCallback(() => setTimeout(done, 200))),
        ),
    );
    expect(requested.filter((p) => spare.test(p) || anyShapes.test(p))).toEqual([]);
    await app.page.touchscreen.tap(20, 300);
    await expect(app.page.locator('.leaflet-container[data-basemap="110m"]')).toBeAttached();
    await expect
      .poll(() =>
        requested.filter((p) => spare.test(p)).map((p) => p.split('/').pop()!.split('-')[0]),
      )
      .toEqual(expect.arrayContaining(['ExportPanel', 'PrintDocument', 'workbox']));
  });

  test('the map is made when the reader scrolls near it, over its picture, on the same view', async ({
    app,
  }) => {
    const requested: string[] = [];
    app.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    // A link to a view of its own, with an event whose text keeps the map below the screen.
    const link = './?event=cultural-agreement-2019&map=4.5/33.5000/36.3000';
    await app.page.goto(link);
    await expect(app.detailsTitle()).toBeVisible();
    expect((await app.region('Map').boundingBox())!.y).toBeGreaterThan(844);
    const picture = app.page.locator('.pane-map .map-picture svg');
    await expect(picture).toBeAttached();
    // The picture frames the link's view: its centre is the view's centre.
    const box = await picture.evaluate((svg) => {
      const [x = 0, y = 0, w = 0, h = 0] = svg.getAttribute('viewBox')!.split(' ').map(Number);
      return { cx: (x + w / 2) / 100, cy: (y + h / 2) / 100, w, px: svg.clientWidth };
    });
    const lng = (box.cx / 256) * 360 - 180;
    const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * box.cy) / 256))) * 180) / Math.PI;
    expect(lng).toBeCloseTo(36.3, 3);
    expect(lat).toBeCloseTo(33.5, 3);
    // At zoom 4.5 the world is 256 × 2^4.5 px wide: the picture shows its share of it.
    expect(box.px / (box.w / 100)).toBeCloseTo(2 ** 4.5, 3);
    expect(requested.filter((p) => mapChunk.test(p))).toEqual([]);

    await app.page.locator('.pane-map').scrollIntoViewIfNeeded();
    await expect(app.page.locator('.leaflet-container[data-basemap="picture"]')).toBeAttached();
    // Drawn, the map stands on its own: the picture is gone, and the view is the link's.
    await expect(picture).toHaveCount(0);
    expect(app.search().get('map')).toBe('4.5/33.5000/36.3000');
    expect(requested.filter((p) => anyShapes.test(p))).toEqual([]);
    // At the first touch, the fine shapes (the view is close in), and the view stays.
    await app.page.touchscreen.tap(200, 400);
    await expect(app.page.locator('.leaflet-container[data-basemap="50m"]')).toBeAttached();
    expect(app.search().get('map')).toBe('4.5/33.5000/36.3000');
  });

  test("made after the reader has moved on, the map frames their event, not the link's view", async ({
    app,
  }) => {
    // A whole-world view in the link, then Next to an event with a place.
    const from = storyOrder.findIndex(
      (e, i) => e.places.length > 0 && (storyOrder[i + 1]?.places.length ?? 0) > 0,
    );
    await app.page.goto(`./?event=${storyOrder[from]!.id}&map=1/0.0000/0.0000`);
    await expect(app.detailsTitle()).toBeVisible();
    await app.page.locator('.pane-details .story-nav-next').click();
    await expect.poll(() => app.currentEvent()).toBe(storyOrder[from + 1]!.id);
    await app.page.locator('.pane-map').scrollIntoViewIfNeeded();
    await app.mapReady();
    await app.settle();
    const view = await app.mapView();
    expect(view.zoom).toBeGreaterThan(1);
    // The link's view was set aside, not refused: nothing says it was adjusted.
    await expect(app.notices()).toHaveCount(0);
    for (const id of storyOrder[from + 1]!.places) {
      await expect(
        app.page.locator(`.leaflet-marker-icon[data-place-id="${id}"]`),
      ).toBeInViewport();
    }
    // The reader touched the page before the map was made: its shapes come at once.
    await expect(app.page.locator('.leaflet-container[data-basemap$="m"]')).toBeAttached();
  });

  test('a link to a time window and a map view opens exactly that view once the dock opens', async ({
    app,
  }) => {
    const link =
      './?event=castro-visits-syria-2001&from=1998-03-01&to=2004-09-30&map=4.5/33.5000/36.3000';
    await app.page.goto(link);
    await expect(app.detailsTitle()).toBeVisible();
    await app.openTimeline();
    await app.timelineSettled();
    // Built late, the timeline takes the link's window as it is, and the link does not move.
    expect(app.search().get('from')).toBe('1998-03-01');
    expect(app.search().get('to')).toBe('2004-09-30');
    expect(app.search().get('map')).toBe('4.5/33.5000/36.3000');
    const years = (
      await app.page
        .locator('.vis-time-axis .vis-text.vis-major, .vis-time-axis .vis-text')
        .allTextContents()
    )
      .map(Number)
      .filter((y) => Number.isInteger(y) && y > 1000);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1998);
    expect(Math.max(...years)).toBeLessThanOrEqual(2004);
  });
});

test.describe('on a laptop', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test("the timeline's picture follows the story until the timeline has drawn, in the same box", async ({
    app,
  }) => {
    const release = await holdBack(app.page, timelineChunk);
    await app.page.goto('./events/relations-established/');
    const frame = app.page.locator('.pane-timeline .timeline-frame');
    const picture = app.page.locator('.pane-timeline .timeline-picture');
    const years = async () =>
      (await picture.locator('.tp-axis text').allTextContents()).map(Number);
    await expect(picture.locator('.tp-point.is-selected')).toBeVisible();
    expect(Math.max(...(await years()))).toBeLessThan(1990);
    // Show all: the picture widens to the whole story.
    await app.page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(async () => Math.max(...(await years()))).toBeGreaterThanOrEqual(2020);
    const before = await frame.boundingBox();
    release();
    await expect(app.timelineItems().first()).toBeVisible();
    await expect(picture).toHaveCount(0);
    expect(await frame.boundingBox()).toEqual(before);
    // The timeline shows the window the picture showed: the whole story.
    expect(Number(app.search().get('from')!.slice(0, 4))).toBeLessThan(1965);
    expect(Number(app.search().get('to')!.slice(0, 4))).toBeGreaterThan(2024);
  });

  test("the map, once made, stays when the window narrows to a phone's", async ({ app }) => {
    await app.open('event=castro-visits-syria-2001');
    await app.page.locator('.pane-details .story-nav-next').click();
    const markers = await app.page.locator('.leaflet-marker-icon').count();
    await app.page.setViewportSize({ width: 390, height: 844 });
    // Not taken down and made again off screen: the same map, with its markers.
    await expect(app.page.locator('.leaflet-marker-icon')).toHaveCount(markers);
    await app.page.waitForTimeout(300);
    await expect(app.page.locator('.pane-map .leaflet-container')).toHaveCount(1);
    await expect(app.page.locator('.leaflet-marker-icon')).toHaveCount(markers);
  });

  test('an event page opened close in draws the coarse shapes first, then the fine ones', async ({
    app,
  }) => {
    const requested: string[] = [];
    app.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await app.page.goto('./events/cultural-agreement-2019/');
    await expect(app.page.locator('.leaflet-container[data-basemap]')).toBeAttached();
    // Opened at zoom 5 over Havana: the fine shapes come at the first input, or when idle.
    await app.page.locator('.pane-details .story-title').click();
    await expect(app.page.locator('.leaflet-container[data-basemap="50m"]')).toBeAttached({
      timeout: 10_000,
    });
    expect(requested.filter((p) => fineShapes.test(p))).toHaveLength(1);
    const coarse = requested.findIndex((p) => /countries-110m[^/]*\.json$/.test(p));
    expect(coarse).toBeGreaterThanOrEqual(0);
    expect(coarse).toBeLessThan(requested.findIndex((p) => fineShapes.test(p)));
    // Both are interactive: the timeline is drawn and the map moves with the story.
    await expect(app.timelineItems().first()).toBeVisible();
    await app.page.locator('.pane-details .story-nav-next').click();
    await expect.poll(() => app.currentEvent()).not.toBe('cultural-agreement-2019');
  });
});
