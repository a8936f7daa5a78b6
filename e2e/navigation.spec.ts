import AxeBuilder from '@axe-core/playwright';
import { sortEvents } from '../src/data/dates';
import { CATEGORIES } from '../src/data/types';
import { tourStepMs } from '../src/details/tour';
import { dataset, eventById, storyOrder } from './dataset';
import { expect, test } from './fixtures';

/** The bundled events in the app's order (the list shows them in that order). */
async function listedTitles(app: import('./driver').Driver): Promise<string[]> {
  return app.eventList().locator('.event-list-title').allTextContents();
}

test('the event list shows every event in chronological order', async ({ app }) => {
  await app.open();
  const titles = await listedTitles(app);
  expect(titles).toHaveLength(dataset.events.length);
  // The story opens with its first chapter; the first dated event follows.
  expect(titles[0]).toBe(storyOrder[0]!.title);
  expect(storyOrder[0]!.category).toBe('era');
  expect(titles).toContain(eventById('relations-established').title);
  expect(titles.at(-1)).toBe(eventById('statement-on-fall-of-assad').title);
});

test('the event list follows the selection', async ({ app }) => {
  await app.open('?event=civil-war-onset');
  const current = app.eventList().locator('[aria-current="true"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText(eventById('civil-war-onset').title);
});

test('a keyboard-only walk goes from the first to the last event', async ({ app }) => {
  await app.open();
  const titles = await listedTitles(app);
  await app.page.locator('body').click({ position: { x: 5, y: 5 } });
  for (const title of titles) {
    await app.pressKey('ArrowRight');
    await expect(app.detailsTitle()).toHaveText(title);
  }
  await app.pressKey('ArrowRight');
  await expect(app.detailsTitle()).toHaveText(titles.at(-1)!);
  await app.pressKey('ArrowLeft');
  await expect(app.detailsTitle()).toHaveText(titles.at(-2)!);
});

test('Home, End and Escape select the first, the last and nothing', async ({ app }) => {
  await app.open('?event=civil-war-onset');
  await app.pressKey('End');
  await expect(app.detailsTitle()).toHaveText(eventById('statement-on-fall-of-assad').title);
  await app.pressKey('Home');
  await expect(app.detailsTitle()).toHaveText(storyOrder[0]!.title);
  await app.pressKey('Escape');
  await expect(app.detailsTitle()).toHaveText(dataset.title);
  await expect.poll(() => app.currentEvent()).toBeNull();
});

test('arrow keys in the search box type instead of navigating', async ({ app }) => {
  await app.open('?event=civil-war-onset');
  const box = app.page.getByRole('searchbox', { name: 'Search events' });
  await box.fill('war');
  await box.press('ArrowLeft');
  await expect(app.detailsTitle()).toHaveText(eventById('civil-war-onset').title);
});

test('the timeline frames an event chosen off the timeline, with its neighbours', async ({
  app,
}) => {
  await app.open('?from=1960-01-01&to=1975-01-01');
  await app.pressKey('End');
  await expect.poll(() => app.search().get('to')).not.toBe('1975-01-01');
  const from = new Date(app.search().get('from')!).getTime();
  const to = new Date(app.search().get('to')!).getTime();
  const titles = await listedTitles(app);
  // The last event and the two before it are in the window, which is
  // narrower than the whole story.
  for (const title of titles.slice(-3)) {
    const event = dataset.events.find((e) => e.title === title)!;
    expect(new Date(event.start).getTime(), title).toBeGreaterThanOrEqual(from);
    expect(new Date(event.start).getTime(), title).toBeLessThan(to);
  }
  expect(to).toBeGreaterThan(new Date('2024-12-08').getTime());
  expect(to - from).toBeLessThan(
    new Date('2000-01-01').getTime() - new Date('1965-01-01').getTime(),
  );
});

test('the timeline keeps the reader’s zoom when an event is chosen on it', async ({ app }) => {
  await app.open('?from=2009-01-01&to=2014-01-01');
  await app.clickTimelineItem('civil-war-onset');
  await expect(app.detailsTitle()).toHaveText(eventById('civil-war-onset').title);
  await expect.poll(() => app.search().get('from')).toBe('2009-01-01');
  expect(app.search().get('to')).toBe('2014-01-01');
});

test('Previous and Next buttons name the neighbouring events', async ({ app }) => {
  // The first event of the story: the card of its first chapter.
  await app.open(`?event=${storyOrder[0]!.id}`);
  const titles = await listedTitles(app);
  const next = app.details().getByRole('link', { name: new RegExp(`^Next: ${titles[1]}`) });
  await expect(next).toBeVisible();
  await expect(app.details().getByRole('button', { name: /^Previous$/ })).toBeDisabled();
  await next.click();
  await expect(app.detailsTitle()).toHaveText(titles[1]!);
});

test('a place in the details focuses the map on it', async ({ app }) => {
  await app.open('?event=cuban-tank-crews-in-syria');
  await app.settle();
  await app.details().getByRole('button', { name: 'Golan front (Syrian side)' }).click();
  await app.settle();
  const view = await app.mapView();
  expect(Math.abs(view.lat - 33)).toBeLessThan(2);
  expect(Math.abs(view.lng - 35.75)).toBeLessThan(2);
});

test('selecting an event is announced politely with its title and date', async ({ app }) => {
  await app.open();
  await app.clickTimelineItem('cultural-agreement-2019');
  const live = app.page.locator('[aria-live="polite"]');
  await expect(live).toHaveText(`${eventById('cultural-agreement-2019').title}, 24 September 2019`);
});

test('timeline items and map markers have accessible names', async ({ app }) => {
  await app.open();
  await expect(app.timelineItem('relations-established')).toHaveAttribute(
    'title',
    /Diplomatic relations established/,
  );
  await expect(
    app.region('Map').getByRole('button', { name: 'Syrian Embassy, Havana' }),
  ).toBeVisible();
  await expect(
    app.region('Map').getByRole('button', { name: 'Golan front (Syrian side)' }),
  ).toBeVisible();
});

test('the legend toggles a category on the timeline, the list and the map', async ({ app }) => {
  await app.open();
  // A place whose events all share one category: its marker fades with them
  // (an embassy's pin never fades: it is the subject of the map).
  const place = dataset.places.find((p) => {
    if (p.kind === 'embassy') return false;
    const here = dataset.events.filter((e) => e.places.includes(p.id));
    return here.length > 0 && here.every((e) => e.category === here[0]?.category);
  })!;
  const category = dataset.events.find((e) => e.places.includes(place.id))!.category;
  const hidden = dataset.events.filter((e) => e.category === category);
  const name = category.charAt(0).toUpperCase() + category.slice(1);
  const toggle = app.page.getByRole('button', { name, exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(app.eventListButtons()).toHaveCount(dataset.events.length - hidden.length);
  for (const e of hidden) await expect(app.timelineItem(e.id)).toHaveCount(0);
  await expect(app.page.locator(`.leaflet-marker-icon[data-place-id="${place.id}"]`)).toHaveClass(
    /is-faded/,
  );
  const rest = CATEGORIES.filter((c) => c !== category);
  await expect.poll(() => app.search().get('cat')).toBe(rest.join(','));
  await toggle.click();
  await expect(app.eventListButtons()).toHaveCount(dataset.events.length);
});

test('search filters everywhere, ignoring case and accents, and Enter selects the first match', async ({
  app,
}) => {
  await app.open();
  const box = app.page.getByRole('searchbox', { name: 'Search events' });
  // The events whose English title or summary names the Golan, in the app's order.
  const placeNames = (id: string) => {
    const place = dataset.places.find((p) => p.id === id);
    return place ? [place.name, ...Object.values(place.i18n ?? {}).map((t) => t.name ?? '')] : [];
  };
  const matching = sortEvents(dataset.events).filter(
    (e) =>
      /golan/i.test(`${e.title} ${e.summary}`) ||
      e.places.some((id) => placeNames(id).some((n) => /golan|golán|الجولان/i.test(n))),
  );
  expect(matching.length).toBeGreaterThan(0);
  await box.fill('GOLÁN');
  // The Golan in the text of an event, or as the name of its place (in any language).
  const golan = matching.map((e) => e.id);
  await expect(app.eventListButtons()).toHaveCount(golan.length);
  await expect(app.timelineItems()).toHaveCount(golan.length);
  await expect(app.page.locator('[aria-live="polite"]')).toHaveText(
    `Matching events for “GOLÁN”: ${String(golan.length)}`,
  );
  const first = (await listedTitles(app))[0];
  expect(golan.map((id) => eventById(id).title)).toContain(first);
  await box.press('Enter');
  await expect(app.detailsTitle()).toHaveText(first!);
  await expect.poll(() => app.search().get('q')).toBe('GOLÁN');
});

test('search reads a hyphen, a dash or a space alike: "diaz canel" finds Díaz-Canel', async ({
  app,
}) => {
  await app.open();
  const box = app.page.getByRole('searchbox', { name: 'Search events' });
  // The events whose English text names him, as the source spells it.
  const titles = dataset.events
    .filter((e) => `${e.title} ${e.summary}`.includes('Díaz-Canel'))
    .map((e) => e.title);
  expect(titles).toContain(eventById('earthquake-condolences-2023').title);
  for (const query of ['diaz canel', 'diaz-canel', 'Díaz – Canel', 'diaz\u00A0canel']) {
    await box.fill(query);
    await expect(app.eventListButtons()).toHaveCount(titles.length);
    expect((await listedTitles(app)).sort()).toEqual([...titles].sort());
    await expect(app.timelineItems()).toHaveCount(titles.length);
  }
});

test('search finds the events at a place by its name in any language: "golan" finds the tank crews', async ({
  app,
}) => {
  const crews = eventById('cuban-tank-crews-in-syria');
  // Nothing in the event's own text names the Golan: only its place does.
  expect(JSON.stringify([crews.title, crews.summary, crews.i18n])).not.toMatch(/gol[aá]n|جولان/i);
  await app.open('?lang=ar');
  const box = app.page.getByRole('searchbox');
  await box.fill('golan');
  await expect(app.page.getByRole('list', { name: 'الأحداث', exact: true })).toContainText(
    crews.i18n!.ar!.title!,
  );
  // In English, by the place's Spanish and Arabic names too.
  const place = dataset.places.find((p) => p.id === crews.places[0])!;
  await app.open('?lang=en');
  await box.fill(place.i18n!.es!.name!);
  await expect(app.eventList()).toContainText(crews.title);
  await box.fill(place.i18n!.ar!.name!);
  await expect(app.eventList()).toContainText(crews.title);
});

test('the tour stays on each event as long as its text takes to read, and counts its steps', async ({
  app,
}) => {
  await app.page.clock.install();
  await app.open();
  // Time stands still but for the test's own steps: the reading times are exact.
  await app.page.clock.pauseAt(await app.page.evaluate(() => Date.now() + 1000));
  const titles = await listedTitles(app);
  const byTitle = (title: string) => dataset.events.find((e) => e.title === title)!;
  const stepMs = (title: string) => tourStepMs(`${title} ${byTitle(title).summary}`);
  const play = app.page.getByRole('button', { name: /Play tour/ });
  const widthBefore = (await play.boundingBox())!.width;
  await play.click();
  const pause = app.page.getByRole('button', { name: /Pause tour/ });
  await expect(app.detailsTitle()).toHaveText(titles[0]!);
  await expect(pause).toHaveAccessibleName(`❚❚ Pause tour · 1 of ${titles.length}`);
  // The header does not shift when the label changes.
  expect((await pause.boundingBox())!.width).toBe(widthBefore);
  // Not before its reading time is up…
  await app.page.clock.runFor(stepMs(titles[0]!) - 500);
  await expect(app.detailsTitle()).toHaveText(titles[0]!);
  // …then on to the next.
  await app.page.clock.runFor(600);
  await expect(app.detailsTitle()).toHaveText(titles[1]!);
  await expect(pause).toHaveAccessibleName(`❚❚ Pause tour · 2 of ${titles.length}`);
  await app.page.clock.runFor(stepMs(titles[1]!) + 100);
  await expect(app.detailsTitle()).toHaveText(titles[2]!);
  await app.page.mouse.click(700, 300);
  await expect(app.page.getByRole('button', { name: /Play tour/ })).toBeVisible();
  await app.page.clock.runFor(30000);
  await expect(app.detailsTitle()).toHaveText(titles[2]!);
});

test('timeline zoom buttons change the window and Show all restores it', async ({ app }) => {
  await app.open();
  const width = () =>
    new Date(app.search().get('to')!).getTime() - new Date(app.search().get('from')!).getTime();
  const initial = width();
  const timeline = app.region('Timeline');
  const zoomIn = timeline.getByRole('button', { name: 'Zoom the timeline in' });
  const zoomOut = timeline.getByRole('button', { name: 'Zoom the timeline out' });
  await zoomIn.click();
  await expect.poll(width).toBeLessThan(initial * 0.6);
  await zoomIn.click();
  await expect.poll(width).toBeLessThan(initial * 0.3);
  await zoomOut.click();
  await expect.poll(width).toBeGreaterThan(initial * 0.4);
  await timeline.getByRole('button', { name: 'Show all' }).click();
  await expect.poll(width).toBe(initial);
  // The whole story is the widest view.
  await zoomOut.click();
  await app.page.waitForTimeout(400);
  expect(width()).toBe(initial);
});

test('eras show as labelled bands and there is no current-time marker', async ({ app }) => {
  await app.open();
  for (const id of ['era-cold-war', 'era-post-cold-war', 'era-civil-war']) {
    await expect(app.timelineLabel(id)).toHaveText(eventById(id).title);
    await expect(app.timelineItem(id)).toBeVisible();
  }
  await expect(app.page.locator('.vis-item.vis-background.era-band')).toHaveCount(5);
  await expect(app.page.locator('.vis-current-time')).toHaveCount(0);
});

test('every control is reachable by Tab and shows a focus ring', async ({ app }) => {
  await app.open();
  const seen = new Set<string>();
  for (let i = 0; i < 120; i++) {
    await app.page.keyboard.press('Tab');
    const info = await app.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '',
        outline: style.outlineStyle,
      };
    });
    if (!info) continue;
    expect(info.outline, `focus ring on ${info.name}`).not.toBe('none');
    seen.add(info.name);
  }
  for (const name of [
    'Search events',
    '▶ Play tour',
    'Copy link',
    'Show both embassies',
    'Zoom the timeline in',
    'Zoom the map in',
    'Show all',
  ]) {
    expect([...seen], name).toContain(name);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('everything fits without sideways scrolling', async ({ app }) => {
    await app.open('?event=cultural-agreement-2019');
    const overflow = await app.page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await app.openTimeline();
    const timeline = await app.page.locator('.timeline-canvas').boundingBox();
    const map = await app.page.locator('.map-canvas').boundingBox();
    expect(timeline!.height).toBeGreaterThanOrEqual(80);
    expect(map!.height).toBeGreaterThanOrEqual(150);
    await expect(app.eventList()).toBeVisible();
  });
});

test.describe('accessibility scan', () => {
  async function scan(page: import('@playwright/test').Page) {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }

  test('the default view has no serious or critical violations', async ({ app }) => {
    await app.open();
    expect(await scan(app.page)).toEqual([]);
  });

  test('a selected event has no serious or critical violations', async ({ app }) => {
    await app.open('?event=cultural-agreement-2019');
    expect(await scan(app.page)).toEqual([]);
  });

  test.describe('phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test('the phone layout has no serious or critical violations', async ({ app }) => {
      await app.open('?event=civil-war-onset');
      expect(await scan(app.page)).toEqual([]);
    });
  });
});

test.describe('on a phone, selecting', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('does not scroll the page away from where the user is', async ({ app }) => {
    await app.open();
    const before = await app.page.evaluate(() => window.scrollY);
    await app.pressKey('End');
    await expect(app.detailsTitle()).toHaveText(eventById('statement-on-fall-of-assad').title);
    expect(await app.page.evaluate(() => window.scrollY)).toBe(before);
  });
});
