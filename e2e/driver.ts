import { expect, type Locator, type Page } from '@playwright/test';

/** Domain verbs for the specs; raw selectors live here, not in the specs. */
export class Driver {
  constructor(readonly page: Page) {}

  async open(query = '') {
    await this.page.goto(query ? `./${query.startsWith('?') ? query : `?${query}`}` : './');
    await this.waitReady();
  }

  async waitReady() {
    // On a phone the timeline is folded into its dock, and built only when
    // first opened (openTimeline).
    await expect(
      this.page
        .locator('.dock-toggle:visible, .vis-item:not(.vis-background) [data-event-id]:visible')
        .first(),
    ).toBeVisible();
    if (!(await this.timelineFolded())) await expect(this.timelineItems().first()).toBeVisible();
    await this.mapReady();
  }

  /**
   * Waits for the map. On a phone it is made only when the reader scrolls
   * near it: the page is scrolled to it and back, as a reader would look.
   */
  async mapReady() {
    const marker = this.page.locator('.leaflet-marker-icon').first();
    const pane = this.page.locator('.pane-map');
    if ((await pane.count()) > 0 && (await pane.locator('.leaflet-container').count()) === 0) {
      const top = await this.page.evaluate(() => window.scrollY);
      await pane.scrollIntoViewIfNeeded();
      await expect(marker).toBeVisible();
      await this.page.evaluate((y) => window.scrollTo(0, y), top);
    }
    await expect(marker).toBeVisible();
  }

  /** The phone's timeline dock: folded (a strip), or open. */
  dockToggle(): Locator {
    return this.page.locator('.dock-toggle');
  }

  async timelineFolded(): Promise<boolean> {
    const toggle = this.dockToggle();
    return (await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false';
  }

  /** Opens the phone's timeline dock, as a reader taps it. */
  async openTimeline() {
    if (await this.timelineFolded()) {
      await this.dockToggle().click();
      await expect(this.timelineItems().first()).toBeVisible();
    }
  }

  region(name: 'Timeline' | 'Map' | 'Event details' | 'Event list'): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  details(): Locator {
    return this.region('Event details');
  }

  detailsTitle(): Locator {
    return this.details().getByRole('heading', { level: 2 });
  }

  detailsSummary(): Locator {
    return this.details().locator('.story-summary');
  }

  eventList(): Locator {
    return this.page.getByRole('list', { name: 'Events', exact: true });
  }

  eventListButtons(): Locator {
    return this.eventList().getByRole('link');
  }

  /** vis-timeline draws its own DOM: items are found by the event id we put on them. */
  timelineItems(): Locator {
    return this.page.locator('.vis-item:not(.vis-background) [data-event-id]');
  }

  timelineItem(id: string): Locator {
    return this.page.locator(`.vis-item [data-event-id="${id}"]`);
  }

  /** The visible label of a timeline item (its accessible name carries the full title and date). */
  timelineLabel(id: string): Locator {
    return this.timelineItem(id).locator('.tl-item-title');
  }

  /** Waits until the timeline has finished bringing the selected event's row into view. */
  async timelineSettled() {
    await expect(this.page.locator('.timeline-canvas[data-revealing]')).toHaveCount(0);
  }

  /** The panel that scrolls the timeline's rows (the lane-name column). */
  timelineRows(): Locator {
    return this.page.locator('.vis-panel[tabindex="0"]');
  }

  /**
   * Scrolls the timeline's rows, as a reader would, until the event's item is
   * drawn: vis-timeline draws only the rows in view.
   */
  async revealTimelineItem(id: string) {
    await this.openTimeline();
    const item = this.timelineItem(id);
    await this.timelineSettled();
    // Drawn is not enough: the item must be inside the visible part of the
    // rows, and of the time window.
    // Measured in one go in the page: vis-timeline may redraw the item's row
    // away between two calls.
    const shown = () =>
      this.page.evaluate((id) => {
        const el = document.querySelector(`.vis-item [data-event-id="${CSS.escape(id)}"]`);
        const panel = document.querySelector('.vis-panel.vis-center');
        if (!(el instanceof HTMLElement) || !panel || !el.checkVisibility()) return false;
        const box = el.getBoundingClientRect();
        const p = panel.getBoundingClientRect();
        return (
          box.width > 0 &&
          box.top >= p.top - 1 &&
          box.bottom <= p.bottom + 1 &&
          box.left + Math.min(box.width, 8) >= p.left &&
          box.left <= p.right - 8
        );
      }, id);
    if (!(await shown()) && !(await this.scrollRowsUntil(shown))) {
      // Outside the time window (the timeline frames the selected event): show
      // the whole story, as a reader would, and look again.
      await this.page.getByRole('button', { name: /^(Show all|Mostrar todo|عرض الكل)$/ }).click();
      await this.timelineSettled();
      await this.page.waitForTimeout(600);
      if (!(await shown())) await this.scrollRowsUntil(shown);
      expect(await shown(), `${id} shown in the timeline`).toBe(true);
    }
    return item;
  }

  /** The whole drawn item (dot or bar, and label) of an event's content. */
  private itemBox(item: Locator): Locator {
    return item.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " vis-item ")][1]');
  }

  /**
   * Whether the event's item has its centre to itself (no other item drawn
   * over it); measured in the page without waiting, true when not drawn.
   */
  private uncovered(id: string): Promise<boolean> {
    return this.page.evaluate((id) => {
      const content = document.querySelector(`.vis-item [data-event-id="${CSS.escape(id)}"]`);
      const el = content?.closest('.vis-item');
      if (!el) return true;
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return !!top && el.contains(top);
    }, id);
  }

  /** Scrolls the timeline's rows from the top, half a screen at a time, until `done()`. */
  private async scrollRowsUntil(done: () => Promise<boolean>): Promise<boolean> {
    const rows = this.timelineRows();
    await rows.evaluate((el) => el.scrollTo({ top: 0 }));
    for (let step = 0; step < 30; step++) {
      await this.page.waitForTimeout(50);
      if (await done()) return true;
      const moved = await rows.evaluate((el) => {
        const before = el.scrollTop;
        el.scrollBy({ top: el.clientHeight / 2 });
        return el.scrollTop !== before;
      });
      if (!moved) break;
    }
    return done();
  }

  /**
   * The drawn labels of the timeline that cover another item (its box) or
   * another label, as "label / other": none is the rule.
   */
  async timelineOverlaps(): Promise<string[]> {
    return this.page.evaluate(() => {
      const boxes = [...document.querySelectorAll<HTMLElement>('.vis-item:not(.vis-background)')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => {
          const label = el.querySelector<HTMLElement>('.tl-item-title');
          const content = el.querySelector<HTMLElement>('.tl-item-content');
          return {
            name: content?.dataset.eventId ?? el.className,
            item: (content ?? el).getBoundingClientRect(),
            label: label && label.textContent ? label.getBoundingClientRect() : null,
            range: el.classList.contains('vis-range'),
          };
        });
      const hit = (a: DOMRect, b: DOMRect) =>
        a.left < b.right - 1 &&
        b.left < a.right - 1 &&
        a.top < b.bottom - 1 &&
        b.top < a.bottom - 1;
      const out: string[] = [];
      for (const a of boxes)
        for (const b of boxes)
          if (a !== b && a.label && !a.range && hit(a.label, b.item))
            out.push(`${a.name} / ${b.name}`);
      return out;
    });
  }

  async clickTimelineItem(id: string) {
    let item = await this.revealTimelineItem(id);
    // At the widest zoom, dots days apart overlap: zoom in on it with the
    // wheel, as a reader would, until nothing covers it.
    for (let step = 0; step < 12 && !(await this.uncovered(id)); step++) {
      const box = await item.boundingBox({ timeout: 2000 });
      if (!box) break;
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      // vis-timeline zooms by a fifth per wheel event, whatever its size.
      for (let i = 0; i < 3; i++) await this.page.mouse.wheel(0, -120);
      await this.timelineSettled();
      item = await this.revealTimelineItem(id);
    }
    // Where a reader clicks: the item, its dot or its label.
    await this.itemBox(item).click({ timeout: 10_000 });
  }

  /** Every event id the timeline draws in its current window, scrolling through all rows. */
  async allTimelineIds(): Promise<string[]> {
    await this.openTimeline();
    await this.timelineSettled();
    const rows = this.timelineRows();
    await rows.evaluate((el) => el.scrollTo({ top: 0 }));
    const seen = new Set<string>();
    for (let step = 0; step < 40; step++) {
      await this.page.waitForTimeout(60);
      for (const id of await this.timelineItems().evaluateAll((els) =>
        els.map((e) => (e as HTMLElement).dataset.eventId ?? ''),
      ))
        seen.add(id);
      const moved = await rows.evaluate((el) => {
        const before = el.scrollTop;
        el.scrollBy({ top: el.clientHeight / 2 });
        return el.scrollTop !== before;
      });
      if (!moved) break;
    }
    return [...seen].sort();
  }

  async selectFromList(title: string) {
    await this.eventList()
      .getByRole('link', { name: new RegExp(`^${escapeRe(title)}`) })
      .click();
  }

  marker(name: string): Locator {
    return this.page.locator(`.leaflet-marker-icon[aria-label=${JSON.stringify(name)}]`);
  }

  arc(): Locator {
    return this.page.locator('path.embassy-link');
  }

  search(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }

  /** The selected event, from the page's path (/events/<id>/, /es/events/<id>/) or a `?event=` link. */
  currentEvent(): string | null {
    const url = new URL(this.page.url());
    const match = /\/events\/([^/]+)\/$/.exec(url.pathname);
    return match ? decodeURIComponent(match[1]!) : url.searchParams.get('event');
  }

  /** The shown language as the address names it: its path prefix, else `lang=`. */
  currentLang(): string | null {
    const url = new URL(this.page.url());
    const match = /^(?:\/cuba-syria)?\/(es|ar)\//.exec(url.pathname);
    return match ? match[1]! : url.searchParams.get('lang');
  }

  async mapView(): Promise<{ zoom: number; lat: number; lng: number }> {
    await expect.poll(() => this.search().get('map')).not.toBeNull();
    const [zoom, lat, lng] = (this.search().get('map') ?? '').split('/').map(Number);
    return { zoom: zoom ?? NaN, lat: lat ?? NaN, lng: lng ?? NaN };
  }

  /** Waits until Leaflet has finished moving and the URL has caught up. */
  async settle() {
    await this.page.waitForTimeout(100);
    await this.page.waitForFunction(
      () => !document.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim'),
    );
    await this.page.waitForTimeout(1300);
  }

  /** Clicks Leaflet's zoom-in button and waits for the zoom to land. */
  async zoomMapIn() {
    const before = (await this.mapView()).zoom;
    await this.region('Map').getByRole('button', { name: 'Zoom the map in' }).click();
    await expect.poll(async () => (await this.mapView()).zoom).toBeGreaterThan(before);
  }

  /** Opens a header dialog ("Threads", "Sources", "About") and returns it. */
  async openDialog(button: 'Threads' | 'Sources' | 'About'): Promise<Locator> {
    await this.page.getByRole('banner').getByRole('button', { name: button, exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** The page header's box and the box of each thing in it, rounded to the half pixel. */
  async headerLayout(): Promise<string[]> {
    return this.page.getByRole('banner').evaluate((header) => {
      const round = (n: number) => Math.round(n * 2) / 2;
      const describe = (el: Element) => {
        const r = el.getBoundingClientRect();
        const name = el.getAttribute('aria-label') ?? el.className;
        return `${el.tagName}.${name}: ${round(r.x)},${round(r.y)} ${round(r.width)}×${round(r.height)}`;
      };
      const parts = header.querySelectorAll('h1, input, button, select, a, .search-status');
      return [describe(header), ...Array.from(parts, describe)];
    });
  }

  /** The story of the selected event (the details' article), whatever the language. */
  story(): Locator {
    return this.page.locator('article.story');
  }

  /** The dates of the event list, one per event. */
  eventListDates(): Locator {
    return this.page.locator('.event-list-date');
  }

  notices(): Locator {
    return this.page.locator('.notice');
  }

  async pressKey(key: string) {
    await this.page.keyboard.press(key);
  }
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
