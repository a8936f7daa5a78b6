import { describe, expect, it } from 'vitest';
import type { OutputBundle } from 'rolldown';
import { orderHead, wideScreenPreloads } from './headOrder';

const built = `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    <!-- The bundled dataset loads while the script is parsed (unused with data=). -->
    <link rel="preload" href="/data/cuba-syria.json" as="fetch" crossorigin="anonymous" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <script type="module" crossorigin src="/assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/store-b.js">
    <link rel="stylesheet" crossorigin href="/assets/index-c.css">
    <title>t</title>
  </head>
  <body><div id="root"></div></body>
</html>`;

const order = (html: string) =>
  [...html.matchAll(/<(?:link|script|meta)[^>]*?(?:rel|src|name|charset)="?([^"\s>]+)/g)].map(
    (m) => m[1],
  );

describe('orderHead', () => {
  it('puts the stylesheet right after the viewport, and the dataset preload last', () => {
    const out = orderHead(built);
    expect(order(out)).toEqual([
      'UTF-8',
      'icon',
      'viewport',
      'stylesheet',
      '/assets/index-a.js',
      'modulepreload',
      'preload',
    ]);
    // The comment travels with its preload; nothing else is lost or doubled.
    expect(out.indexOf('<!-- The bundled dataset')).toBeGreaterThan(out.indexOf('modulepreload'));
    expect(out.match(/<link/g)).toHaveLength(4);
    expect(out).toContain('<body><div id="root"></div></body>');
  });

  it('leaves a page without a viewport meta as it is', () => {
    const page = built.replace(/<meta name="viewport"[^>]*>/, '');
    expect(orderHead(page)).toBe(page);
  });
});

describe('wideScreenPreloads', () => {
  const chunk = (fileName: string, more: Record<string, unknown> = {}) => ({
    type: 'chunk',
    fileName,
    imports: [],
    isEntry: false,
    facadeModuleId: null,
    ...more,
  });
  const bundle = {
    entry: chunk('assets/index-a.js', { isEntry: true, imports: ['assets/store-b.js'] }),
    store: chunk('assets/store-b.js'),
    map: chunk('assets/MapPane-c.js', {
      facadeModuleId: '/app/src/map/MapPane.tsx',
      imports: ['assets/store-b.js', 'assets/motion-d.js'],
      viteMetadata: { importedCss: new Set(['assets/MapPane-e.css']) },
    }),
    motion: chunk('assets/motion-d.js'),
    timeline: chunk('assets/TimelinePane-f.js', {
      facadeModuleId: '/app/src/timeline/TimelinePane.tsx',
      imports: ['assets/moment-g.js'],
    }),
    moment: chunk('assets/moment-g.js'),
    other: chunk('assets/ExportPanel-h.js', { facadeModuleId: '/app/src/export/ExportPanel.tsx' }),
  };

  it("preloads the map's and the timeline's code and styles for wide screens only", () => {
    const tags = wideScreenPreloads(bundle as unknown as OutputBundle, '/sub/');
    expect(tags).toEqual([
      '<link rel="modulepreload" crossorigin href="/sub/assets/MapPane-c.js" media="(min-width: 700px)">',
      '<link rel="modulepreload" crossorigin href="/sub/assets/motion-d.js" media="(min-width: 700px)">',
      '<link rel="modulepreload" crossorigin href="/sub/assets/TimelinePane-f.js" media="(min-width: 700px)">',
      '<link rel="modulepreload" crossorigin href="/sub/assets/moment-g.js" media="(min-width: 700px)">',
      '<link rel="preload" as="style" crossorigin href="/sub/assets/MapPane-e.css" media="(min-width: 700px)">',
    ]);
  });
});
