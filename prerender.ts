/**
 * After the client build: a page per event and language, index pages,
 * link-preview images, a 404 page and, with SITE_URL, sitemap.xml and
 * robots.txt. The pages are the app itself rendered with react-dom/server
 * (src/prerender/entry-server.tsx, built for Node here), written into the
 * built index.html, with the head tags a link preview needs.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { ar } from './src/i18n/ar.ts';
import { es } from './src/i18n/es.ts';
import { en } from './src/i18n/messages.ts';
import type * as Entry from './src/prerender/entry-server';

type Lang = 'en' | 'es' | 'ar';
const OG_LOCALE: Record<Lang, string> = { en: 'en_GB', es: 'es_ES', ar: 'ar_AR' };
/** Unicode isolates, useful inside the page, noise in a head tag or an image. */
const ISOLATES = /[\u2066-\u2069]/g;

export function escapeHtml(text: string): string {
  return text
    .replace(ISOLATES, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

interface Page {
  lang: Lang;
  event: string | null;
  /** Path from the site's root, with the base: "/es/events/x/". */
  path: string;
}

export interface PrerenderOptions {
  /** Absolute address of the site (SITE_URL), for canonical links and previews. */
  siteUrl?: string | undefined;
  /** Skip the preview images (faster builds for tests of something else). */
  images?: boolean;
}

/** The prerender plugin: runs once the client bundle is written. */
export function prerenderPlugin(options: PrerenderOptions = {}): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'prerender-pages',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // Before the service worker is generated (vite-plugin-pwa runs 'post').
    closeBundle: {
      sequential: true,
      order: 'pre',
      async handler() {
        // The Node build below is a build too: it must not prerender itself.
        if (config.build.ssr) return;
        await prerender(config, options);
      },
    },
  };
}

async function prerender(config: ResolvedConfig, options: PrerenderOptions) {
  const started = Date.now();
  const root = config.root;
  const outDir = resolve(root, config.build.outDir);
  const base = config.base;
  const siteUrl = options.siteUrl?.replace(/\/+$/, '');
  const ssrDir = resolve(root, 'node_modules/.cache/prerender');
  rmSync(ssrDir, { recursive: true, force: true });
  await build({
    configFile: false,
    root,
    base,
    mode: config.mode,
    logLevel: 'warn',
    plugins: [react()],
    ssr: { noExternal: true },
    build: {
      ssr: resolve(root, 'src/prerender/entry-server.tsx'),
      outDir: ssrDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'entry-server.mjs' } },
    },
  });

  // The app's modules expect a browser when they load (Leaflet reads
  // `window` at import): a minimal DOM while rendering, removed afterwards.
  const { GlobalRegistrator } = await import('@happy-dom/global-registrator');
  GlobalRegistrator.register({ url: 'http://localhost/' });
  let entry: typeof Entry;
  const rendered: { page: Page; html: string; text: Entry.PageText }[] = [];
  try {
    entry = (await import(
      `${pathToFileURL(join(ssrDir, 'entry-server.mjs')).href}?t=${String(Date.now())}`
    )) as typeof Entry;
    const json: unknown = JSON.parse(
      readFileSync(resolve(root, 'public/data/cuba-syria.json'), 'utf8'),
    );
    entry.prepare(json);
    const events = entry.orderedEvents();
    for (const lang of entry.LANGUAGES as readonly Lang[]) {
      for (const event of [null, ...events.map((e) => e.id)]) {
        const page = { lang, event, path: entry.pagePath(base, lang, event ?? undefined) };
        rendered.push({
          page,
          html: await entry.renderApp(lang, event),
          text: await entry.pageText(lang, event),
        });
      }
    }
  } finally {
    await GlobalRegistrator.unregister();
  }

  const template = readFileSync(join(outDir, 'index.html'), 'utf8');
  const absolute = (path: string) => (siteUrl ? `${siteUrl}${path}` : path);
  const imagePath = (page: Page) => `${base}og/${page.lang}/${page.event ?? 'index'}.png`;

  for (const { page, html, text } of rendered) {
    const alternates = (['en', 'es', 'ar'] as const)
      .map((lang) => {
        const path = rendered.find((r) => r.page.lang === lang && r.page.event === page.event)?.page
          .path;
        return path
          ? `<link rel="alternate" hreflang="${lang}" href="${escapeHtml(absolute(path))}" />`
          : '';
      })
      .join('\n    ');
    const xDefault = rendered.find((r) => r.page.lang === 'en' && r.page.event === page.event);
    const head = [
      `<title>${escapeHtml(text.title)}</title>`,
      `<meta name="description" content="${escapeHtml(text.description)}" />`,
      `<link rel="canonical" href="${escapeHtml(absolute(page.path))}" />`,
      alternates,
      xDefault
        ? `<link rel="alternate" hreflang="x-default" href="${escapeHtml(absolute(xDefault.page.path))}" />`
        : '',
      `<meta property="og:type" content="${page.event ? 'article' : 'website'}" />`,
      `<meta property="og:site_name" content="${escapeHtml(text.site)}" />`,
      `<meta property="og:title" content="${escapeHtml(page.event ? text.headline : text.title)}" />`,
      `<meta property="og:description" content="${escapeHtml(text.description)}" />`,
      `<meta property="og:url" content="${escapeHtml(absolute(page.path))}" />`,
      `<meta property="og:locale" content="${OG_LOCALE[page.lang]}" />`,
      ...(['en', 'es', 'ar'] as const)
        .filter((l) => l !== page.lang)
        .map((l) => `<meta property="og:locale:alternate" content="${OG_LOCALE[l]}" />`),
      `<meta property="og:image" content="${escapeHtml(absolute(imagePath(page)))}" />`,
      `<meta property="og:image:type" content="image/png" />`,
      `<meta property="og:image:width" content="1200" />`,
      `<meta property="og:image:height" content="630" />`,
      `<meta property="og:image:alt" content="${escapeHtml(text.imageAlt)}" />`,
      `<meta name="twitter:card" content="summary_large_image" />`,
      `<meta name="twitter:title" content="${escapeHtml(page.event ? text.headline : text.title)}" />`,
      `<meta name="twitter:description" content="${escapeHtml(text.description)}" />`,
      `<meta name="twitter:image" content="${escapeHtml(absolute(imagePath(page)))}" />`,
      `<meta name="twitter:image:alt" content="${escapeHtml(text.imageAlt)}" />`,
    ]
      .filter(Boolean)
      .join('\n    ');
    const document = template
      .replace(/<html lang="[^"]*"( dir="[^"]*")?>/, `<html lang="${page.lang}" dir="${text.dir}">`)
      .replace(/<title>[^<]*<\/title>/, '')
      .replace(/<meta\s+name="description"[^>]*>\s*/, '')
      .replace('</head>', `    ${head}\n  </head>`)
      .replace(
        /<div id="root"><\/div>/,
        `<div id="root" data-prerendered="${page.lang} ${page.event ?? ''}">${html}</div>`,
      );
    const file = join(outDir, page.path.slice(base.length), 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, document);
  }

  if (options.images !== false) {
    const { mapFigureSvg, previewPng } = await import('./scripts/og/image.ts');
    const json = JSON.parse(
      readFileSync(resolve(root, 'public/data/cuba-syria.json'), 'utf8'),
    ) as import('./src/data/types').Dataset;
    /** A place as the drawings take it. */
    const toPlace = (p: (typeof json.places)[number], highlighted: boolean) => ({
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
    const embassies = json.places.filter((p) => p.kind === 'embassy');
    const [a, b] = embassies;
    for (const { page, text } of rendered) {
      const chosen = json.places.filter((p) => text.placeIds.includes(p.id));
      const shown = [...new Map([...embassies, ...chosen].map((p) => [p.id, p])).values()];
      const drawn = (p: (typeof json.places)[number]) =>
        toPlace(p, !!page.event && text.placeIds.includes(p.id));
      const png = previewPng({
        dir: text.dir,
        kicker: text.kicker.replace(ISOLATES, ''),
        ...(text.category ? { category: text.category } : {}),
        title: text.headline.replace(ISOLATES, ''),
        site: text.site.replace(ISOLATES, ''),
        places: shown.map(drawn),
        ...(a && b
          ? { arc: [drawn(a), drawn(b)] as [ReturnType<typeof drawn>, ReturnType<typeof drawn>] }
          : {}),
        arcStrong: text.concernsBoth,
      });
      const file = join(outDir, imagePath(page).slice(base.length));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, png);
    }

    // The printed chronology's map: every place, both embassies and the arc.
    const places = json.places.map((p) => toPlace(p, false));
    const pins = places.filter((p) => p.kind === 'embassy');
    mkdirSync(join(outDir, 'print'), { recursive: true });
    writeFileSync(
      join(outDir, 'print', 'map.svg'),
      mapFigureSvg(
        places,
        pins.length === 2 ? [pins[0]!, pins[1]!] : undefined,
        // Numbered in the dataset's order; the print lists the names in its language.
        places.map((_, i) => String(i + 1)),
      ),
    );
  }
  writeNotFound(template, outDir, base, rendered[0]?.text.site ?? '');
  if (siteUrl) {
    const urls = rendered
      .map(
        ({ page }) =>
          `  <url><loc>${escapeHtml(absolute(page.path))}</loc>${(['en', 'es', 'ar'] as const)
            .map((lang) => {
              const other = rendered.find(
                (r) => r.page.lang === lang && r.page.event === page.event,
              );
              return other
                ? `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeHtml(absolute(other.page.path))}"/>`
                : '';
            })
            .join('')}</url>`,
      )
      .join('\n');
    writeFileSync(
      join(outDir, 'sitemap.xml'),
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls}\n</urlset>\n`,
    );
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
    `prerender: ${String(rendered.length)} pages${options.images === false ? '' : ' and preview images'} in ${String(Date.now() - started)} ms`,
  );
}

/** A 404 page in the app's style, in the three languages, with a link to the timeline (static hosts serve 404.html). */
function writeNotFound(template: string, outDir: string, base: string, site: string) {
  const t = { en, es, ar };
  const part = (lang: Lang) =>
    `<section lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><h2>${escapeHtml(t[lang]['page.notFound'])}</h2><p>${escapeHtml(t[lang]['page.notFoundText'])}</p><p><a class="button button-primary" href="${escapeHtml(lang === 'en' ? base : `${base}${lang}/`)}">${escapeHtml(t[lang]['page.backToTimeline'])}</a></p></section>`;
  // It works without the app's script: no dataset, no takeover.
  const body = `<div class="app"><header class="app-header"><p class="app-title">${escapeHtml(site)}</p></header><main class="not-found"><h1 class="visually-hidden">404</h1>${(['en', 'es', 'ar'] as const).map(part).join('')}</main></div>`;
  const page = template
    .replace(/<script type="module"[^>]*><\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(/<link rel="preload"[^>]*>\s*/g, '')
    .replace(
      /<title>[^<]*<\/title>/,
      `<title>${escapeHtml(t.en['page.notFound'])} · ${escapeHtml(site)}</title>`,
    )
    .replace(/<div id="root"><\/div>/, `<div id="root">${body}</div>`);
  writeFileSync(join(outDir, '404.html'), page);
}
