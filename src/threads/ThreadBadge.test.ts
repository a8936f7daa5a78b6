// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { threadsOf } from '../data/threads';
import type { Thread, TimelineEvent } from '../data/types';
import { loadLanguage } from '../i18n';
import { ThreadBadge } from './ThreadBadge';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const event = (id: string, start: string): TimelineEvent => ({
  id,
  title: id,
  summary: id,
  start,
  category: 'political',
  places: [],
  sources: [{ source: 's', quote: 'q' }],
});
const EVENTS = ['2011-04', '2011-08', '2012-02', '2012-03'].map((d, i) =>
  event(`v${String(i)}`, d),
);
const THREADS: Thread[] = [
  {
    id: 'votes',
    title: 'UN votes',
    events: ['v3', 'v2', 'v1', 'v0'],
    i18n: { ar: { title: 'التصويت' }, es: { title: 'Votaciones' } },
  },
  { id: 'late', title: 'Late <b>votes</b>', events: ['v2', 'v3'] },
];
const DATA = { events: EVENTS, threads: THREADS };

let container: HTMLElement;
let root: Root;
beforeAll(async () => {
  await loadLanguage('es');
  await loadLanguage('ar');
});
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(props: Parameters<typeof ThreadBadge>[0]) {
  act(() => root.render(createElement(ThreadBadge, props)));
}
const buttons = () => [...container.querySelectorAll('button')];

describe('ThreadBadge', () => {
  it('says which threads the event is part of and where it stands in each', () => {
    render({ places: threadsOf({ id: 'v2' }, DATA), lang: 'en', onFollow: () => {} });
    const items = [...container.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Part of: UN votes, 3 of 4 Follow this thread',
      'Part of: Late <b>votes</b>, 1 of 2 Follow this thread',
    ]);
    // Dataset text is text: nothing of it becomes markup.
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('ul')?.getAttribute('aria-label')).toBe(
      'Threads this event is part of',
    );
  });

  it('calls onFollow with the thread’s id, and with null to stop following it', () => {
    const onFollow = vi.fn();
    render({ places: threadsOf({ id: 'v2' }, DATA), lang: 'en', onFollow, following: 'late' });
    expect(buttons().map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true']);
    expect(buttons()[0]?.getAttribute('aria-label')).toBe('Follow this thread: UN votes');
    act(() => buttons()[0]!.click());
    act(() => buttons()[1]!.click());
    expect(onFollow.mock.calls).toEqual([['votes'], [null]]);
  });

  it('renders nothing for an event in no thread', () => {
    render({ places: [], lang: 'en', onFollow: () => {} });
    expect(container.innerHTML).toBe('');
  });

  it('speaks Spanish and Arabic, with the thread’s own translation', () => {
    const places = threadsOf({ id: 'v0' }, DATA);
    render({ places, lang: 'es', onFollow: () => {} });
    expect(container.querySelector('li')?.textContent).toBe(
      'Parte de: Votaciones, 1 de 4 Seguir este hilo',
    );
    render({ places, lang: 'ar', onFollow: () => {} });
    // The title is isolated (FSI … PDI) inside the Arabic sentence.
    expect(container.querySelector('li')?.textContent).toBe(
      'جزء من: \u2068التصويت\u2069، 1 من 4 تتبّع هذا المسار',
    );
  });
});
