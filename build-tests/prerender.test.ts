/**
 * The built site (run after `npm run build` and the sub-path build): a page
 * per event and language with its content in the HTML, link-preview tags and
 * images, index and 404 pages; with SITE_URL, absolute addresses, a sitemap
 * and robots.txt.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/data/types';

const root = resolve(import.meta.dirname, '..');
const dataset = JSON.parse(
  readFileSync(join(root, 'public/data/cuba-syria.json'), 'utf8'),
) as Dataset;
const LANGS = ['en', 'es', 'ar'] as const;
type Lang = (typeof LANGS)[number];

const prefix = (lang: Lang) => (lang === 'en' ? '' : `${lang}/`);
const title = (lang: Lang, id: string) => {
  const e = dataset.events.find((x) => x.id === id)!;
  return lang === 'en' ? e.title : e.i18n![lang]!.title!;
};
const summary = (lang: Lang, id: string) => {
  const e = dataset.events.find((x) => x.id === id)!;
  return lang === 'en' ? e.summary : e.i18n![lang]!.summary!;
};

function parse(file: string) {
  const window = new Window({ url: 'http://localhost/' });
  // Only the markup is read: no resource of the page is loaded.
  const html = readFileSync(file, 'utf8')
    .replace(/<link rel="(?:preload|modulepreload|icon|stylesheet)"[^>]*>/g, '')
    .replace(/<script[^>]*><\/script>/g, '');
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content') ?? null;
  return { doc, meta };
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** Events in the app's order (by date). */
const ordered = [...dataset.events].sort((a, b) =>
  a.start === b.start ? 0 : a.start < b.start ? -1 : 1,
);

describe('the built site (dist/)', () => {
  const dist = join(root, 'dist');

  it('has a page per event and language, with lang, dir, title and content before any script', () => {
    for (const lang of LANGS) {
      for (const event of dataset.events) {
        const file = join(dist, prefix(lang), 'events', event.id, 'index.html');
        expect(existsSync(file), file).toBe(true);
        const { doc } = parse(file);
        expect(doc.documentElement.getAttribute('lang')).toBe(lang);
        expect(doc.documentElement.getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        expect(doc.title.startsWith(title(lang, event.id)), doc.title).toBe(true);
        const story = doc.querySelector('#details-title');
        expect(story?.textContent).toBe(title(lang, event.id));
        expect(doc.querySelector('.story-summary')?.textContent).toBe(summary(lang, event.id));
        expect(doc.querySelector('.story-date')?.getAttribute('datetime')).toBe(
          event.end ? `${event.start}/${event.end}` : event.start,
        );
        // Its sources, quoted.
        expect(doc.querySelector('.details-sources')?.textContent).toContain(
          event.sources[0]!.quote,
        );
        // The list of every event, as links to their pages.
        const links = [...doc.querySelectorAll('.event-list a')].map((a) => a.getAttribute('href'));
        expect(links).toHaveLength(dataset.events.length);
        expect(links).toContain(`/${prefix(lang)}events/${event.id}/`);
      }
    }
  });

  it('asks for the stylesheet first and the dataset after the script; Arabic pages preload their font', () => {
    for (const lang of LANGS) {
      for (const id of ['', `events/${dataset.events[0]!.id}/`]) {
        const html = readFileSync(join(dist, prefix(lang), id, 'index.html'), 'utf8');
        const at = (pattern: RegExp) => html.search(pattern);
        const stylesheet = at(/<link rel="stylesheet"/);
        expect(stylesheet, `${lang} ${id}`).toBeGreaterThan(0);
        for (const later of [/<script type="module"/, /<link rel="modulepreload"/, /as="fetch"/])
          expect(at(later), `${lang} ${id} ${later}`).toBeGreaterThan(stylesheet);
        expect(at(/as="fetch"/)).toBeGreaterThan(at(/<script type="module"/));
        const fonts = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)].map(
          (m) => m[1]!,
        );
        if (lang === 'ar') {
          expect(fonts).toHaveLength(2);
          for (const font of fonts) expect(existsSync(join(dist, font))).toBe(true);
        } else expect(fonts).toEqual([]);
      }
    }
  });

  it('writes dates at their precision', () => {
    const { doc } = parse(join(dist, 'events/nam-summit-havana-1979/index.html'));
    expect(doc.querySelector('.story-date')?.textContent).toBe('September 1979');
    const es = parse(join(dist, 'es/events/cuban-tank-crews-in-syria/index.html')).doc;
    expect(es.querySelector('.story-date')?.textContent).toBe('1973 – 1975');
  });

  it('renders the audit’s new events and corrected places on their pages', () => {
    const date = (id: string) =>
      parse(join(dist, `events/${id}/index.html`)).doc.querySelector('.story-date')?.textContent;
    expect(date('dayan-cuban-brigade-claim-1974')).toBe('31 March 1974');
    expect(date('mekdad-envoy-in-havana-2012')).toBe('November 2012');
    expect(date('human-rights-council-vote-april-2011')).toBe('29 April 2011');
    const places = (id: string) =>
      parse(join(dist, `events/${id}/index.html`)).doc.querySelector('.details-places')
        ?.textContent ?? '';
    expect(places('cultural-agreement-2019')).toContain('Havana');
    expect(places('cultural-agreement-2019')).not.toContain('Embassy');
    expect(places('earthquake-condolences-2023')).toContain('Syrian Embassy, Havana');
    expect(existsSync(join(dist, 'og/ar/debt-agreement-2016.png'))).toBe(true);
  });

  it('links each event page to its neighbours in time', () => {
    const ids = parse(join(dist, 'index.html')).doc.querySelectorAll('.event-list a');
    const order = [...ids].map((a) => a.getAttribute('href')!.split('/').at(-2)!);
    expect(order).toHaveLength(ordered.length);
    for (let i = 1; i < order.length - 1; i++) {
      const { doc } = parse(join(dist, 'events', order[i]!, 'index.html'));
      const nav = [...doc.querySelectorAll('.story-nav a')].map((a) => a.getAttribute('href'));
      expect(nav).toEqual([`/events/${order[i - 1]}/`, `/events/${order[i + 1]}/`]);
    }
  });

  it('gives every page its preview tags, with relative addresses without SITE_URL', () => {
    for (const lang of LANGS) {
      for (const id of [null, ...dataset.events.map((e) => e.id)]) {
        const path = `/${prefix(lang)}${id ? `events/${id}/` : ''}`;
        const { doc, meta } = parse(join(dist, path, 'index.html'));
        const description = meta('meta[name="description"]')!;
        expect(description.length).toBeGreaterThan(20);
        expect(description.length).toBeLessThanOrEqual(160);
        expect(doc.querySelectorAll('meta[name="description"]')).toHaveLength(1);
        expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(path);
        const alternates = Object.fromEntries(
          [...doc.querySelectorAll('link[rel="alternate"]')].map((l) => [
            l.getAttribute('hreflang'),
            l.getAttribute('href'),
          ]),
        );
        expect(alternates).toEqual({
          en: `/${id ? `events/${id}/` : ''}`,
          es: `/es/${id ? `events/${id}/` : ''}`,
          ar: `/ar/${id ? `events/${id}/` : ''}`,
          'x-default': `/${id ? `events/${id}/` : ''}`,
        });
        expect(meta('meta[property="og:title"]')).toBeTruthy();
        expect(meta('meta[property="og:description"]')).toBe(description);
        expect(meta('meta[property="og:type"]')).toBe(id ? 'article' : 'website');
        expect(meta('meta[property="og:url"]')).toBe(path);
        expect(meta('meta[property="og:locale"]')).toBe(
          { en: 'en_GB', es: 'es_ES', ar: 'ar_AR' }[lang],
        );
        expect(meta('meta[property="og:image:width"]')).toBe('1200');
        expect(meta('meta[property="og:image:height"]')).toBe('630');
        expect(meta('meta[property="og:image:alt"]')!.length).toBeGreaterThan(20);
        expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
        const image = meta('meta[property="og:image"]')!;
        // The index's image stands apart from the events' (an event may be called "index").
        expect(image).toBe(id ? `/og/${lang}/${id}.png` : `/og/${lang}.png`);
        expect(pngSize(join(dist, image))).toEqual([1200, 630]);
      }
    }
    expect(existsSync(join(dist, 'sitemap.xml'))).toBe(false);
    expect(existsSync(join(dist, 'robots.txt'))).toBe(false);
  });

  it('has index pages with the introduction and the list of events', () => {
    for (const lang of LANGS) {
      const { doc } = parse(join(dist, prefix(lang), 'index.html'));
      expect(doc.documentElement.getAttribute('lang')).toBe(lang);
      expect(doc.querySelector('.story-empty .story-summary')?.textContent?.length).toBeGreaterThan(
        40,
      );
      expect(doc.querySelectorAll('.event-list a')).toHaveLength(dataset.events.length);
    }
  });

  it('has a 404 page in the app\u2019s style with a link to the timeline', () => {
    const { doc } = parse(join(dist, '404.html'));
    expect(doc.body.textContent).toContain('Page not found');
    expect(doc.querySelector('a[href="/"]')?.textContent).toContain('Go to the timeline');
    expect(readFileSync(join(dist, '404.html'), 'utf8')).toMatch(/<link rel="stylesheet"/);
  });
});

describe('the site built under a sub-path (dist-subpath/, BASE_PATH=/cuba-syria/)', () => {
  const dist = join(root, 'dist-subpath');

  it('writes its pages and links under the sub-path', () => {
    const file = join(dist, 'es/events/civil-war-onset/index.html');
    const { doc, meta } = parse(file);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      '/cuba-syria/es/events/civil-war-onset/',
    );
    expect(meta('meta[property="og:image"]')).toBe('/cuba-syria/og/es/civil-war-onset.png');
    for (const a of doc.querySelectorAll('.event-list a, .story-nav a'))
      expect(a.getAttribute('href')).toMatch(/^\/cuba-syria\/es\/events\/[^/]+\/$/);
    expect(existsSync(join(dist, 'og/es/civil-war-onset.png'))).toBe(true);
  });
});

describe('a build with SITE_URL', () => {
  let out = '';
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'site-url-'));
    process.env.SITE_URL = 'https://cuba-syria.example.org/';
    try {
      await build({ root, logLevel: 'error', build: { outDir: out, emptyOutDir: true } });
    } finally {
      delete process.env.SITE_URL;
    }
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('uses absolute addresses for canonical links and previews', () => {
    const { doc, meta } = parse(join(out, 'ar/events/civil-war-onset/index.html'));
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://cuba-syria.example.org/ar/events/civil-war-onset/',
    );
    expect(meta('meta[property="og:image"]')).toBe(
      'https://cuba-syria.example.org/og/ar/civil-war-onset.png',
    );
  });

  it('writes sitemap.xml with every page and robots.txt pointing to it', () => {
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    expect(sitemap.match(/<loc>/g)).toHaveLength(3 * (dataset.events.length + 1));
    expect(sitemap).toContain(
      '<loc>https://cuba-syria.example.org/es/events/civil-war-onset/</loc>',
    );
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://cuba-syria.example.org/sitemap.xml',
    );
  });
});
