import type { Locator, Page } from '@playwright/test';
import { mulberry32 as prng } from '../scripts/gen-dataset';
import { dataset } from './dataset';
import { expect, test } from './fixtures';

const SEED = Number(process.env.SOAK_SEED ?? 20241208);
const STEPS = Number(process.env.SOAK_STEPS ?? 1000);
const ids = new Set(dataset.events.map((e) => e.id));
const titles = new Map(dataset.events.map((e) => [e.id, e.title]));

/** The selected event, from the page's path (/events/<id>/) or a `?event=` link. */
function eventOf(link: string): string | null {
  const url = new URL(link);
  const match = /\/events\/([^/]+)\/$/.exec(url.pathname);
  return match ? decodeURIComponent(match[1]!) : url.searchParams.get('event');
}

/** The invariants, read from the link (the store writes it) and the page. */
async function checkInvariants(page: Page, step: string) {
  const params = new URL(page.url()).searchParams;
  const event = eventOf(page.url());
  if (event !== null) expect(ids.has(event), `${step}: selected event exists`).toBe(true);
  const from = params.get('from');
  const to = params.get('to');
  if (from !== null || to !== null) {
    expect(from! < to!, `${step}: from before to`).toBe(true);
    expect(
      from! >= '1900-01-01' && to! <= '2100-01-01',
      `${step}: window in bounds (${from}–${to})`,
    ).toBe(true);
  }
  const map = params.get('map');
  if (map !== null) {
    const [zoom, lat, lng] = map.split('/').map(Number);
    expect(zoom! >= 0 && zoom! <= 19, `${step}: zoom in range`).toBe(true);
    expect(Math.abs(lat!) <= 85.0511, `${step}: latitude in range`).toBe(true);
    expect(lng! >= -180 && lng! < 180, `${step}: longitude in range`).toBe(true);
  }
}

type Box = { x: number; y: number; width: number; height: number };

/** The indexes of the elements whose centre is inside `box`. */
function inside(elements: Locator, box: Box): Promise<number[]> {
  return elements.evaluateAll(
    (els, b) =>
      els.flatMap((el, i) => {
        const r = el.getBoundingClientRect();
        const x = r.x + r.width / 2;
        const y = r.y + r.height / 2;
        return x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height ? [i] : [];
      }),
    box,
  );
}

test('a long seeded random walk keeps the app and its link consistent', async ({
  app,
  browser,
  baseURL,
}) => {
  test.setTimeout(360_000);
  await app.page.emulateMedia({ reducedMotion: 'reduce' });
  await app.open();
  const page = app.page;
  const random = prng(SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const startIndex = await page.evaluate(
    () =>
      (window as unknown as { navigation: { currentEntry: { index: number } } }).navigation
        .currentEntry.index,
  );
  const timeline = (await page.locator('[data-testid="timeline-canvas"]').boundingBox())!;
  const map = (await page.locator('.leaflet-container').boundingBox())!;
  const legend = page.getByRole('group', { name: 'Categories' }).getByRole('button');
  const legendCount = await legend.count();

  const actions: Array<[string, () => Promise<void>]> = [
    [
      'click item',
      async () => {
        const items = page.locator('.vis-item:not(.vis-background) [data-event-id]');
        const shown = await inside(items, timeline);
        if (shown.length > 0)
          await items
            .nth(pick(shown))
            .click({ timeout: 2000, force: true })
            .catch(() => {});
      },
    ],
    [
      'click marker',
      async () => {
        // Only a marker a reader can see: one panned out of the map still has a
        // box, and a forced click there lands on whatever covers it.
        const markers = page.locator('.leaflet-marker-icon');
        const shown = await inside(markers, map);
        if (shown.length > 0)
          await markers
            .nth(pick(shown))
            .click({ timeout: 2000, force: true })
            .catch(() => {});
        await page.keyboard.press('Escape');
      },
    ],
    [
      'wheel timeline',
      async () => {
        await page.mouse.move(
          timeline.x + random() * timeline.width,
          timeline.y + timeline.height / 2,
        );
        await page.mouse.wheel(0, (random() - 0.5) * 600);
      },
    ],
    [
      'drag timeline',
      async () => {
        const y = timeline.y + timeline.height - 20;
        await page.mouse.move(timeline.x + timeline.width / 2, y);
        await page.mouse.down();
        await page.mouse.move(timeline.x + timeline.width / 2 + (random() - 0.5) * 800, y, {
          steps: 4,
        });
        await page.mouse.up();
      },
    ],
    [
      'drag map',
      async () => {
        await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
        await page.mouse.down();
        await page.mouse.move(
          map.x + map.width / 2 + (random() - 0.5) * 600,
          map.y + map.height / 2 + (random() - 0.5) * 400,
          { steps: 4 },
        );
        await page.mouse.up();
      },
    ],
    [
      'wheel map',
      async () => {
        await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
        await page.mouse.wheel(0, (random() - 0.5) * 500);
      },
    ],
    [
      'key',
      async () => {
        // Out of any text field, without clicking anything.
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.keyboard.press(
          pick(['ArrowRight', 'ArrowLeft', 'Home', 'End', 'Escape', 'ArrowRight', 'ArrowRight']),
        );
      },
    ],
    [
      'back',
      async () => {
        const index = await page.evaluate(
          () =>
            (window as unknown as { navigation: { currentEntry: { index: number } } }).navigation
              .currentEntry.index,
        );
        if (index > startIndex) await page.goBack({ waitUntil: 'commit' });
      },
    ],
    [
      'forward',
      async () => {
        const canGoForward = await page.evaluate(
          () =>
            (window as unknown as { navigation: { canGoForward: boolean } }).navigation
              .canGoForward,
        );
        if (canGoForward) await page.goForward({ waitUntil: 'commit' });
      },
    ],
    [
      'toggle category',
      async () => {
        await legend.nth(Math.floor(random() * legendCount)).click({ timeout: 10_000 });
      },
    ],
  ];

  for (let i = 0; i < STEPS; i++) {
    const [name, act] = pick(actions);
    await act();
    await checkInvariants(page, `step ${i} (${name}, seed ${SEED})`);
    if (i % 100 === 99) {
      // Let throttled link updates land, then check the page matches its link.
      await page.waitForTimeout(400);
      const event = eventOf(page.url());
      await expect(app.detailsTitle()).toHaveText(event ? titles.get(event)! : dataset.title);
      if (i % 250 === 249) {
        const link = page.url();
        const context = await browser.newContext({ baseURL: baseURL! });
        const other = await context.newPage();
        await other.goto(link);
        await other.waitForTimeout(1200);
        expect(eventOf(other.url()), `reopened link at step ${i}`).toBe(event);
        expect(new URL(other.url()).searchParams.get('cat')).toBe(
          new URL(link).searchParams.get('cat'),
        );
        await context.close();
      }
    }
  }
});
