import type { Locator } from '@playwright/test';
import { eventById } from './dataset';
import { expect, test } from './fixtures';
import type { Driver } from './driver';

/**
 * Escape in a dialog closes the dialog and nothing else: the reader's event
 * stays selected (and in the address), and focus goes back to the opener.
 */
const DIALOGS: { name: string; opener: (app: Driver) => Locator }[] = [
  {
    name: 'Threads',
    opener: (app) =>
      app.page.getByRole('banner').getByRole('button', { name: 'Threads', exact: true }),
  },
  {
    name: 'Sources',
    opener: (app) =>
      app.page.getByRole('banner').getByRole('button', { name: 'Sources', exact: true }),
  },
  {
    name: 'About',
    opener: (app) =>
      app.page.getByRole('banner').getByRole('button', { name: 'About', exact: true }),
  },
  {
    name: 'Cite this event',
    opener: (app) => app.details().getByRole('button', { name: 'Cite this event' }),
  },
];

const EVENT = eventById('civil-war-onset');

for (const { name, opener } of DIALOGS) {
  test(`Escape in ${name} closes only the dialog, keeping the event`, async ({ app }) => {
    await app.open(`?event=${EVENT.id}`);
    await expect(app.detailsTitle()).toHaveText(EVENT.title);
    await opener(app).click();
    const dialog = app.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await app.pressKey('Escape');
    await expect(dialog).toBeHidden();
    expect(app.currentEvent()).toBe(EVENT.id);
    await expect(app.detailsTitle()).toHaveText(EVENT.title);
    await expect(opener(app)).toBeFocused();
  });

  test(`Escape in ${name} after a click on its text closes only the dialog`, async ({ app }) => {
    await app.open(`?event=${EVENT.id}`);
    await opener(app).click();
    const dialog = app.page.getByRole('dialog');
    // A click on text that takes no focus: the key then goes to the page's body.
    await dialog.getByRole('heading', { level: 2 }).click();
    await app.pressKey('Escape');
    await expect(dialog).toBeHidden();
    expect(app.currentEvent()).toBe(EVENT.id);
    await expect(app.detailsTitle()).toHaveText(EVENT.title);
  });

  test(`the arrow keys in ${name} do not step the story behind it`, async ({ app }) => {
    await app.open(`?event=${EVENT.id}`);
    await opener(app).click();
    const dialog = app.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await app.pressKey('ArrowRight');
    await app.pressKey('End');
    await expect(dialog).toBeVisible();
    expect(app.currentEvent()).toBe(EVENT.id);
    await app.pressKey('Escape');
    await expect(dialog).toBeHidden();
    await expect(app.detailsTitle()).toHaveText(EVENT.title);
  });
}
