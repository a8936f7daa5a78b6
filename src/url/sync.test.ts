import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateDataset } from '../data/schema';
import { createAppStore } from '../store';
import {
  applyUrlState,
  flushLink,
  locationOf,
  readLocation,
  startUrlSync,
  urlStateOf,
  REPLACE_THROTTLE_MS,
} from './sync';

function readyStore() {
  const json: unknown = JSON.parse(
    readFileSync(new URL('../../public/data/cuba-syria.json', import.meta.url), 'utf8'),
  );
  const result = validateDataset(json);
  if (!result.ok) throw new Error('bundled dataset is invalid');
  const store = createAppStore();
  store.getState().setDataset(result.dataset, 'test');
  return store;
}

/** Just enough of a window for the sync: a location and a history that can be told to fail. */
function fakeWindow() {
  const location = { pathname: '/', search: '', hash: '' };
  const calls = { push: 0, replace: 0, failNext: 0 };
  const write = (url: string) => {
    if (calls.failNext > 0) {
      calls.failNext -= 1;
      throw new DOMException('history refused', 'SecurityError');
    }
    const query = url.indexOf('?') === -1 ? url.length : url.indexOf('?');
    location.pathname = url.slice(0, query);
    location.search = url.slice(query);
  };
  const history = {
    pushState: (_: unknown, __: string, url: string) => {
      calls.push += 1;
      write(url);
    },
    replaceState: (_: unknown, __: string, url: string) => {
      calls.replace += 1;
      write(url);
    },
  };
  const win = {
    location,
    history,
    addEventListener: () => {},
    removeEventListener: () => {},
  } as unknown as Window;
  return { win, location, calls };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('urlStateOf', () => {
  it('never throws for a window reaching outside years 1..9999', () => {
    const store = readyStore();
    const state = {
      ...store.getState(),
      timeWindow: { start: -1e17, end: 1e17 },
    };
    expect(() => urlStateOf(state, {})).not.toThrow();
    expect(urlStateOf(state, {})).toMatchObject({ from: '0001-01-01', to: '9999-12-31' });
  });
});

describe('locationOf: another dataset (data=)', () => {
  const data = { data: '/data/other.json' };
  const read = (address: string) => {
    const query = address.indexOf('?');
    return readLocation(
      { pathname: address.slice(0, query), search: address.slice(query) },
      '/cuba-syria/',
    ).state;
  };

  it("names the language of a selected event, chosen or not, as the event's page does", () => {
    for (const lang of ['en', 'es', 'ar'] as const) {
      for (const chosen of [true, false]) {
        const store = readyStore();
        store.setState({ lang, langChosen: chosen });
        store.getState().selectEvent('civil-war-onset', 'user');
        const state = read(locationOf(store.getState(), data, '/cuba-syria/'));
        expect(state).toMatchObject({ data: data.data, lang, event: 'civil-war-onset' });
      }
    }
  });

  it('names a language other than English without an event, as the index page does', () => {
    const store = readyStore();
    store.setState({ lang: 'ar', langChosen: false });
    expect(read(locationOf(store.getState(), data, '/cuba-syria/'))).toMatchObject({
      data: data.data,
      lang: 'ar',
    });
  });

  it("leaves English to the reader's browser only when nobody chose it, as the English index does", () => {
    const store = readyStore();
    store.setState({ lang: 'en', langChosen: false });
    expect(read(locationOf(store.getState(), data, '/cuba-syria/')).lang).toBeUndefined();
    store.setState({ langChosen: true });
    expect(read(locationOf(store.getState(), data, '/cuba-syria/')).lang).toBe('en');
  });
});

describe('startUrlSync', () => {
  it('makes a chosen language a step of its own: Back returns to the language before', () => {
    const store = readyStore();
    const { win, location, calls } = fakeWindow();
    const stop = startUrlSync(store, { win });
    store.getState().selectEvent('relations-established', 'user');
    const pushes = calls.push;
    store.getState().setLanguage('es', true);
    expect(calls.push).toBe(pushes + 1);
    expect(location.pathname).toBe('/es/events/relations-established/');
    stop();
  });

  it('reports a link it could not write and goes on writing the next ones', () => {
    vi.useFakeTimers();
    const store = readyStore();
    const { win, location, calls } = fakeWindow();
    const errors: unknown[] = [];
    const stop = startUrlSync(store, { win, onWriteError: (e) => errors.push(e) });
    calls.failNext = 1;
    store.getState().selectEvent('relations-established', 'user');
    expect(errors).toHaveLength(1);
    store.getState().selectEvent('cultural-agreement-2019', 'user');
    // An event's link is its page (src/url/paths.ts).
    expect(location.pathname).toBe('/events/cultural-agreement-2019/');
    store.getState().setQuery('golan');
    vi.advanceTimersByTime(REPLACE_THROTTLE_MS + 10);
    expect(location.search).toContain('q=golan');
    stop();
  });

  it('writes a change it is holding back when the address is about to be read', () => {
    vi.useFakeTimers();
    const store = readyStore();
    const { win, location } = fakeWindow();
    const stop = startUrlSync(store, { win });
    store.getState().selectEvent('relations-established', 'user');
    store.getState().setQuery('havana');
    // Held back by the throttle…
    expect(location.search).not.toContain('q=havana');
    // …until someone reads the link (Copy link, Print, Embed).
    flushLink();
    expect(location.search).toContain('q=havana');
    stop();
    store.getState().setQuery('golan');
    flushLink();
    expect(location.search).not.toContain('q=golan');
  });
});

describe('a followed thread', () => {
  it('goes in the link, and a link follows it again, or says it has no such thread', () => {
    const store = readyStore();
    const thread = store.getState().dataset!.threads![0]!;
    store.getState().selectEvent(thread.events[0]!, 'user');
    store.getState().followThread(thread.id);
    expect(urlStateOf(store.getState(), {}).thread).toBe(thread.id);
    const other = readyStore();
    applyUrlState(other, { event: thread.events[0]!, thread: thread.id });
    expect(other.getState().thread).toBe(thread.id);
    const unknown = readyStore();
    expect(applyUrlState(unknown, { thread: 'no-such-thread' })).toEqual([
      { key: 'thread', value: 'no-such-thread', reason: { code: 'unknownThread' } },
    ]);
    expect(unknown.getState().thread).toBeNull();
  });
});
