import { dataset, eventById } from './dataset';
import { expect, test } from './fixtures';

const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));

test('an event with two sources shows both, with kind labels and safe links', async ({ app }) => {
  const event = eventById('visa-exemption-agreement-2017');
  await app.open(`?event=${event.id}`);
  const ids = [...event.sources.map((c) => c.source), ...(event.furtherSources ?? [])];
  expect(ids.length).toBe(2);
  const section = app.details().getByRole('region', { name: 'Sources' });
  for (const id of ids) {
    const source = sourceById.get(id)!;
    const link = section.getByRole('link', { name: source.title });
    await expect(link).toHaveAttribute('href', encodeURI(decodeURI(source.url!)));
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(section).toContainText(source.publisher);
  }
  await expect(section.getByText('Critical outlet', { exact: true })).toBeVisible();
  await expect(section.getByText('State source', { exact: true })).toBeVisible();
  await expect(section).toContainText(event.sources[0]!.quote);
  await expect(section).toContainText('Reports disagree on who signed the agreement for Syria.');
});

test('an event quoted from the article names its section and the article', async ({ app }) => {
  const event = eventById('relations-established');
  await app.open(`?event=${event.id}`);
  const section = app.details().getByRole('region', { name: 'Source' });
  await expect(section.getByRole('link', { name: 'Cuba–Syria relations' })).toHaveAttribute(
    'href',
    'https://en.wikipedia.org/wiki/Cuba%E2%80%93Syria_relations',
  );
  await expect(section).toContainText(event.sources[0]!.section!);
  await expect(section).toContainText('A blog post (2017) gives 17 August 1964');
});

test('the Sources view lists every source with the events that cite it', async ({ app }) => {
  await app.open();
  const dialog = await app.openDialog('Sources');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(
    `Sources (${dataset.sources.length})`,
  );
  await expect(dialog.locator('.source-list-all > li')).toHaveCount(dataset.sources.length);
  for (const source of dataset.sources) {
    // A source known without an address is named, and says it has none.
    const entry = source.url
      ? dialog.getByRole('link', { name: source.title, exact: false }).first()
      : dialog.locator('.source-title', { hasText: source.title }).first();
    await expect(entry).toBeVisible();
    if (!source.url) await expect(entry).toContainText('(no address recorded)');
  }
  // Choosing a citing event selects it and closes the view.
  const tank = eventById('cuban-tank-crews-in-syria');
  await dialog.getByRole('link', { name: tank.title }).first().click();
  await expect(dialog).toBeHidden();
  await expect(app.detailsTitle()).toHaveText(tank.title);
  await expect(app.page.getByRole('button', { name: 'Sources', exact: true })).toBeFocused();
});

test('the credits name the article, its link and licence, and the dataset licence', async ({
  app,
}) => {
  await app.open();
  const dialog = await app.openDialog('About');
  await expect(dialog.getByRole('link', { name: '“Cuba–Syria relations”' })).toHaveAttribute(
    'href',
    'https://en.wikipedia.org/wiki/Cuba%E2%80%93Syria_relations',
  );
  await expect(dialog).toContainText(
    'by Wikipedia contributors (Wikipedia (English), CC BY-SA 4.0). Text adapted from it is shared under the same licence.',
  );
  await expect(dialog).toContainText('No revision id or retrieval date was recorded');
  await expect(dialog).toContainText(dataset.license!.adapts![0]!.changes);
  await expect(dialog).toContainText(dataset.license!.quotations!);
  await expect(dialog.getByRole('link', { name: 'CC BY-SA 4.0' })).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by-sa/4.0/',
  );
  await expect(dialog).toContainText('Natural Earth');
  await expect(dialog).toContainText('SIL Open Font License');
  await expect(dialog).toContainText('Leaflet (BSD-2-Clause)');
  await app.pressKey('Escape');
  await expect(dialog).toBeHidden();
  await expect(app.page.getByRole('button', { name: 'About', exact: true })).toBeFocused();
});

for (const [lang, about, adapts, by] of [
  ['es', 'Acerca de', 'Adapta el artículo', 'de colaboradores de Wikipedia'],
  ['ar', 'حول', 'وهي مقتبسة بتصرّف من المقال', 'مساهمو ويكيبيديا'],
] as const) {
  test(`the credits say the same in ${lang}`, async ({ app }) => {
    await app.page.goto(`./?lang=${lang}`);
    await app.page.getByRole('banner').getByRole('button', { name: about, exact: true }).click();
    const dialog = app.page.getByRole('dialog');
    const work = dataset.license!.adapts![0]!;
    await expect(dialog).toContainText(adapts);
    await expect(dialog).toContainText(by);
    await expect(dialog).toContainText(work.i18n![lang]!.versionNote!);
    await expect(dialog).toContainText(work.i18n![lang]!.changes!);
    await expect(dialog).toContainText(dataset.license!.i18n![lang]!.quotations!);
  });
}

test.describe('credits on a failed load', () => {
  test.use({ allowConsoleErrors: /Failed to load resource/ });
  test('are reachable when the dataset could not be loaded', async ({ app }) => {
    await app.page.goto('./?data=/data/missing.json');
    await expect(app.page.getByRole('alert')).toBeVisible();
    const dialog = await app.openDialog('About');
    await expect(dialog).toContainText('Natural Earth');
  });
});
