import { describe, expect, it } from 'vitest';
import { parseUrlState } from './codec';
import { eventAddress, pagePath, parsePagePath } from './paths';

describe('parsePagePath', () => {
  it('reads the event and the language of an event page', () => {
    expect(parsePagePath('/events/civil-war-onset/', '/')).toEqual({
      event: 'civil-war-onset',
      lang: 'en',
    });
    expect(parsePagePath('/es/events/civil-war-onset/', '/')).toEqual({
      event: 'civil-war-onset',
      lang: 'es',
    });
    expect(parsePagePath('/ar/events/civil-war-onset/index.html', '/')).toEqual({
      event: 'civil-war-onset',
      lang: 'ar',
    });
  });

  it('reads the language of an index page, and nothing from the English index', () => {
    expect(parsePagePath('/es/', '/')).toEqual({ lang: 'es' });
    expect(parsePagePath('/', '/')).toEqual({});
    expect(parsePagePath('/index.html', '/')).toEqual({});
  });

  it('works under a sub-path', () => {
    expect(parsePagePath('/cuba-syria/ar/events/x/', '/cuba-syria/')).toEqual({
      event: 'x',
      lang: 'ar',
    });
    expect(parsePagePath('/cuba-syria', '/cuba-syria/')).toEqual({});
    expect(parsePagePath('/elsewhere/events/x/', '/cuba-syria/')).toEqual({});
  });

  it('says nothing of paths it does not know', () => {
    expect(parsePagePath('/events/', '/')).toEqual({});
    expect(parsePagePath('/events/a/b/', '/')).toEqual({});
    expect(parsePagePath('/fr/', '/')).toEqual({});
  });
});

describe('pagePath', () => {
  it('writes event pages per language, under the base path', () => {
    expect(pagePath('/', 'en', 'civil-war-onset')).toBe('/events/civil-war-onset/');
    expect(pagePath('/', 'es', 'civil-war-onset')).toBe('/es/events/civil-war-onset/');
    expect(pagePath('/cuba-syria/', 'ar')).toBe('/cuba-syria/ar/');
    expect(pagePath('/', 'en')).toBe('/');
  });

  it('round-trips with parsePagePath', () => {
    for (const lang of ['en', 'es', 'ar'] as const) {
      for (const event of [undefined, 'relations-established', 'a.b_c-1']) {
        const path = pagePath('/base/', lang, event);
        const parsed = parsePagePath(path, '/base/');
        expect(parsed.event).toBe(event);
        if (event || lang !== 'en') expect(parsed.lang).toBe(lang);
      }
    }
  });
});

describe('eventAddress', () => {
  it("is the event's page for the bundled dataset", () => {
    for (const lang of ['en', 'es', 'ar'] as const)
      expect(eventAddress('/cuba-syria/', { lang }, 'civil-war-onset')).toBe(
        pagePath('/cuba-syria/', lang, 'civil-war-onset'),
      );
  });

  it('names the dataset, the language and the event for another dataset, in every language', () => {
    for (const lang of ['en', 'es', 'ar'] as const) {
      for (const base of ['/', '/cuba-syria/', '/cuba-syria']) {
        const address = eventAddress(base, { lang, data: '/data/other.json' }, 'only');
        const root = base.endsWith('/') ? base : `${base}/`;
        expect(address.startsWith(`${root}?`)).toBe(true);
        const { state, ignored } = parseUrlState(address.slice(address.indexOf('?')));
        expect(ignored).toEqual([]);
        expect(state).toEqual({ data: '/data/other.json', lang, event: 'only' });
      }
    }
  });
});
