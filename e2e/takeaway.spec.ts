import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { sortEvents } from '../src/data/dates';
import { validateDataset } from '../src/data/schema';
import { CATEGORIES } from '../src/data/types';
import { dataset, eventById } from './dataset';
import { expect, test } from './fixtures';
import { serveStatic } from './static-server';

async function exportAs(app: import('./driver').Driver, label: string) {
  await app.page.getByRole('button', { name: 'Export' }).click();
  const download = app.page.waitForEvent('download');
  await app.page.getByRole('button', { name: new RegExp(`^${label}`) }).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

test.describe('Export', () => {
  test('downloads the shown events as CSV, GeoJSON, iCalendar and JSON', async ({ app }) => {
    await app.open();
    // Only the cultural events, as a reader who filtered the rest out.
    for (const category of CATEGORIES.filter((c) => c !== 'cultural')) {
      const name = category.charAt(0).toUpperCase() + category.slice(1);
      await app.page.getByRole('button', { name, exact: true }).click();
    }
    const shown = dataset.events.filter((e) => e.category === 'cultural');
    const today = new Date().toISOString().slice(0, 10);

    const csv = await exportAs(app, 'CSV');
    expect(csv.name).toBe(`cuba-syria-relations-${today}.csv`);
    expect(
      csv.text.startsWith('\uFEFFid,title,start,end,precision,category,places,summary,sources'),
    ).toBe(true);
    for (const e of shown) expect(csv.text).toContain(e.id);
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(shown.length + 1);

    const geo = await exportAs(app, 'GeoJSON');
    expect(geo.name).toBe(`cuba-syria-relations-${today}.geojson`);
    const fc = JSON.parse(geo.text) as GeoJSON.FeatureCollection;
    expect(fc.type).toBe('FeatureCollection');

    const ics = await exportAs(app, 'iCalendar');
    expect(ics.name).toBe(`cuba-syria-relations-${today}.ics`);
    expect(ics.text.match(/BEGIN:VEVENT/g)).toHaveLength(shown.length);

    const json = await exportAs(app, 'JSON');
    const result = validateDataset(JSON.parse(json.text));
    expect(result.ok ? result.dataset.events.map((e) => e.id).sort() : result.problems).toEqual(
      shown.map((e) => e.id).sort(),
    );
    await expect(app.page.locator('[aria-live="polite"]')).toContainText(/Downloaded .*\.json/);
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
  await expect(app.page.getByTestId('print-document')).toBeAttached();
  await app.page.emulateMedia({ media: 'print' });
  const pdf = await app.page.pdf({ format: 'A4' });
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  let text = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    text += content.items.map((i) => ('str' in i ? i.str : '')).join(' ') + '\n';
  }
  const flat = text.replace(/\s+/g, ' ');
  // The PDF's text breaks words at ligatures ("o ffi cial"): compare without spaces.
  const bare = (t: string) => t.normalize('NFKC').replace(/\s+/g, '');
  for (const title of shown) expect(bare(flat), title).toContain(bare(title));
  expect(flat).toContain('https://en.wikipedia.org/wiki/Cuba%E2%80%93Syria_relations');
  expect(flat).toContain('CC BY-SA 4.0');
  // The credit the licence asks for: the creator, the changes, and the quotations left out of it.
  expect(flat).toContain('by Wikipedia contributors');
  expect(flat).toContain('condensed, reworded');
  expect(flat).toContain('they are not covered by this licence');
  expect(flat).toContain('q=Havana');
  // No interactive chrome in print.
  expect(flat).not.toContain('Play tour');
  expect(doc.numPages).toBeGreaterThan(1);
});

test('cites an event in four styles and copies a citation, saying so', async ({ app, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open('?event=cultural-agreement-2019');
  await app.details().getByRole('button', { name: 'Cite this event' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Cite this event' });
  for (const style of ['APA', 'MLA', 'Chicago', 'BibTeX'])
    await expect(dialog.getByRole('heading', { name: style })).toBeVisible();
  await expect(dialog).toContainText('/events/cultural-agreement-2019/');
  await dialog.getByRole('button', { name: 'Copy MLA' }).click();
  const copied = await app.page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(
    /^“Agreement to expand cultural cooperation\.” Cuba–Syria relations, http:\/\/localhost:\d+\/events\/cultural-agreement-2019\/\. Accessed \d+ \w+\.? \d{4}\.$/,
  );
  await expect(app.page.locator('[aria-live="polite"]')).toHaveText(
    'Copy MLA: copied to the clipboard.',
  );
  // And its sources.
  await expect(dialog).toContainText(
    'Wikipedia (English). “Cuba–Syria relations.” https://en.wikipedia.org/wiki/Cuba%E2%80%93Syria_relations.',
  );
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
    const ordered = sortEvents(dataset.events);
    const next = ordered[ordered.findIndex((e) => e.id === 'civil-war-onset') + 1]!;
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
