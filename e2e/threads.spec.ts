import { sortEvents } from '../src/data/dates';
import type { Thread } from '../src/data/types';
import { dataset, eventById } from './dataset';
import { expect, test } from './fixtures';
import { serveDataset, testDataset, testEvent } from './hostile';

const threads = dataset.threads ?? [];

/** A thread's events as the app orders them: chronologically, as the event list. */
const inOrder = (thread: Thread) => sortEvents(thread.events.map(eventById));

function threadNamed(id: string): Thread {
  const thread = threads.find((t) => t.id === id);
  if (!thread) throw new Error(`no thread ${id}`);
  return thread;
}

test('the Threads view lists every thread with its summary and its events in order', async ({
  app,
}) => {
  await app.open();
  const dialog = await app.openDialog('Threads');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(
    `Threads (${String(threads.length)})`,
  );
  await expect(dialog.getByRole('heading', { level: 3 })).toHaveText(threads.map((t) => t.title));
  for (const thread of threads) {
    const section = dialog.getByRole('region', { name: thread.title, exact: true });
    await expect(section).toContainText(thread.summary!);
    await expect(
      section.getByRole('list', { name: `Events of “${thread.title}”` }).getByRole('link'),
    ).toHaveText(inOrder(thread).map((e) => e.title));
  }
});

test('choosing an event in the Threads view opens it and closes the view', async ({ app }) => {
  await app.open();
  const dialog = await app.openDialog('Threads');
  const votes = threadNamed('un-votes');
  const third = inOrder(votes)[2]!;
  await dialog
    .getByRole('list', { name: `Events of “${votes.title}”` })
    .getByRole('link', { name: third.title })
    .click();
  await expect(dialog).toBeHidden();
  await expect(app.detailsTitle()).toHaveText(third.title);
  expect(app.currentEvent()).toBe(third.id);
  await expect(
    app.page.getByRole('banner').getByRole('button', { name: 'Threads', exact: true }),
  ).toBeFocused();
});

test('the Threads view marks the reader’s event in every thread it is part of', async ({ app }) => {
  const event = eventById('general-assembly-vote-2012');
  await app.open(`?event=${event.id}`);
  const dialog = await app.openDialog('Threads');
  const current = dialog.locator('li[aria-current="true"]');
  const holding = threads.filter((t) => t.events.includes(event.id));
  expect(holding.length).toBeGreaterThanOrEqual(2);
  await expect(current).toHaveCount(holding.length);
  for (const li of await current.all()) await expect(li).toContainText(event.title);
});

for (const [lang, button] of [
  ['es', 'Hilos'],
  ['ar', 'المسارات'],
] as const) {
  test(`the Threads view speaks ${lang}, and a click opens the event in ${lang}`, async ({
    app,
  }) => {
    await app.open(`?lang=${lang}`);
    await app.page.getByRole('banner').getByRole('button', { name: button, exact: true }).click();
    const dialog = app.page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(
      `${button} (${String(threads.length)})`,
    );
    await expect(dialog.getByRole('heading', { level: 3 })).toHaveText(
      threads.map((t) => t.i18n![lang]!.title!),
    );
    const health = threadNamed('health-cooperation');
    const section = dialog.getByRole('region', { name: health.i18n![lang]!.title!, exact: true });
    await expect(section).toContainText(health.i18n![lang]!.summary!);
    expect(await dialog.evaluate((el) => getComputedStyle(el).direction)).toBe(
      lang === 'ar' ? 'rtl' : 'ltr',
    );
    const first = inOrder(health)[0]!;
    await section.getByRole('link', { name: first.i18n![lang]!.title! }).click();
    await expect(dialog).toBeHidden();
    await expect(app.story().getByRole('heading', { level: 2 })).toHaveText(
      first.i18n![lang]!.title!,
    );
    expect(app.currentEvent()).toBe(first.id);
  });
}

test('a dataset without threads has no Threads button', async ({ app }) => {
  const events = [testEvent('a', '2000-01-01'), testEvent('b', '2001-01-01')];
  await serveDataset(app.page, '/data/plain.json', testDataset(events));
  await app.open('?data=/data/plain.json');
  await expect(app.page.getByRole('banner').getByRole('button', { name: 'Sources' })).toBeVisible();
  await expect(app.page.getByRole('banner').getByRole('button', { name: 'Threads' })).toHaveCount(
    0,
  );
});

test('a dataset’s own threads are listed, their text shown as text', async ({ app }) => {
  const events = [testEvent('a', '2001-01-01'), testEvent('b', '2000-01-01')];
  await serveDataset(app.page, '/data/threaded.json', {
    ...testDataset(events),
    threads: [
      {
        id: 't',
        title: '<img src=x onerror=alert(1)> Theme',
        summary: '<b>bold</b>',
        events: ['a', 'b'],
      },
    ],
  });
  await app.open('?data=/data/threaded.json');
  const dialog = await app.openDialog('Threads');
  await expect(dialog.getByRole('heading', { level: 3 })).toHaveText(
    '<img src=x onerror=alert(1)> Theme',
  );
  await expect(dialog.locator('img, b')).toHaveCount(0);
  // Listed out of order in the file, shown in the order they happened.
  await expect(dialog.locator('.thread-events').getByRole('link')).toHaveText([
    'Event b',
    'Event a',
  ]);
});
