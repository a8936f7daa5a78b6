import { describe, expect, it } from 'vitest';
import { navigateFallbackDenylist, opensAppShell } from './navigation';

const opens = (address: string, base = '/') =>
  opensAppShell(new URL(address, 'https://example.org'), navigateFallbackDenylist(base));

describe('navigateFallbackDenylist', () => {
  it.each([
    '/',
    '/index.html',
    '/es/',
    '/ar/index.html',
    '/events/civil-war-onset/',
    '/events/civil-war-onset/index.html',
    '/es/events/civil-war-onset/index.html',
    // Event ids may hold a dot: their pages are pages, with or without the slash.
    '/events/treaty.1980/',
    '/events/treaty.1980',
    '/ar/events/v1.2',
    '/events/treaty.1980/index.html',
    // Queries that end like file names.
    '/?map=33.5131,36.2765,6.25',
    '/events/civil-war-onset/?from=2011-01-01&to=2012-12-31&map=34.8021,38.9968,5.5',
    '/?data=/data/other.json',
    '/?data=%2Fdata%2Fother.json',
    '/?q=U.S',
    '/?q=assets/x.js',
    '/?q=/og/',
    '/index.html?map=1.5,2.5,3.25',
  ])('opens the app shell for %s', (address) => {
    expect(opens(address)).toBe(true);
  });

  it.each([
    '/data/cuba-syria.json',
    '/assets/index-abc.js',
    '/assets/',
    '/og/events/civil-war-onset.png',
    '/sw.js',
    '/manifest.webmanifest',
    '/favicon.svg',
    '/print/map.svg',
    '/icons/icon-192.png',
    '/data/cuba-syria.json?v=2',
    '/robots.txt?x=y',
  ])('leaves the file %s to the network', (address) => {
    expect(opens(address)).toBe(false);
  });

  it.each([
    '/?embed=1',
    '/events/civil-war-onset/?embed=1',
    '/events/civil-war-onset/?lang=es&embed=tools',
    '/?embed',
    '/?embed&event=x',
  ])('leaves the embed view %s to the network, for its framing header', (address) => {
    expect(opens(address)).toBe(false);
  });

  it.each(['/?xembed=1', '/?q=embed=1', '/?q=embed'])(
    'opens the app shell for %s, which is not the embed view',
    (address) => {
      expect(opens(address)).toBe(true);
    },
  );

  it('anchors the folders to the base path', () => {
    expect(opens('/cuba-syria/?data=/cuba-syria/data/x.json&map=1.5,2.5,3', '/cuba-syria/')).toBe(
      true,
    );
    expect(opens('/cuba-syria/events/og/', '/cuba-syria/')).toBe(true);
    expect(opens('/cuba-syria/data/x.json', '/cuba-syria/')).toBe(false);
    expect(opens('/cuba-syria/events/x.y/', '/cuba-syria/')).toBe(true);
  });

  it('keeps no expression that a query alone can satisfy', () => {
    // Whatever follows `?`, an app page stays an app page.
    const tails = ['.js', '.json', '/data/', '/assets/', '/og/', '.S', '.png?x=1.2'];
    for (const tail of tails) expect(opens(`/events/x/?q=${tail}`), tail).toBe(true);
  });
});
