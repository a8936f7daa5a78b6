import { describe, expect, it } from 'vitest';
import { orderHead } from './headOrder';

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
