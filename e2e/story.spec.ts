import { expect, test } from './fixtures';
import { dataset, eventById, storyOrder } from './dataset';
import type { Driver } from './driver';

/**
 * Reading the story like a book (issue 23): the timeline frames where the
 * reader is, the story shows its headline, summary and first source whole,
 * Previous and Next hold still, threads can be followed, a phone steps by
 * swiping.
 */

const DAY = 86_400_000;
const ms = (iso: string) =>
  new Date(iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso).getTime();

/** The window the link names. */
function window(app: Driver) {
  return { from: ms(app.search().get('from')!), to: ms(app.search().get('to')!) + DAY };
}

const langs = ['en', 'es', 'ar'] as const;
const sizes = [
  { name: 'laptop', viewport: { width: 1280, height: 720 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
] as const;

for (const size of sizes)
  test.describe(`at ${size.viewport.width}×${size.viewport.height}`, () => {
    test.use({
      viewport: size.viewport,
      ...('isMobile' in size ? { isMobile: true, hasTouch: true } : {}),
    });

    for (const lang of langs)
      test(`after Next, the timeline frames the event and two neighbours on each side, labels readable and nothing covered (${lang})`, async ({
        app,
      }) => {
        // A selection in the middle of the story, then Next a few times.
        const start = storyOrder.findIndex((e) => e.id === 'civil-war-onset');
        await app.open(`?lang=${lang}&event=civil-war-onset`);
        await app.openTimeline();
        for (let step = 1; step <= 3; step++) {
          const next = storyOrder[start + step]!;
          await app.page.locator('.pane-details .story-nav-next').click();
          await expect.poll(() => app.currentEvent()).toBe(next.id);
          await app.timelineSettled();
          const { from, to } = window(app);
          const around = storyOrder.slice(start + step - 2, start + step + 3);
          for (const e of around) {
            expect(ms(e.start), `${e.id} in the window`).toBeGreaterThanOrEqual(from);
            expect(ms(e.start), `${e.id} in the window`).toBeLessThan(to);
          }
          // The selected label: whole, or cut between words.
          const item = await app.revealTimelineItem(next.id);
          const title = (lang === 'en' ? next.title : next.i18n?.[lang]?.title) ?? next.title;
          const shown = (await item.locator('.tl-item-title').textContent()) ?? '';
          if (shown !== title) {
            expect(shown.endsWith('…'), shown).toBe(true);
            expect(title.slice(shown.length - 1), shown).toMatch(/^[\s,;:،–—-]/);
          }
          expect(await app.timelineOverlaps(), `${lang} ${next.id}`).toEqual([]);
        }
      });
  });

test.describe('at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  for (const lang of langs)
    test(`every event shows its headline, whole summary and first source without scrolling (${lang})`, async ({
      app,
    }) => {
      test.setTimeout(storyOrder.length * 1_500 + 20_000);
      await app.open(`?lang=${lang}&event=${storyOrder[0]!.id}`);
      for (const [i, event] of storyOrder.entries()) {
        if (i > 0) await app.page.locator('.pane-details .story-nav-next').click();
        await expect.poll(() => app.currentEvent()).toBe(event.id);
        const visible = await app.page.evaluate(() => {
          const body = document.querySelector<HTMLElement>('.story-body')!;
          const box = body.getBoundingClientRect();
          const inside = (el: Element | null) => {
            if (!el) return false;
            const r = el.getBoundingClientRect();
            return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
          };
          return {
            scrolled: body.scrollTop,
            headline: inside(document.querySelector('#details-title')),
            summary: inside(document.querySelector('.story-summary')),
            source: inside(document.querySelector('.source-list > li')),
          };
        });
        expect(visible, `${lang} ${event.id}`).toEqual({
          scrolled: 0,
          headline: true,
          summary: true,
          source: true,
        });
      }
    });

  test('Previous and Next keep their size and place when the filters hide the selection', async ({
    app,
  }) => {
    await app.open('?event=cultural-agreement-2019');
    const nav = app.details().locator('.story-nav');
    const boxes = () =>
      nav.locator('.story-nav-button').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)];
        }),
      );
    const before = await boxes();
    await app.page
      .getByRole('group', { name: 'Categories' })
      .getByRole('button', { name: 'Cultural' })
      .click();
    await expect(app.details().getByRole('status')).toContainText('hidden');
    await expect(nav.locator('.story-position')).toContainText('hidden');
    expect(await boxes()).toEqual(before);
  });

  test('a thread can be followed from its first event to its last', async ({ app }) => {
    const thread = dataset.threads!.find((t) => t.id === 'un-votes')!;
    const inOrder = storyOrder.filter((e) => thread.events.includes(e.id));
    await app.open(`?event=${inOrder[0]!.id}`);
    await app
      .details()
      .getByRole('button', { name: new RegExp(`^Follow this thread: ${thread.title}`) })
      .click();
    await expect.poll(() => app.search().get('thread')).toBe(thread.id);
    for (const [i, event] of inOrder.entries()) {
      await expect(app.detailsTitle()).toHaveText(event.title);
      await expect(app.details().locator('.story-position')).toHaveText(
        `${i + 1} of ${inOrder.length}`,
      );
      if (i < inOrder.length - 1) await app.page.locator('.pane-details .story-nav-next').click();
    }
    // The last of the thread: Next goes no further.
    await expect(app.details().getByRole('button', { name: /^Next$/ })).toBeDisabled();
    // And the link reopens the thread where the reader is.
    await app.page.reload();
    await app.waitReady();
    await expect(app.details().locator('.story-position')).toHaveText(
      `${inOrder.length} of ${inOrder.length}`,
    );
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a swipe on the story steps to the next event, and back', async ({ app }) => {
    const at = storyOrder.findIndex((e) => e.id === 'cultural-agreement-2019');
    await app.open('?event=cultural-agreement-2019');
    const swipe = async (dx: number) => {
      const box = (await app.page.locator('.story-body').boundingBox())!;
      const y = box.y + 120;
      const x = box.x + box.width / 2;
      await app.page.evaluate(
        ({ x, y, dx }) => {
          const el = document.querySelector('.story-body')!;
          const fire = (type: string, cx: number) =>
            el.dispatchEvent(
              new PointerEvent(type, {
                pointerId: 7,
                pointerType: 'touch',
                isPrimary: true,
                clientX: cx,
                clientY: y,
                bubbles: true,
              }),
            );
          fire('pointerdown', x);
          fire('pointerup', x + dx);
        },
        { x, y, dx },
      );
    };
    await swipe(-150);
    await expect(app.detailsTitle()).toHaveText(storyOrder[at + 1]!.title);
    await swipe(150);
    await expect(app.detailsTitle()).toHaveText(eventById('cultural-agreement-2019').title);
  });

  test('the timeline dock folds to a strip showing where the reader is, and opens with a tap', async ({
    app,
  }) => {
    await app.open('?event=cultural-agreement-2019');
    const toggle = app.dockToggle();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const strip = (await app.page.locator('.pane-timeline').boundingBox())!;
    expect(strip.height).toBeLessThanOrEqual(60);
    await expect(toggle).toContainText(
      `${storyOrder.findIndex((e) => e.id === 'cultural-agreement-2019') + 1} of ${storyOrder.length}`,
    );
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(app.timelineItems().first()).toBeVisible();
  });
});
