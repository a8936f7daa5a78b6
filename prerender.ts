/**
 * After the client build: a page per event and language, index pages,
 * link-preview images, a 404 page and, with SITE_URL, sitemap.xml and
 * robots.txt. The pages are the app itself rendered with react-dom/server
 * (src/prerender/entry-server.tsx, built for Node here), put into the built
 * index.html with the head tags a link preview needs (rendered by React).
 *
 * At scale: each page and image is written as soon as it is made (nothing
 * is held for all pages), one image renderer serves every image, and the
 * whole build is written to `<outDir>-partial`, moved into place only once
 * complete: a build that fails leaves the previous output as it was.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { writeFileSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import type { Dataset } from './src/data/types';
import type * as Entry from './src/prerender/entry-server';
import { basemapPlugin } from './vite-plugins/basemap.ts';
import { tokensPlugin } from './vite-plugins/tokens.ts';
import type { MapPlace } from './scripts/og/image.ts';

type Lang = 'en' | 'es' | 'ar';
const LANGS: readonly Lang[] = ['en', 'es', 'ar'];

export interface PrerenderOptions {
  /** Absolute address of the site (SITE_URL), for canonical links and previews. */
  siteUrl?: string | undefined;
  /** Skip the preview images (faster builds for tests of something else). */
  images?: boolean;
}

const SITEMAP_START =
  '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';

/** The bundled dataset, under the public folder. */
export const BUNDLED_DATASET = 'data/cuba-syria.json';

/** A page's preview image: the index's per language, an event's in its language's folder. */
export function imageFile(lang: Lang, event: string | null): string {
  return event === null ? `og/${lang}.png` : `og/${lang}/${event}.png`;
}

/**
 * The prerender's two plugins: `pages` (before the service worker is
 * generated) and `commit` (after it: put it last), which moves the complete
 * output into place.
 */
export function prerenderPlugins(options: PrerenderOptions = {}): {
  pages: Plugin;
  commit: Plugin;
} {
  let config: ResolvedConfig;
  let finalDir = '';
  let staging = '';
  let dataset: Dataset | null = null;
  let entry: typeof Entry | null = null;
  let complete = false;
  const discard = () => {
    if (staging) rmSync(staging, { recursive: true, force: true });
  };

  const pages: Plugin = {
    name: 'prerender-pages',
    apply: 'build',
    config(user, env) {
      if (env.command !== 'build' || user.build?.ssr) return;
      const root = resolve(user.root ?? process.cwd());
      finalDir = resolve(root, user.build?.outDir ?? 'dist');
      staging = `${finalDir}-partial`;
      return { build: { outDir: staging, emptyOutDir: true } };
    },
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      if (config.build.ssr) return;
      complete = false;
      discard();
      entry = await loadEntry(config);
      // The dataset is checked before anything is built.
      const file = join(config.publicDir, BUNDLED_DATASET);
      const checked = entry.checkBundledDataset(
        readFileSync(file, 'utf8'),
        relative(config.root, file),
      );
      if (!checked.ok) throw new Error(`prerender: ${checked.message}`);
      dataset = checked.dataset;
    },
    buildEnd(error) {
      if (error) discard();
    },
    closeBundle: {
      sequential: true,
      // Before the service worker is generated (vite-plugin-pwa runs 'post').
      order: 'pre',
      async handler(error?: Error) {
        if (error || config.build.ssr || !dataset || !entry) return;
        try {
          await prerender(config, entry, dataset, options);
          complete = true;
        } catch (failure) {
          discard();
          throw failure;
        }
      },
    },
  };

  const commit: Plugin = {
    name: 'prerender-commit',
    apply: 'build',
    // After vite-plugin-pwa's plugins (also 'post'): put it after them.
    enforce: 'post',
    closeBundle: {
      sequential: true,
      order: 'post',
      handler(error?: Error) {
        if (config.build.ssr || !staging) return;
        if (error || !complete) {
          discard();
          return;
        }
        const previous = `${finalDir}-previous`;
        rmSync(previous, { recursive: true, force: true });
        if (existsSync(finalDir)) renameSync(finalDir, previous);
        renameSync(staging, finalDir);
        rmSync(previous, { recursive: true, force: true });
        config.logger.info(`prerender: the build is in ${relative(config.root, finalDir) || '.'}`);
      },
    },
  };
  return { pages, commit };
}

/** Builds src/prerender/entry-server.tsx for Node and loads it. */
async function loadEntry(config: ResolvedConfig): Promise<typeof Entry> {
  const ssrDir = resolve(config.root, 'node_modules/.cache/prerender');
  rmSync(ssrDir, { recursive: true, force: true });
  await build({
    configFile: false,
    root: config.root,
    base: config.base,
    mode: config.mode,
    logLevel: 'warn',
    publicDir: false,
    plugins: [react(), tokensPlugin(), basemapPlugin()],
    ssr: { noExternal: true },
    build: {
      ssr: resolve(config.root, 'src/prerender/entry-server.tsx'),
      outDir: ssrDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: {
        output: { entryFileNames: 'entry-server.mjs' },
        // Node loads every module at once: a dynamic import that splits nothing is no news here.
        onwarn(warning, warn) {
          if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
        },
      },
    },
  });
  // No DOM: the app's modules import in Node as they are.
  return (await import(
    `${pathToFileURL(join(ssrDir, 'entry-server.mjs')).href}?t=${String(Date.now())}`
  )) as typeof Entry;
}

function write(file: string, data: string | Buffer) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}

async function prerender(
  config: ResolvedConfig,
  entry: typeof Entry,
  dataset: Dataset,
  options: PrerenderOptions,
) {
  const started = Date.now();
  const outDir = resolve(config.root, config.build.outDir);
  const base = config.base;
  const siteUrl = options.siteUrl?.replace(/\/+$/, () => '');
  const absolute = (path: string) => (siteUrl ? `${siteUrl}${path}` : path);
  await entry.loadLanguages(LANGS);
  const template = readFileSync(join(outDir, 'index.html'), 'utf8');
  // The Arabic pages' font, preloaded there so that their text is drawn in it
  // at the first paint rather than swapped in after it.
  const arabicFonts = readdirSync(join(outDir, 'assets'))
    .filter((f) => /^noto-sans-arabic-arabic-(400|600)-normal-[\w-]+\.woff2$/.test(f))
    .map((f) => `${base}assets/${f}`);

  const images = options.images !== false;
  const { PreviewRenderer } = await import('./scripts/og/image.ts');
  const renderer = images ? new PreviewRenderer() : null;
  /** A place as the drawings take it. */
  const toPlace = (p: Dataset['places'][number], highlighted: boolean) => ({
    lat: p.lat,
    lng: p.lng,
    kind: p.kind === 'embassy' ? ('embassy' as const) : ('other' as const),
    ...(p.country === 'Cuba'
      ? { country: 'cuba' as const }
      : p.country === 'Syria'
        ? { country: 'syria' as const }
        : {}),
    highlighted,
  });
  const embassies = dataset.places.filter((p) => p.kind === 'embassy');
  const [a, b] = embassies;

  /** A page's preview image: the event's places highlighted among both embassies. */
  const previewOf = (event: string | null, text: Entry.PageText) => {
    const chosen = dataset.places.filter((p) => text.placeIds.includes(p.id));
    const shown = [...new Map([...embassies, ...chosen].map((p) => [p.id, p])).values()];
    const drawn = (p: Dataset['places'][number]) =>
      toPlace(p, !!event && text.placeIds.includes(p.id));
    return {
      dir: text.dir,
      kicker: entry.withoutIsolates(text.kicker),
      ...(text.category ? { category: text.category } : {}),
      title: entry.withoutIsolates(text.headline),
      site: entry.withoutIsolates(text.site),
      places: shown.map(drawn),
      ...(a && b ? { arc: [drawn(a), drawn(b)] as [MapPlace, MapPlace] } : {}),
      arcStrong: text.concernsBoth,
    };
  };

  const ids = entry.orderedEventIds(dataset);
  const total = LANGS.length * (ids.length + 1);
  let site = '';
  let written = 0;
  let nextReport = Date.now() + 10_000;
  const sitemap = siteUrl ? openSync(join(outDir, 'sitemap.xml'), 'w') : null;
  try {
    if (sitemap !== null) writeSync(sitemap, SITEMAP_START);
    for (const event of [null, ...ids]) {
      const alternates = LANGS.map((lang) => ({
        lang,
        href: absolute(entry.pagePath(base, lang, event ?? undefined)),
      }));
      for (const lang of LANGS) {
        const path = entry.pagePath(base, lang, event ?? undefined);
        const { app, text } = entry.renderPage(dataset, lang, event);
        if (!site && lang === 'en') site = text.site;
        const head = entry.renderHead({
          lang,
          title: text.title,
          description: text.description,
          canonical: absolute(path),
          alternates,
          xDefault: alternates[0]!.href,
          type: event ? 'article' : 'website',
          site: text.site,
          cardTitle: event ? text.headline : text.title,
          image: absolute(`${base}${imageFile(lang, event)}`),
          imageAlt: text.imageAlt,
          ...(lang === 'ar' ? { fonts: arabicFonts } : {}),
        });
        const marker = `${lang} ${event ?? ''}`;
        const page = entry.pageDocument(template, { lang, dir: text.dir, head, app, marker });
        write(join(outDir, path.slice(base.length), 'index.html'), page);
        if (renderer)
          write(join(outDir, imageFile(lang, event)), await renderer.png(previewOf(event, text)));
        written += 1;
      }
      if (sitemap !== null) {
        const links = alternates
          .map(
            (p) =>
              `<xhtml:link rel="alternate" hreflang="${p.lang}" href="${entry.escapeHtml(p.href)}"/>`,
          )
          .join('');
        for (const p of alternates)
          writeSync(sitemap, `  <url><loc>${entry.escapeHtml(p.href)}</loc>${links}</url>\n`);
      }
      if (Date.now() > nextReport) {
        nextReport = Date.now() + 10_000;
        config.logger.info(
          `prerender: ${written.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} pages in ${String(Math.round((Date.now() - started) / 1000))} s`,
        );
      }
    }
    if (sitemap !== null) writeSync(sitemap, '</urlset>\n');
  } finally {
    if (sitemap !== null) closeSync(sitemap);
  }

  if (renderer) {
    // The printed chronology's map: every place, both embassies and the arc.
    const places = dataset.places.map((p) => toPlace(p, false));
    const pins = places.filter((p) => p.kind === 'embassy');
    write(
      join(outDir, 'print', 'map.svg'),
      renderer.mapFigureSvg(
        places,
        pins.length === 2 ? [pins[0]!, pins[1]!] : undefined,
        // Numbered in the dataset's order; the print lists the names in its language.
        places.map((_, i) => String(i + 1)),
      ),
    );
  }
  // A 404 page in the app's style, in the three languages (static hosts serve 404.html).
  const notFound = entry.renderNotFound(base, site);
  writeFileSync(
    join(outDir, '404.html'),
    entry.notFoundDocument(template, notFound.title, notFound.body),
  );
  if (siteUrl) {
    writeFileSync(
      join(outDir, 'robots.txt'),
      `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}${base}sitemap.xml\n`,
    );
  } else {
    config.logger.warn(
      'prerender: SITE_URL is not set: pages use relative addresses, and link previews (og:image, og:url) need an absolute SITE_URL; no sitemap.xml or robots.txt was written.',
    );
  }
  config.logger.info(
    `prerender: ${String(written)} pages${images ? ' and preview images' : ''} in ${String(Date.now() - started)} ms`,
  );
}
