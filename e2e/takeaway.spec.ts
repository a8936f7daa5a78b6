import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { validateDataset } from '../src/data/schema';
import { sourceIdsOf } from '../src/data/sources';
import { dataset, eventById, storyOrder } from './dataset';
import { expect, test } from './fixtures';
import { serveStatic } from './static-server';

async function exportAs(app: import('./driver').Driver, name: RegExp) {
  await app.page.getByRole('button', { name: 'Export' }).click();
  const download = app.page.waitForEvent('download');
  await app.page.getByRole('button', { name }).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** The text of a PDF, its lines joined, spaces and direction marks flattened. */
async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  let text = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    text += content.items.map((i) => ('str' in i ? i.str : '')).join(' ') + '\n';
  }
  return {
    text: text.replace(/[\u200e\u200f\u2066-\u2069]/g, '').replace(/\s+/g, ' '),
    pages: doc.numPages,
  };
}

/** Calendar entries as ical.js reads them. */
function calendar(text: string) {
  return new ICAL.Component(ICAL.parse(text) as unknown[])
    .getAllSubcomponents('vevent')
    .map((c) => ({ c, e: new ICAL.Event(c) }));
}

test.describe('Export', () => {
  test('downloads the shown events as CSV, GeoJSON, iCalendar and JSON', async ({ app }) => {
    await app.open();
    // Only the cultural events, as a reader who filtered the rest out.
    const legend = app.page.getByRole('group', { name: 'Categories' });
    for (const button of await legend.getByRole('button').all())
      if ((await button.textContent())?.trim() !== 'Cultural') await button.click();
    const shown = dataset.events.filter((e) => e.category === 'cultural');
    const today = new Date().toISOString().slice(0, 10);
    const origin = new URL(app.page.url()).origin;

    const csv = await exportAs(app, /^CSV/);
    expect(csv.name).toBe(`cuba-syria-relations-${today}.csv`);
    expect(
      csv.text.startsWith(
        '\uFEFFstart_date,end_date,precision,date,id,title,category,places,summary,note,sources,url\r\n',
      ),
    ).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.text.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r.id).sort()).toEqual(shown.map((e) => e.id).sort());
    for (const r of rows) {
      expect(r.start_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.url).toBe(`${origin}/events/${r.id}/`);
    }

    const geo = await exportAs(app, /^GeoJSON(?!,)/);
    expect(geo.name).toBe(`cuba-syria-relations-${today}.geojson`);
    expect(() => check(geo.text)).not.toThrow();
    const fc = JSON.parse(geo.text) as GeoJSON.FeatureCollection;
    expect(fc.features.length).toBe(shown.reduce((n, e) => n + new Set(e.places).size, 0));
    for (const f of fc.features)
      for (const value of Object.values(f.properties ?? {})) expect(typeof value).toBe('string');

    const places = await exportAs(app, /^GeoJSON, places/);
    expect(places.name).toBe(`cuba-syria-relations-places-${today}.geojson`);
    expect((JSON.parse(places.text) as GeoJSON.FeatureCollection).features.length).toBe(
      new Set(shown.flatMap((e) => e.places)).size,
    );

    const ics = await exportAs(app, /^iCalendar(?!,)/);
    expect(ics.name).toBe(`cuba-syria-relations-${today}.ics`);
    const entries = calendar(ics.text);
    expect(entries).toHaveLength(shown.length);
    for (const { c, e } of entries) {
      const days = (e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()) / 864e5;
      expect(days, e.summary).toBeLessThanOrEqual(31);
      expect(String(c.getFirstPropertyValue('url'))).toMatch(new RegExp(`^${origin}/events/`));
    }

    const yearly = await exportAs(app, /^iCalendar, anniversaries/);
    expect(yearly.name).toBe(`cuba-syria-relations-anniversaries-${today}.ics`);
    expect(calendar(yearly.text)).toHaveLength(shown.filter((e) => e.start.length === 10).length);

    const json = await exportAs(app, /^JSON/);
    const result = validateDataset(JSON.parse(json.text));
    expect(result.ok ? result.dataset.events.map((e) => e.id).sort() : result.problems).toEqual(
      shown.map((e) => e.id).sort(),
    );
    await expect(app.page.locator('[aria-live="polite"]')).toContainText(/Downloaded .*\.json/);
  });

  test('an export of thousands of events shows its progress and can be cancelled', async ({
    app,
  }) => {
    // 8,000 events on a CPU slowed 50×: about 20 s alone, more beside another test.
    test.slow();
    await app.page.goto('./?data=/__e2e/large.json');
    await app.waitReady();
    // A slow machine: the export takes seconds, in slices.
    const cdp = await app.page.context().newCDPSession(app.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 50 });
    let downloaded = false;
    app.page.on('download', () => (downloaded = true));
    await app.page.getByRole('button', { name: 'Export' }).click();
    await app.page.getByRole('button', { name: /^CSV/ }).click();
    const progress = app.page.getByTestId('task-progress');
    await expect(progress).toContainText(/Writing CSV: [\d,]+ of 8,000 events/, {
      timeout: 20_000,
    });
    // The page paints frames meanwhile: the export is still under way after one.
    await app.page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    await expect(progress).toBeVisible();
    // (No wait for the button to hold still over two frames: the export would end first.)
    await progress.getByRole('button', { name: 'Cancel' }).click({ force: true });
    await expect(app.page.locator('[aria-live="polite"]')).toHaveText('The export was cancelled.');
    await expect(progress).toHaveCount(0);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(downloaded).toBe(false);
  });
});

test('prints a chronology holding every shown event, with sources and credits', async ({ app }) => {
  await app.page.addInitScript(() => {
    window.print = () => {};
  });
  await app.open();
  await app.page.getByRole('searchbox', { name: 'Search events' }).fill('Havana');
  const shown = await app.eventList().locator('.event-list-title').allTextContents();
  expect(shown.length).toBeGreaterThan(2);
  await app.page.getByRole('button', { name: 'Export' }).click();
  await app.page.getByRole('button', { name: 'Print…' }).click();
  await expect(app.page.getByTestId('print-document')).toHaveAttribute('data-complete', 'true');
  await app.page.emulateMedia({ media: 'print' });
  const { text: flat, pages } = await pdfText(await app.page.pdf({ format: 'A4' }));
  // (pdf.js breaks words at ligatures: "tra ffi cking".)
  const letters = flat.replace(/\s+/g, '');
  for (const title of shown) expect(letters, title).toContain(title.replace(/\s+/g, ''));
  expect(flat).toContain('https://en.wikipedia.org/wiki/Cuba%E2%80%93Syria_relations');
  expect(flat).toContain('CC BY-SA 4.0');
  expect(flat).toContain('q=Havana');
  // The map's numbered places are named.
  expect(flat).toMatch(/Places on the map: 1 Syrian Embassy, Havana · 2 Cuban Embassy, Damascus/);
  // No interactive chrome in print.
  expect(flat).not.toContain('Play tour');
  expect(pages).toBeGreaterThan(1);
});

test('a print of thousands of events is prepared with progress, can be cancelled, and prints compact', async ({
  app,
}) => {
  // 8,000 events laid out twice, partly on a CPU slowed 50×: about 22 s alone (as before the
  // timeline's picture), over the default 30 s beside another heavy test.
  test.slow();
  await app.page.addInitScript(() => {
    (window as unknown as { __printed: number }).__printed = 0;
    window.print = () => {
      (window as unknown as { __printed: number }).__printed++;
    };
  });
  await app.page.goto('./?data=/__e2e/large.json');
  await app.waitReady();
  const cdp = await app.page.context().newCDPSession(app.page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 50 });
  await app.page.getByRole('button', { name: 'Export' }).click();
  await app.page.getByRole('button', { name: 'Print…' }).click();
  const progress = app.page.getByTestId('task-progress');
  await expect(progress).toContainText(/Preparing the print: [\d,]+ of 8,000 events/, {
    timeout: 20_000,
  });
  await progress.getByRole('button', { name: 'Cancel' }).click({ force: true });
  await expect(app.page.locator('[aria-live="polite"]')).toHaveText('Printing was cancelled.');
  await expect(app.page.getByTestId('print-document')).toHaveCount(0);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  expect(
    await app.page.evaluate(() => (window as unknown as { __printed: number }).__printed),
  ).toBe(0);

  // Again, to the end: every event laid out, compact, then the print dialog.
  await app.page.getByRole('button', { name: 'Export' }).click();
  await app.page.getByRole('button', { name: 'Print…' }).click();
  const doc = app.page.getByTestId('print-document');
  await expect(doc).toHaveAttribute('data-complete', 'true', { timeout: 30_000 });
  await expect(doc.locator('.print-event.is-compact')).toHaveCount(8000);
  await expect(doc).toContainText('Compact layout for 8,000 events');
  await expect
    .poll(() => app.page.evaluate(() => (window as unknown as { __printed: number }).__printed))
    .toBe(1);
  await expect(progress).toHaveCount(0);
});

test('the Arabic print keeps an English quotation and an address in order', async ({ app }) => {
  await app.page.addInitScript(() => {
    window.print = () => {};
  });
  await app.page.goto('./ar/');
  await app.waitReady();
  await app.page.getByRole('button', { name: 'تصدير' }).click();
  await app.page.getByRole('button', { name: 'طباعة…' }).click();
  await expect(app.page.getByTestId('print-document')).toHaveAttribute('data-complete', 'true');
  await app.page.emulateMedia({ media: 'print' });
  const { text } = await pdfText(await app.page.pdf({ format: 'A4' }));
  const crews = eventById('cuban-tank-crews-in-syria');
  const jta = crews.sources.find((c) => c.source.startsWith('jta'))!;
  const url = dataset.sources.find((s) => s.id === jta.source)!.url;
  // The address whole, in its order, and the quotation's words in theirs, one after the other.
  expect(text).toContain(url);
  expect(text).toContain(`“${jta.quote.replace(/\s+/g, ' ')}”`);
  // Every address printed is in order: never cut up or reordered around a line
  // break (one longer than a line wraps inside its own box, still in order).
  const unbroken = text.replace(/\s+/g, '');
  const cited = new Set(dataset.events.flatMap((e) => sourceIdsOf(e)));
  for (const source of dataset.sources.filter((s) => cited.has(s.id)))
    // (pdf.js gives Arabic letters as presentation forms: addresses holding them are left out.)
    if (source.url && /^[\x21-\x7e]+$/.test(source.url))
      expect(unbroken, source.id).toContain(source.url);
  // And every English quotation of the print.
  for (const e of dataset.events)
    for (const c of e.sources)
      if (dataset.sources.find((s) => s.id === c.source)?.language === 'en')
        expect(unbroken, `${e.id} ${c.source}`).toContain(c.quote.replace(/\s+/g, ''));
});

test('cites an event in each style, copies it as rich text, and its sources', async ({
  app,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open('?event=cultural-agreement-2019');
  await app.details().getByRole('button', { name: 'Cite this event' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Cite this event' });
  for (const style of ['APA', 'MLA', 'Chicago', 'BibTeX'])
    await expect(dialog.getByRole('heading', { name: style, exact: true })).toBeVisible();
  await expect(dialog).toContainText('/events/cultural-agreement-2019/');
  await expect(
    dialog.locator('i', { hasText: 'Agreement to expand cultural cooperation' }),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Copy MLA' }).click();
  await expect(app.page.locator('[aria-live="polite"]')).toHaveText(
    'Copy MLA: copied to the clipboard.',
  );
  const copied = await app.page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return {
      text: await (await item!.getType('text/plain')).text(),
      html: await (await item!.getType('text/html')).text(),
    };
  });
  expect(copied.text).toMatch(
    /^“Agreement to Expand Cultural Cooperation\.” Cuba–Syria Relations, localhost:\d+\/events\/cultural-agreement-2019\/\. Accessed \d+ \w+\.? \d{4}\.$/,
  );
  expect(copied.html).toContain('<i><bdi>Cuba–Syria Relations</bdi></i>');
  // Its sources, in the same style, with the date of access.
  const apa = dialog.locator('section', { has: app.page.getByRole('heading', { name: 'APA' }) });
  await apa.getByText(/^Its sources \(\d+\)$/).click();
  await expect(apa).toContainText(
    'Cuba–Syria relations. (n.d.). In Wikipedia (English). Retrieved ',
  );
  await expect(apa).toContainText(
    ', from https://en.wikipedia.org/wiki/Cuba%E2%80%93Syria_relations',
  );
});

test('the Arabic Cite dialog isolates addresses and BibTeX, in Arabic terms', async ({
  app,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.page.goto('./ar/events/cultural-agreement-2019/');
  await app.waitReady();
  await app.page.getByRole('button', { name: 'الاستشهاد بهذا الحدث' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'الاستشهاد بهذا الحدث' });
  const mla = dialog.locator('section', { has: app.page.getByRole('heading', { name: 'MLA' }) });
  await expect(mla.locator('.citation-text').first()).toHaveAttribute('dir', 'rtl');
  await expect(mla).toContainText('تاريخ الاطلاع');
  const address = mla.locator('bdi[dir="ltr"]').first();
  await expect(address).toHaveText(/^localhost:\d+\/ar\/events\/cultural-agreement-2019\/$/);
  const bibtex = dialog.locator('pre.citation-code').first();
  expect(await bibtex.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  await expect(bibtex).toContainText('urldate = {');
  await mla.getByRole('button', { name: /MLA/ }).first().click();
  await expect(app.page.locator('[aria-live="polite"]')).toContainText('نُسخ إلى الحافظة');
  const text = await app.page.evaluate(() => navigator.clipboard.readText());
  expect(text).toMatch(/\u2066localhost:\d+\/ar\/events\/cultural-agreement-2019\/\u2069/);
  expect(text).toContain('تاريخ الاطلاع');
});

test('the Embed dialog gives an iframe snippet for the current view', async ({ app, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open('?event=civil-war-onset');
  await app.page.getByRole('button', { name: 'Export' }).click();
  await app.page.getByRole('button', { name: 'Embed…' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Embed this view' });
  await dialog.getByRole('button', { name: 'Copy the HTML' }).click();
  const snippet = await app.page.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toMatch(
    /^<iframe src="http:\/\/localhost:\d+\/events\/civil-war-onset\/\?.*embed=1"/,
  );
  expect(snippet).toContain('loading="lazy"');
  expect(snippet).toContain('title="Cuba–Syria relations"');
});

test.describe('the embed view', () => {
  for (const [width, height] of [
    [320, 400],
    [600, 450],
  ] as const)
    test(`is a card that never scrolls its ${width} × ${height} frame, the map and timeline a tap away`, async ({
      app,
      baseURL,
    }) => {
      await app.page.setContent(
        `<iframe src="${baseURL}es/events/cultural-agreement-2019/?embed=1" width="${width}" height="${height}" title="t"></iframe>`,
      );
      const frame = app.page.frameLocator('iframe');
      await expect(frame.locator('#details-title')).toHaveText(
        eventById('cultural-agreement-2019').i18n!.es!.title!,
      );
      const scrolls = () =>
        frame
          .locator('html')
          .evaluate((el) => [el.scrollHeight - el.clientHeight, el.scrollWidth - el.clientWidth]);
      expect(await scrolls()).toEqual([0, 0]);
      // Previous and Next are in the card, in view.
      await expect(frame.getByRole('link', { name: /^Siguiente: / })).toBeInViewport();
      await frame.getByRole('tab', { name: 'Mapa' }).click();
      await expect(frame.locator('.leaflet-marker-icon').first()).toBeVisible();
      await frame.getByRole('tab', { name: 'Línea de tiempo' }).click();
      await expect(frame.locator('.vis-item').first()).toBeVisible();
      expect(await scrolls()).toEqual([0, 0]);
      await frame.getByRole('tab', { name: 'Historia' }).click();
      await expect(frame.locator('#details-title')).toBeInViewport();
    });

  test("the map's tab shows the map's picture, on the event's places, until Leaflet has drawn it", async ({
    app,
    baseURL,
  }) => {
    // Leaflet's code is held back until the test lets it through.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await app.page.route(/\/assets\/MapPane-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await app.page.setContent(
      `<iframe src="${baseURL}events/cultural-agreement-2019/?embed=1" width="320" height="400" title="t"></iframe>`,
    );
    const frame = app.page.frameLocator('iframe');
    await expect(frame.locator('#details-title')).toBeVisible();
    await frame.getByRole('tab', { name: 'Map' }).click();
    const picture = frame.locator('.pane-map .map-picture svg');
    await expect(picture).toBeVisible();
    expect(await picture.evaluate((svg) => svg.getBoundingClientRect().height)).toBeGreaterThan(
      100,
    );
    await expect(frame.locator('.leaflet-container')).toHaveCount(0);
    release();
    await expect(frame.locator('.leaflet-marker-icon').first()).toBeVisible();
    await expect(picture).toHaveCount(0);
  });

  test('works in a 320 × 400 frame: select, and open the full view', async ({ app, baseURL }) => {
    await app.page.setContent(
      `<iframe src="${baseURL}events/civil-war-onset/?embed=1" width="320" height="400" title="Cuba–Syria relations"></iframe>`,
    );
    const frame = app.page.frameLocator('iframe');
    await expect(frame.locator('#details-title')).toHaveText(eventById('civil-war-onset').title);
    // Compact: no language switch, no tour, no search.
    await expect(frame.getByRole('combobox', { name: 'Language' })).toHaveCount(0);
    await expect(frame.getByRole('button', { name: /Play tour/ })).toHaveCount(0);
    await frame.getByRole('link', { name: /^Next: / }).click();
    const next = storyOrder[storyOrder.findIndex((e) => e.id === 'civil-war-onset') + 1]!;
    await expect(frame.locator('#details-title')).toHaveText(next.title);
    const full = frame.getByRole('link', { name: 'Open the full view ↗' });
    await expect(full).toHaveAttribute('target', '_blank');
    await expect
      .poll(async () => new URL((await full.getAttribute('href'))!).pathname)
      .toBe(`/events/${next.id}/`);
    expect(await full.getAttribute('href')).not.toContain('embed=');
    // Nothing is cut off sideways in the frame.
    const overflow = await frame.locator('html').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

/** The state of the page's active service worker ('activated' once it can serve offline). */
function swState(page: import('@playwright/test').Page) {
  return page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none',
  );
}

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test.describe.configure({ mode: 'serial' });

  test('after one visit, the app opens with the network cut', async ({ page }) => {
    const server = await serveStatic(resolve('dist'));
    let closed = false;
    try {
      await page.goto(`${server.origin}/`);
      await page.locator('.vis-item').first().waitFor();
      // The service worker has installed its precache and is active.
      await expect.poll(() => swState(page), { timeout: 20_000 }).toBe('activated');
      // The network goes: the server stops.
      await server.close();
      closed = true;
      await page.goto(`${server.origin}/events/civil-war-onset/`);
      await expect(page.locator('#details-title')).toHaveText(eventById('civil-war-onset').title);
      await expect(page.locator('.vis-item').first()).toBeVisible();
      await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
      await expect(page.locator('.leaflet-container[data-basemap]')).toBeVisible();
    } finally {
      if (!closed) await server.close();
    }
  });

  test('a new version served later is announced with a Reload button', async ({ page }) => {
    // A copy of the site, so that "deploying" a new version touches no other test.
    const dir = mkdtempSync(join(tmpdir(), 'site-'));
    cpSync(resolve('dist'), dir, { recursive: true });
    const server = await serveStatic(dir);
    try {
      await page.goto(`${server.origin}/`);
      await expect.poll(() => swState(page), { timeout: 20_000 }).toBe('activated');
      // A later visit: the page now runs under the worker.
      await page.reload();
      await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
      await page.locator('.vis-item').first().waitFor();
      // "Deploy" a new version: the worker's script changes.
      const sw = join(dir, 'sw.js');
      writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// next version ${String(Date.now())}\n`);
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      const prompt = page
        .getByRole('status')
        .filter({ hasText: 'A new version of this site is available.' });
      await expect(prompt).toBeVisible({ timeout: 20_000 });
      // The page keeps running on its own version until the reader reloads.
      await expect(page.locator('.vis-item').first()).toBeVisible();
      await prompt.getByRole('button', { name: 'Reload' }).click();
      await expect(prompt).toHaveCount(0, { timeout: 20_000 });
      await expect(page.locator('.vis-item').first()).toBeVisible();
      await expect.poll(() => swState(page)).toBe('activated');
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
