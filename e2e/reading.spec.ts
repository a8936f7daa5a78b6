import type { Locator, Page } from '@playwright/test';
import { dataset, eventById } from './dataset';
import { expect, test } from './fixtures';

type Box = { x: number; y: number; width: number; height: number };

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 1 &&
    inner.y >= outer.y - 1 &&
    inner.x + inner.width <= outer.x + outer.width + 1 &&
    inner.y + inner.height <= outer.y + outer.height + 1
  );
}

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  expect(b, 'element has a box').not.toBeNull();
  return b!;
}

async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const b = await box(locator);
  const { width, height } = page.viewportSize()!;
  return b.y >= 0 && b.y + b.height <= height && b.x >= 0 && b.x + b.width <= width;
}

async function activeIsBody(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement === document.body || !document.activeElement);
}

test.describe('map popups', () => {
  // A map this size shows popups; a smaller one, a sheet (below).
  test.use({ viewport: { width: 1440, height: 900 } });

  test('stay inside the map and never under a control', async ({ app }) => {
    await app.open();
    await app.settle();
    for (const name of [
      'Syrian Embassy, Havana',
      'Havana',
      'Cuban Embassy, Damascus',
      'Golan front (Syrian side)',
    ]) {
      await app.marker(name).click();
      const popup = app.page.locator('.leaflet-popup');
      await expect(popup).toBeVisible();
      await app.settle();
      const map = await box(app.page.locator('.leaflet-container'));
      const shown = await box(popup);
      expect(inside(shown, map), `${name}: popup inside the map`).toBe(true);
      for (const control of await app.page
        .locator('.leaflet-control-zoom, .map-extra-controls, .leaflet-control-scale')
        .all()) {
        expect(overlaps(shown, await box(control)), `${name}: popup clear of a control`).toBe(
          false,
        );
      }
      await app.page.keyboard.press('Escape');
      await expect(popup).toHaveCount(0);
    }
  });

  test('move the map to the places of the event chosen in them, focusing its headline', async ({
    app,
  }) => {
    await app.open();
    await app.settle();
    await app.marker('Syrian Embassy, Havana').click();
    const event = eventById('relations-established');
    await app.page.locator('.leaflet-popup').getByRole('link', { name: event.title }).click();
    await expect(app.detailsTitle()).toHaveText(event.title);
    await expect(app.detailsTitle()).toBeFocused();
    await app.settle();
    // Both embassies in view: the map framed the event's two places.
    const bounds = await app.page.evaluate(() => {
      const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
      return { width: map.width, height: map.height };
    });
    for (const name of ['Syrian Embassy, Havana', 'Cuban Embassy, Damascus']) {
      const pin = await box(app.marker(name));
      const map = await box(app.page.locator('.leaflet-container'));
      expect(inside(pin, map), `${name} in view`).toBe(true);
    }
    expect(bounds.width).toBeGreaterThan(0);
  });
});

test.describe('on a small map', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a place shows its events in a sheet inside the map, not a tall popup', async ({ app }) => {
    // (The same at 1280×720, whose map is under 400 px high.)
    await app.open();
    await app.settle();
    const map = app.region('Map');
    await map.scrollIntoViewIfNeeded();
    await app.marker('Syrian Embassy, Havana').click();
    const sheet = map.getByRole('dialog', { name: 'Syrian Embassy, Havana' });
    await expect(sheet).toBeVisible();
    await expect(app.page.locator('.leaflet-popup')).toHaveCount(0);
    expect(inside(await box(sheet), await box(app.page.locator('.leaflet-container')))).toBe(true);
    const event = eventById('earthquake-condolences-2023');
    await sheet.getByRole('link', { name: event.title }).click();
    await expect(sheet).toHaveCount(0);
    await expect(app.detailsTitle()).toHaveText(event.title);
    expect(await activeIsBody(app.page)).toBe(false);
  });
});

test.describe('the story', () => {
  for (const [width, height] of [
    [1280, 720],
    [390, 844],
  ] as const) {
    test(`starts each selection at its headline, with Previous and Next in view (${width}×${height})`, async ({
      app,
    }) => {
      await app.page.setViewportSize({ width, height });
      await app.open('?event=cultural-agreement-2019');
      // Read down to the sources.
      await app
        .details()
        .getByRole('region', { name: /Sources?/ })
        .scrollIntoViewIfNeeded();
      const next = app.details().getByRole('link', { name: /^Next: / });
      for (let i = 0; i < 2; i++) {
        await expect(next).toBeVisible();
        expect(await inViewport(app.page, next), 'Next in view').toBe(true);
        await next.click();
        await expect.poll(() => inViewport(app.page, app.detailsTitle())).toBe(true);
        expect(await inViewport(app.page, app.page.locator('.story-date'))).toBe(true);
        const scrolled = await app.page.locator('.story-body').evaluate((el) => el.scrollTop);
        expect(scrolled).toBe(0);
      }
      const previous = app.details().getByRole('link', { name: /^Previous: / });
      expect(await inViewport(app.page, previous), 'Previous in view').toBe(true);
    });
  }

  test('says when the selected event is hidden by the filters, and can show it', async ({
    app,
  }) => {
    await app.open('?event=cultural-agreement-2019');
    await app.page.getByRole('button', { name: 'Cultural', exact: true }).click();
    const hint = app.details().getByText('This event is hidden by the current filters.');
    await expect(hint).toBeVisible();
    await app.details().getByRole('button', { name: 'Show it' }).click();
    await expect(hint).toHaveCount(0);
    await expect(app.page.getByRole('button', { name: 'Cultural', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('a selection hidden by the filters stays in the link, and the link reopens it with the hint', async ({
    app,
  }) => {
    await app.open('?event=cultural-agreement-2019');
    await app.page.getByRole('button', { name: 'Cultural', exact: true }).click();
    await expect.poll(() => app.search().get('cat')).not.toBeNull();
    expect(app.search().get('cat')).not.toContain('cultural');
    expect(app.currentEvent()).toBe('cultural-agreement-2019');
    await app.page.waitForTimeout(500);
    const { pathname, search } = new URL(app.page.url());
    await app.page.goto(`${pathname}${search}`);
    await expect(app.detailsTitle()).toHaveText(
      dataset.events.find((e) => e.id === 'cultural-agreement-2019')!.title,
    );
    await expect(
      app.details().getByText('This event is hidden by the current filters.'),
    ).toBeVisible();
    await expect(app.notices()).toHaveCount(0);
    const reopened = new URL(app.page.url());
    expect(`${reopened.pathname}${reopened.search}`).toBe(`${pathname}${search}`);
  });

  test('→ from a hidden selection goes to the next visible event in time', async ({ app }) => {
    await app.open('?event=cultural-agreement-2019');
    await app.page.getByRole('button', { name: 'Cultural', exact: true }).click();
    await app.page.locator('body').click({ position: { x: 5, y: 5 } });
    await app.pressKey('ArrowRight');
    const after = [...dataset.events]
      .filter((e) => e.category !== 'cultural' && e.start > '2019-09-24')
      .sort((a, b) => a.start.localeCompare(b.start))[0]!;
    await expect(app.detailsTitle()).toHaveText(after.title);
  });
});

test.describe('the timeline', () => {
  for (const [width, height] of [
    [1280, 720],
    [390, 844],
  ] as const) {
    test(`shows every event of the window, in view or behind its row scroller (${width}×${height})`, async ({
      app,
    }) => {
      await app.page.setViewportSize({ width, height });
      await app.open();
      expect(await app.allTimelineIds()).toEqual(dataset.events.map((e) => e.id).sort());
      // Rows that do not fit say so.
      const rows = app.timelineRows();
      const overflow = await rows.evaluate((el) => el.scrollHeight - el.clientHeight);
      if (overflow > 2)
        await expect(app.page.locator('.timeline-more:visible').first()).toBeVisible();
    });
  }

  for (const lang of ['en', 'es', 'ar']) {
    test(`never cuts a label inside a word (${lang})`, async ({ app }) => {
      await app.page.setViewportSize({ width: 1440, height: 900 });
      await app.open(`?lang=${lang}`);
      await app.timelineSettled();
      const rows = app.timelineRows();
      await rows.evaluate((el) => el.scrollTo({ top: 0 }));
      let checked = 0;
      for (let step = 0; step < 20; step++) {
        const labels = await app.page
          .locator('.tl-item-content[data-event-id]')
          .evaluateAll((els) =>
            els.map((el) => ({
              full: (el as HTMLElement).dataset.title ?? '',
              shown: el.querySelector('.tl-item-title')?.textContent ?? '',
              name: el.querySelector('.visually-hidden')?.textContent ?? '',
            })),
          );
        for (const { full, shown, name } of labels) {
          checked += 1;
          expect(name.startsWith(full), 'the accessible name is the full title').toBe(true);
          if (shown === '' || shown === full) continue;
          expect(shown.endsWith('…'), `"${shown}" ends with an ellipsis`).toBe(true);
          const kept = shown.slice(0, -1);
          expect(full.startsWith(kept), `"${shown}" begins "${full}"`).toBe(true);
          // The cut falls between words: what follows in the full title is a space (or punctuation then a space).
          expect(full.slice(kept.length), `"${shown}" cut between words`).toMatch(/^[\s,;:–—-]/);
        }
        const moved = await rows.evaluate((el) => {
          const before = el.scrollTop;
          el.scrollBy({ top: el.clientHeight / 2 });
          return el.scrollTop !== before;
        });
        if (!moved) break;
        await app.page.waitForTimeout(60);
      }
      expect(checked).toBeGreaterThan(10);
    });
  }

  test('shows the selected event’s title whole, or cut between words, over no other item', async ({
    app,
  }) => {
    const id = 'human-rights-council-vote-2011';
    await app.open(`?event=${id}`);
    const item = await app.revealTimelineItem(id);
    const full = eventById(id).title;
    const shown = (await item.locator('.tl-item-title').textContent()) ?? '';
    if (shown !== full) {
      expect(shown.endsWith('…'), shown).toBe(true);
      expect(full.slice(shown.length - 1)).toMatch(/^[\s,;:–—-]/);
    }
    expect(await app.timelineOverlaps()).toEqual([]);
  });

  test('zooms in around the selected event', async ({ app }) => {
    await app.open('?event=civil-war-onset');
    const zoomIn = app.region('Timeline').getByRole('button', { name: 'Zoom the timeline in' });
    for (let i = 0; i < 3; i++) await zoomIn.click();
    await expect.poll(() => app.search().get('from')).toMatch(/^20(0|1)/);
    const from = new Date(app.search().get('from')!).getTime();
    const to = new Date(app.search().get('to')!).getTime();
    const at = new Date('2011-03-15').getTime();
    expect(at).toBeGreaterThan(from);
    expect(at).toBeLessThan(to);
    // Centred: within a tenth of the window of the middle.
    expect(Math.abs(at - (from + to) / 2)).toBeLessThan((to - from) / 10);
  });
});

test('Copy link says it copied, visibly and to screen readers', async ({ app, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open('?event=civil-war-onset');
  await app.page.getByRole('button', { name: 'Copy link' }).click();
  await expect(app.page.getByRole('button', { name: 'Copied ✓' })).toBeVisible();
  await expect(app.page.locator('[aria-live="polite"]')).toHaveText(
    'Link copied to the clipboard.',
  );
});

test('a search without results says so, and the count is shown', async ({ app }) => {
  await app.open();
  const search = app.page.getByRole('searchbox', { name: 'Search events' });
  await search.fill('golan');
  // The search looks in the events' text and in their places' names.
  const golan = dataset.places.filter((p) => /golan/i.test(p.name)).map((p) => p.id);
  const matching = dataset.events.filter(
    (e) => /golan/i.test(`${e.title} ${e.summary}`) || e.places.some((p) => golan.includes(p)),
  ).length;
  await expect(app.page.locator('.search-count')).toHaveText(
    `${matching} of ${dataset.events.length}`,
  );
  await search.fill('zzzz');
  await expect(app.page.locator('.search-count')).toHaveText(`0 of ${dataset.events.length}`);
  await expect(app.region('Event list')).toContainText('No events match “zzzz”.');
  await expect(app.region('Timeline')).toContainText('No events match the current filters.');
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
  { width: 1100, height: 800 },
]) {
  test.describe(`at ${String(viewport.width)}×${String(viewport.height)}`, () => {
    test.use({ viewport });

    test('typing a search moves nothing in the header, in every language', async ({ app }) => {
      for (const lang of ['en', 'es', 'ar']) {
        await app.open(`?lang=${lang}`);
        // Measured in the language's own font (Arabic's loads once Arabic text is shown).
        await app.page.evaluate(() => document.fonts.ready.then(() => undefined));
        const box = app.page.getByRole('searchbox');
        const before = await app.headerLayout();
        // A match, fewer, one, none, a count of a single digit, then nothing.
        for (const query of ['a', 'gol', 'golan', 'zzzz', 'embargo', '']) {
          await box.fill(query);
          // The link follows the search once the page has drawn it.
          await expect.poll(() => app.search().get('q')).toBe(query || null);
          expect(await app.headerLayout(), `${lang}, “${query}”`).toEqual(before);
        }
      }
    });

    test('the event list shows each date whole, wrapping between words, in every language', async ({
      app,
    }) => {
      for (const lang of ['en', 'es', 'ar']) {
        await app.open(`?lang=${lang}`);
        const dates = app.eventListDates();
        await expect(dates).toHaveCount(dataset.events.length);
        const problems = await dates.evaluateAll((els) =>
          els.flatMap((date) => {
            const item = date.closest('a')!.getBoundingClientRect();
            const r = date.getBoundingClientRect();
            const text = date.textContent ?? '';
            const out: string[] = [];
            if (r.left < item.left - 0.5 || r.right > item.right + 0.5)
              out.push(`${text}: runs out of its row`);
            if (date.scrollWidth > date.clientWidth + 0.5) out.push(`${text}: cut`);
            // Where a range wraps, it wraps between its two dates, each on one line.
            const line = parseFloat(getComputedStyle(date).lineHeight);
            for (const part of date.children)
              if (part.getBoundingClientRect().height > line * 1.5)
                out.push(`${text}: “${part.textContent ?? ''}” is broken over lines`);
            const pane = date.closest('.pane-list');
            if (pane && pane.scrollWidth > pane.clientWidth + 0.5)
              out.push('the list scrolls sideways');
            return out;
          }),
        );
        expect([...new Set(problems)], lang).toEqual([]);
      }
    });

    test('the story shows a long date range whole, wrapping between its dates', async ({ app }) => {
      // Ranges given to the day are the longest dates ("15 de septiembre de 2023 – …").
      const ranges = dataset.events.filter((e) => e.end && e.start.length === 10);
      expect(ranges.length).toBeGreaterThan(0);
      test.setTimeout(30_000 + ranges.length * 10_000);
      for (const lang of ['es', 'en']) {
        for (const event of ranges) {
          await app.open(`?lang=${lang}&event=${event.id}`);
          const date = app.story().locator('time').first();
          // Inside the story's text column (the line that holds the category and the date).
          const column = await box(date.locator('..'));
          expect(inside(await box(date), column), `${lang} ${event.id}`).toBe(true);
          expect(inside(column, await box(app.story())), `${lang} ${event.id}`).toBe(true);
          expect(await date.evaluate((el) => el.scrollWidth <= el.clientWidth + 0.5)).toBe(true);
        }
      }
    });
  });
}

test('Escape adds a history entry: Back reopens the event just closed', async ({ app }) => {
  await app.open('?event=civil-war-onset');
  await app.page.locator('body').click({ position: { x: 5, y: 5 } });
  await app.pressKey('Escape');
  await expect.poll(() => app.currentEvent()).toBeNull();
  await app.page.goBack();
  await expect.poll(() => app.currentEvent()).toBe('civil-war-onset');
  await expect(app.detailsTitle()).toHaveText(eventById('civil-war-onset').title);
});

test.describe('focus', () => {
  test('stays off the page body when End disables the focused Next button', async ({ app }) => {
    await app.open(
      `?event=${dataset.events.find((e) => e.id === 'foreign-ministers-call-2024')!.id}`,
    );
    const next = app.details().getByRole('link', { name: /^Next: / });
    await next.focus();
    await app.pressKey('End');
    await expect(app.details().getByRole('button', { name: 'Next', exact: true })).toBeDisabled();
    expect(await activeIsBody(app.page)).toBe(false);
    await expect(app.detailsTitle()).toBeFocused();
  });

  test('stays on the language switch after a language switch', async ({ app }) => {
    await app.open('?event=civil-war-onset');
    const select = app.page.getByRole('combobox', { name: 'Language' });
    await select.focus();
    // English → Español with the keyboard, as a reader would.
    await app.pressKey('ArrowDown');
    await expect(app.page.getByRole('combobox', { name: 'Idioma' })).toBeFocused();
    expect(await activeIsBody(app.page)).toBe(false);
  });

  test('timeline and map zoom buttons have names of their own', async ({ app }) => {
    await app.open();
    for (const name of [
      'Zoom the timeline in',
      'Zoom the timeline out',
      'Zoom the map in',
      'Zoom the map out',
    ])
      await expect(app.page.getByRole('button', { name, exact: true })).toHaveCount(1);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('tapping a timeline item brings the story headline into view', async ({ app }) => {
    await app.open();
    // The reader has scrolled down to the map.
    await app.region('Map').scrollIntoViewIfNeeded();
    await app.clickTimelineItem('civil-war-onset');
    await expect(app.detailsTitle()).toHaveText(eventById('civil-war-onset').title);
    await expect.poll(() => inViewport(app.page, app.detailsTitle())).toBe(true);
  });

  test('the selected event’s label stays inside the timeline, cut between words if it must', async ({
    app,
  }) => {
    const id = 'nam-summit-havana-1979';
    await app.open(`?event=${id}`);
    const content = await app.revealTimelineItem(id);
    const inside = async () => {
      const panel = await app.page.locator('.vis-panel.vis-center').boundingBox();
      const box = await content.boundingBox();
      if (!panel || !box) return false;
      return box.x >= panel.x - 1 && box.x + box.width <= panel.x + panel.width + 1;
    };
    await expect.poll(inside).toBe(true);
    const full = eventById(id).title;
    const shown = (await content.locator('.tl-item-title').textContent()) ?? '';
    if (shown !== full) {
      expect(shown.endsWith('…')).toBe(true);
      expect(full.slice(shown.length - 1)).toMatch(/^[\s,;:–—-]/);
    }
  });

  for (const lang of ['en', 'es', 'ar'] as const) {
    test(`the arc's distance label stays whole inside the map (${lang})`, async ({ app }) => {
      await app.open(`?lang=${lang}`);
      const label = app.page.locator('.arc-label');
      await expect(label).toBeVisible();
      // After the fonts (Arabic's comes later, wider) and any re-placement.
      await app.page.evaluate(() => document.fonts.ready);
      const inside = async () => {
        const map = await app.page.locator('.leaflet-container').boundingBox();
        const box = await label.boundingBox();
        if (!map || !box) return false;
        return (
          box.x >= map.x &&
          box.y >= map.y &&
          box.x + box.width <= map.x + map.width &&
          box.y + box.height <= map.y + map.height
        );
      };
      await expect.poll(inside).toBe(true);
    });
  }

  test('the introduction speaks of tapping, not of arrow keys', async ({ app }) => {
    await app.open();
    await expect(app.details()).toContainText('then use Previous and Next');
    await expect(app.details()).not.toContainText('arrow keys');
  });
});

test('the Arabic map writes its scale in Arabic and its credits translated', async ({ app }) => {
  await app.open('?lang=ar');
  await expect(app.page.locator('.leaflet-control-scale-line').first()).toHaveText(/^[0-9,]+ كم$/);
  await expect(app.page.locator('.leaflet-control-attribution')).toContainText('صُنعت باستخدام');
});
