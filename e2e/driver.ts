import { expect, type Locator, type Page } from '@playwright/test';

/** Domain verbs for the specs; raw selectors live here, not in the specs. */
export class Driver {
  constructor(readonly page: Page) {}

  async open(query = '') {
    await this.page.goto(query ? `./${query.startsWith('?') ? query : `?${query}`}` : './');
    await this.waitReady();
  }

  async waitReady() {
    await expect(this.timelineItems().first()).toBeVisible();
    await expect(this.page.locator('.leaflet-marker-icon').first()).toBeVisible();
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
    return this.details().locator('.details-summary');
  }

  eventList(): Locator {
    return this.page.getByRole('list', { name: 'Events', exact: true });
  }

  eventListButtons(): Locator {
    return this.eventList().getByRole('button');
  }

  /** vis-timeline draws its own DOM: items are found by the event id we put on them. */
  timelineItems(): Locator {
    return this.page.locator('.vis-item:not(.vis-background) [data-event-id]');
  }

  timelineItem(id: string): Locator {
    return this.page.locator(`.vis-item [data-event-id="${id}"]`);
  }

  async clickTimelineItem(id: string) {
    await this.timelineItem(id).click();
  }

  async selectFromList(title: string) {
    await this.eventList()
      .getByRole('button', { name: new RegExp(`^${escapeRe(title)}`) })
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
    await this.region('Map').getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await this.mapView()).zoom).toBeGreaterThan(before);
  }

  /** Opens a header dialog ("Sources", "About") and returns it. */
  async openDialog(button: 'Sources' | 'About'): Promise<Locator> {
    await this.page.getByRole('banner').getByRole('button', { name: button, exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
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
