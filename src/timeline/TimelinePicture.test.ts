// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset, TimelineEvent } from '../data/types';
import { loadLanguage, type Language } from '../i18n';
import { createAppStore, StoreProvider } from '../store';
import { TimelinePicture } from './TimelinePicture';
import { BuiltPicture, TimelinePictureLayer } from './TimelinePictureLayer';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const event = (
  id: string,
  start: string,
  category: TimelineEvent['category'],
  end?: string,
  title = `Event ${id}`,
): TimelineEvent => ({
  id,
  title,
  summary: 'A summary.',
  start,
  ...(end ? { end } : {}),
  category,
  places: [],
  sources: [{ source: 's', quote: 'q' }],
});

const HOSTILE = '<img src=x onerror="window.hacked=1">';
const DATASET: Dataset = {
  title: 'Test',
  parties: ['A', 'B'],
  sources: [{ id: 's', title: 'S', publisher: 'P', url: 'https://example.org/', kind: 'wire' }],
  places: [],
  events: [
    event('cold-war', '1965', 'era', '1991', HOSTILE),
    event('ties', '1965-08-11', 'diplomatic'),
    event('visit', '1975-05-01', 'diplomatic'),
    event('pact', '1978-01-01', 'political'),
    event('aid', '1985', 'cooperation', '1995'),
    event('talks', '1999-06-01', 'diplomatic'),
    event('deal', '2019-09-24', 'cultural'),
  ],
};

/** A store showing one page, as the build renders it or as the browser has it. */
function pageStore(lang: Language, selected: string | null) {
  const store = createAppStore();
  const s = store.getState();
  s.setDataset(DATASET, '/data/test.json');
  s.setLanguage(lang, true);
  s.selectEvent(selected, 'url', { focusMap: false, panTimeline: false });
  return store;
}

const picture = (store: ReturnType<typeof createAppStore>) =>
  createElement(StoreProvider, { store, children: createElement(TimelinePicture) });

/** The timeline's place as a page has it: the build's picture, or the browser's. */
const layer = (
  store: ReturnType<typeof createAppStore>,
  built: string,
  props = { drawn: false, opened: false, hidden: false },
) =>
  createElement(StoreProvider, {
    store,
    children: createElement(BuiltPicture.Provider, {
      value: built,
      children: createElement(TimelinePictureLayer, props),
    }),
  });

const years = (root: ParentNode) =>
  [...root.querySelectorAll('.tp-axis text')].map((t) => Number(t.textContent));

let container: HTMLElement;
let root: Root | null = null;
beforeAll(() => loadLanguage('ar'));
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  container.remove();
});

describe('TimelinePicture', () => {
  it("is in the build's HTML: the selected event's frame, its lanes named, hidden from assistive technology", () => {
    const html = renderToStaticMarkup(picture(pageStore('en', 'visit')));
    container.innerHTML = html;
    const el = container.querySelector('.timeline-picture')!;
    expect(el.getAttribute('aria-hidden')).toBe('true');
    // The frame of 1975 with two neighbours on each side (1965 to 1999), not the whole story.
    const shown = years(container);
    expect(Math.min(...shown)).toBeGreaterThanOrEqual(1960);
    expect(Math.max(...shown)).toBeLessThan(2010);
    expect(container.querySelector('.tp-point.is-selected')).not.toBeNull();
    expect(
      [...container.querySelectorAll('.tp-labels .lane-name')].map((n) => n.textContent),
    ).toEqual(expect.arrayContaining(['Era', 'Diplomatic']));
    // No style attribute: the page's CSP allows none.
    expect(html).not.toMatch(/style=/);
  });

  it('is taken over as the build drew it, untouched, then drawn anew once the reader moves on', async () => {
    const server = pageStore('en', 'visit');
    const built = renderToStaticMarkup(picture(server));
    container.innerHTML = renderToString(layer(server, built));
    const drawn = container.querySelector('.timeline-picture');
    const builtYears = years(container);
    // The browser's store, as a plain link to the page leaves it: the event framed.
    const client = pageStore('en', 'visit');
    client.getState().selectEvent('visit', 'url');
    const recoverable = vi.fn();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const props = { drawn: false, opened: false, hidden: false };
    await act(async () => {
      root = hydrateRoot(container, layer(client, '', props), { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    // The same nodes, not drawn again.
    expect(container.querySelector('.timeline-picture')).toBe(drawn);
    expect(years(container)).toEqual(builtYears);
    // Out of sight (a phone's folded dock), nothing is drawn anew.
    const hidden = { drawn: false, opened: false, hidden: true };
    await act(async () => root!.render(layer(client, '', hidden)));
    await act(async () => client.getState().selectEvent('deal', 'user'));
    expect(container.querySelector('.timeline-picture')).toBe(drawn);
    // Next, before the timeline has drawn: the picture follows.
    await act(async () => root!.render(layer(client, '', props)));
    expect(container.querySelector('.timeline-picture-host')).toBeNull();
    expect(Math.max(...years(container))).toBeGreaterThanOrEqual(2019);
    // Back on the build's event and window: still drawn (the build's nodes are gone).
    await act(async () => client.getState().selectEvent('visit', 'user'));
    expect(container.querySelector('.timeline-picture .is-selected')).not.toBeNull();
    // The timeline has drawn: the picture goes.
    await act(async () =>
      root!.render(layer(client, '', { drawn: true, opened: false, hidden: false })),
    );
    expect(container.querySelector('.timeline-picture')).toBeNull();
  });

  it("shows a link's own window at once, and the reader's row once the dock opens", async () => {
    const server = pageStore('en', 'visit');
    const built = renderToStaticMarkup(picture(server));
    container.innerHTML = renderToString(layer(server, built));
    // from=1990&to=2000
    const client = pageStore('en', 'visit');
    client
      .getState()
      .setTimeWindow({ start: Date.UTC(1990, 0, 1), end: Date.UTC(2000, 0, 1) }, 'url');
    await act(async () => {
      root = hydrateRoot(container, layer(client, ''));
    });
    const shown = years(container);
    expect(Math.min(...shown)).toBeGreaterThanOrEqual(1990);
    expect(Math.max(...shown)).toBeLessThan(2000);

    act(() => root!.unmount());
    const plain = pageStore('en', 'visit');
    plain.getState().selectEvent('visit', 'url');
    container.innerHTML = renderToString(layer(server, built));
    await act(async () => {
      root = hydrateRoot(container, layer(plain, ''));
    });
    expect(container.querySelector('.timeline-picture-host .timeline-picture')).not.toBeNull();
    await act(async () =>
      root!.render(layer(plain, '', { drawn: false, opened: true, hidden: false })),
    );
    expect(container.querySelector('.timeline-picture-host')).toBeNull();
    expect(container.querySelector('.timeline-picture .is-selected')).not.toBeNull();
  });

  it('writes dataset text as text', async () => {
    const store = pageStore('en', null);
    await act(async () => {
      root = createRoot(container);
      root.render(picture(store));
    });
    const era = container.querySelector('.tp-range.cat-era');
    expect(era?.textContent).toBe(HOSTILE);
    expect(container.querySelector('img')).toBeNull();
  });

  it('runs right to left in Arabic: a date early in the window is near its right edge', async () => {
    const store = pageStore('ar', null);
    store
      .getState()
      .setTimeWindow({ start: Date.UTC(1970, 0, 1), end: Date.UTC(1980, 0, 1) }, 'url');
    await act(async () => {
      root = createRoot(container);
      root.render(picture(store));
    });
    // 1 May 1975 is 53% into the window: 47% from its left edge.
    const visit = container.querySelector('.tp-point')!;
    expect(Number.parseFloat(visit.getAttribute('x')!)).toBeCloseTo(100 - 53.3, 0);
    expect(container.querySelector('.lane-name')?.textContent).not.toBe('Era');
  });
});
