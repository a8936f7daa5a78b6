import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { generateDataset } from '../scripts/gen-dataset.ts';

/**
 * Routes for the end-to-end tests that Playwright's page.route cannot play:
 * a response whose body starts and never ends, and one that comes slowly but
 * steadily. `vite preview` serves them when E2E_ROUTES=1 (playwright.config.ts
 * sets it); the app knows nothing of them.
 *
 *   /__e2e/stalled-headers.json   never answers
 *   /__e2e/stalled-body.json      sends its headers and half a JSON object, then nothing
 *   /__e2e/slow.json              the bundled dataset in 8 pieces, 400 ms apart
 *   /__e2e/large-slow.json        8,000 synthetic events (about 3 MB) with their
 *                                 Content-Length, in 16 pieces, 250 ms apart
 *   /__e2e/large.json             the same at once
 */
/** Sends `body` in pieces of `size` bytes, `everyMs` apart, then ends; stops if the client goes. */
function trickle(
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
  size: number,
  everyMs: number,
): void {
  let sent = 0;
  const timer = setInterval(() => {
    res.write(body.subarray(sent, sent + size));
    sent += size;
    if (sent >= body.length) {
      clearInterval(timer);
      res.end();
    }
  }, everyMs);
  req.on('close', () => clearInterval(timer));
}

export function e2eRoutes(dist: string): Plugin {
  let large: Buffer | null = null;
  const chunked = (res: ServerResponse) =>
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  return {
    name: 'e2e-routes',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (path === '/__e2e/stalled-headers.json') return; // the socket stays open, silent
        if (path === '/__e2e/stalled-body.json') {
          chunked(res);
          res.write('{"title": "Half a dataset", "events": [');
          return;
        }
        if (path === '/__e2e/large.json' || path === '/__e2e/large-slow.json') {
          large ??= Buffer.from(JSON.stringify(generateDataset(8000, 3)));
          const body = large;
          if (path === '/__e2e/large.json') {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(body);
            return;
          }
          const size = Math.ceil(body.length / 16);
          res.writeHead(200, {
            'content-type': 'application/json',
            'content-length': String(body.length),
            'cache-control': 'no-store',
          });
          trickle(req, res, body, size, 250);
          return;
        }
        if (path === '/__e2e/slow.json') {
          const body = readFileSync(`${dist}/data/cuba-syria.json`);
          const size = Math.ceil(body.length / 8);
          chunked(res);
          trickle(req, res, body, size, 400);
          return;
        }
        next();
      });
    },
  };
}
