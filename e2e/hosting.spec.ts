import { createServer, type Server } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { swState } from './serviceWorker';
import { contentSecurityPolicy, headerPolicy } from '../csp';
import { eventById } from './dataset';
import {
  findNginx,
  get,
  nginxFor,
  SAMPLES,
  selfSignedCert,
  templateSite,
  type Nginx,
  type Response,
} from './nginx';

/**
 * The build served by the shipped nginx sample (docs/hosting/), as a real
 * host would: pages render, every file has its type, the security headers
 * and its caching, compressed files are served as such, unknown addresses
 * get the 404 page, and only the embed view can be framed by another site.
 * CI installs nginx (.ci/run); elsewhere the test is skipped without it.
 */
const NGINX = findNginx();
const DIST = resolve(process.env.E2E_DIST ?? 'dist');
// Beside the preview servers (E2E_PORT and the next), so that parallel runs
// with their own E2E_PORT do not meet.
const PORT = Number(process.env.E2E_PORT ?? 4173) + 5; // the site
const FRAMER_PORT = PORT + 1; // another origin that frames it
const TLS_PORT = PORT + 2;
const TLS_REDIRECT_PORT = PORT + 3;
const ORIGIN = `http://127.0.0.1:${String(PORT)}`;

test.skip(
  !NGINX && !process.env.CI,
  'nginx is not installed (apt-get install nginx libnginx-mod-http-brotli-static): hosting smoke test skipped',
);
test.describe.configure({ mode: 'default' });

let nginx: Nginx;

test.beforeAll(async () => {
  if (!NGINX) throw new Error('nginx is required in CI (.ci/run installs it)');
  nginx = nginxFor(NGINX, templateSite(SAMPLES.plain, { root: DIST, port: PORT }));
  const check = nginx.check();
  expect(check.ok, check.output).toBe(true);
  await nginx.start();
});

test.afterAll(async () => {
  await nginx?.stop();
});

const assets = readdirSync(join(DIST, 'assets'));
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const entry = /<script type="module" crossorigin src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
const css = /<link rel="stylesheet" crossorigin href="\/(assets\/[^"]+\.css)"/.exec(html)?.[1];
const woff2 = assets.find((f) => f.endsWith('.woff2'));
const workbox = readdirSync(DIST).find((f) => /^workbox-.*\.js$/.test(f));

const JS = /^(?:application|text)\/javascript\b/;
/** Each kind of response: its path, status, type and caching. */
const KINDS: { path: string; status: number; type: RegExp; cache: string }[] = [
  { path: '/', status: 200, type: /^text\/html; charset=utf-8$/, cache: 'no-cache' },
  { path: '/index.html', status: 200, type: /^text\/html/, cache: 'no-cache' },
  { path: '/events/civil-war-onset/', status: 200, type: /^text\/html/, cache: 'no-cache' },
  { path: '/ar/events/civil-war-onset/', status: 200, type: /^text\/html/, cache: 'no-cache' },
  { path: `/${entry}`, status: 200, type: JS, cache: 'public, max-age=31536000, immutable' },
  {
    path: `/${css}`,
    status: 200,
    type: /^text\/css/,
    cache: 'public, max-age=31536000, immutable',
  },
  {
    path: `/assets/${woff2}`,
    status: 200,
    type: /^font\/woff2$/,
    cache: 'public, max-age=31536000, immutable',
  },
  { path: '/sw.js', status: 200, type: JS, cache: 'no-cache' },
  { path: `/${workbox}`, status: 200, type: JS, cache: 'no-cache' },
  {
    path: '/manifest.webmanifest',
    status: 200,
    type: /^application\/manifest\+json/,
    cache: 'no-cache',
  },
  { path: '/data/cuba-syria.json', status: 200, type: /^application\/json/, cache: 'no-cache' },
  { path: '/favicon.svg', status: 200, type: /^image\/svg\+xml/, cache: 'no-cache' },
  { path: '/print/map.svg', status: 200, type: /^image\/svg\+xml/, cache: 'no-cache' },
  { path: '/icons/icon-192.png', status: 200, type: /^image\/png$/, cache: 'no-cache' },
  { path: '/no/such/page/', status: 404, type: /^text\/html/, cache: 'no-cache' },
  // A missing asset is not cached for a year.
  { path: '/assets/missing-0000.js', status: 404, type: /^text\/html/, cache: 'no-cache' },
];

function expectSecurityHeaders(r: Response, search: string, what: string) {
  expect(r.headers['content-security-policy'], what).toBe(headerPolicy(undefined, search));
  expect(r.headers['x-content-type-options'], what).toBe('nosniff');
  expect(r.headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
}

test('the samples pass nginx -t: plain HTTP, and TLS with a certificate', async () => {
  expect(nginx.check().ok).toBe(true);
  const certs = mkdtempSync(join(tmpdir(), 'certs-'));
  const { cert, key } = selfSignedCert(certs);
  const tls = nginxFor(
    NGINX!,
    templateSite(SAMPLES.tls, {
      root: DIST,
      port: TLS_PORT,
      redirectPort: TLS_REDIRECT_PORT,
      cert,
      key,
    }),
  );
  try {
    const check = tls.check();
    expect(check.ok, check.output).toBe(true);
    // nginx 1.25.1 and later only deprecate `listen … http2` (the sample says so).
    const warnings = check.output.split('\n').filter((l) => l.includes('[warn]'));
    expect(
      warnings.filter((l) => !/"listen \.\.\. http2" directive is deprecated/.test(l)),
    ).toEqual([]);
  } finally {
    await tls.stop();
    rmSync(certs, { recursive: true, force: true });
  }
});

test('serves the TLS sample with the same headers', async () => {
  const certs = mkdtempSync(join(tmpdir(), 'certs-'));
  const tls = nginxFor(
    NGINX!,
    templateSite(SAMPLES.tls, {
      root: DIST,
      port: TLS_PORT,
      redirectPort: TLS_REDIRECT_PORT,
      ...selfSignedCert(certs),
    }),
  );
  try {
    await tls.start();
    const page = await get(`https://127.0.0.1:${String(TLS_PORT)}/events/civil-war-onset/`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expectSecurityHeaders(page, '', 'TLS page');
    expect(page.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    const asset = await get(`https://127.0.0.1:${String(TLS_PORT)}/${entry}`, {
      'accept-encoding': 'br',
    });
    expect(asset.headers['content-encoding']).toBe('br');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const redirect = await get(`http://127.0.0.1:${String(TLS_REDIRECT_PORT)}/es/?q=x`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('https://127.0.0.1/es/?q=x');
  } finally {
    await tls.stop();
    rmSync(certs, { recursive: true, force: true });
  }
});

test('every kind of file has its type, the security headers and its caching', async () => {
  expect([entry, css, woff2, workbox].every(Boolean)).toBe(true);
  for (const kind of KINDS) {
    const r = await get(`${ORIGIN}${kind.path}`);
    expect(r.status, kind.path).toBe(kind.status);
    expect(r.headers['content-type'], kind.path).toMatch(kind.type);
    expect(r.headers['cache-control'], kind.path).toBe(kind.cache);
    expect(r.headers['x-frame-options'], kind.path).toBe('DENY');
    expectSecurityHeaders(r, '', kind.path);
  }
});

test('unknown addresses get the 404 page with status 404', async () => {
  for (const path of ['/no/such/page/', '/events/no-such-event/', '/assets/x.js', '/es/nope']) {
    const r = await get(`${ORIGIN}${path}`);
    expect(r.status, path).toBe(404);
    expect(r.body.toString('utf8'), path).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
  }
});

test('serves the precompressed gzip and brotli files', async () => {
  for (const path of [
    '/',
    '/events/civil-war-onset/',
    `/${entry}`,
    `/${css}`,
    '/sw.js',
    '/data/cuba-syria.json',
    '/print/map.svg',
    '/manifest.webmanifest',
  ]) {
    const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
    const original = readFileSync(file);
    const gz = await get(`${ORIGIN}${path}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding'], path).toBe('gzip');
    expect(gz.body.equals(readFileSync(`${file}.gz`)), `${path}: the .gz file`).toBe(true);
    expect(gunzipSync(gz.body).equals(original), path).toBe(true);
    expect(gz.headers.vary, path).toMatch(/Accept-Encoding/i);

    const br = await get(`${ORIGIN}${path}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding'], path).toBe('br');
    expect(br.body.equals(readFileSync(`${file}.br`)), `${path}: the .br file`).toBe(true);
    expect(brotliDecompressSync(br.body).equals(original), path).toBe(true);
    expect(br.headers.vary, path).toMatch(/Accept-Encoding/i);
    expect(br.headers['content-type'], path).toBe(gz.headers['content-type']);
    expectSecurityHeaders(br, '', path);

    const plain = await get(`${ORIGIN}${path}`, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding'], path).toBeUndefined();
    expect(plain.body.equals(original), path).toBe(true);
  }
});

test('only the embed view may be framed, as the app reads its address', async () => {
  const queries = [
    ['?embed=1', true],
    ['?embed=tools', true],
    ['?lang=es&embed=1', true],
    ['?map=33.5,36.2,6&embed=tools&q=x', true],
    ['', false],
    ['?embed=2', false],
    ['?embed=', false],
    ['?embed', false],
    ['?embed&embed=1', false],
    ['?embed=x&embed=1', false],
    ['?xembed=1', false],
    ['?q=embed=1', false],
    ['?embed=1x', false],
  ] as const;
  for (const [search, framable] of queries) {
    for (const path of ['/', '/events/civil-war-onset/', '/es/events/civil-war-onset/']) {
      const r = await get(`${ORIGIN}${path}${search}`);
      const what = `${path}${search}`;
      expectSecurityHeaders(r, search, what);
      expect(r.headers['content-security-policy']?.includes('frame-ancestors'), what).toBe(
        !framable,
      );
      expect(r.headers['x-frame-options'], what).toBe(framable ? undefined : 'DENY');
    }
  }
  expect(headerPolicy(undefined, '?embed=1')).toBe(contentSecurityPolicy(undefined));
});

/** Reports the page's CSP violations and errors, which a real host must not cause. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== ORIGIN)
      problems.push(`request off the site: ${r.url()}`);
  });
  return problems;
}

test('the pages render under the headers, in each language', async ({ page }) => {
  const problems = watch(page);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(`${ORIGIN}/events/civil-war-onset/`);
  await expect(page.locator('#details-title')).toHaveText(eventById('civil-war-onset').title);
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  await expect(page.locator('.leaflet-container[data-basemap]')).toBeVisible();
  await page.goto(`${ORIGIN}/ar/`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.vis-item').first()).toBeVisible();
  await page.goto(`${ORIGIN}/no/such/page/`);
  await expect(page.locator('body')).toContainText(/./);
  expect(
    problems.filter((p) => !p.includes('404')),
    problems.join('\n'),
  ).toEqual([]);
});

test('another site can frame the embed view, and no other page', async ({ page }) => {
  const embed = `${ORIGIN}/events/civil-war-onset/?embed=1`;
  const full = `${ORIGIN}/events/civil-war-onset/`;
  const framer: Server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><title>Another site</title>` +
        `<iframe id="embed" src="${embed}" width="400" height="500"></iframe>` +
        `<iframe id="full" src="${full}" width="400" height="500"></iframe>` +
        `<iframe id="home" src="${ORIGIN}/?lang=es" width="400" height="500"></iframe>`,
    );
  });
  await new Promise<void>((r) => framer.listen(FRAMER_PORT, '127.0.0.1', r));
  try {
    await page.goto(`http://127.0.0.1:${String(FRAMER_PORT)}/`);
    await expect(page.frameLocator('#embed').locator('#details-title')).toHaveText(
      eventById('civil-war-onset').title,
    );
    // Chromium refuses the others: they hold its error page, not the app.
    for (const id of ['full', 'home']) {
      await expect
        .poll(async () => (await (await page.$(`#${id}`))?.contentFrame())?.url(), { message: id })
        .toMatch(/^chrome-error:/);
      await expect(page.frameLocator(`#${id}`).locator('#root')).toHaveCount(0);
    }
  } finally {
    await new Promise((r) => framer.close(r));
  }
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('installs under the headers, and the page then opens from it', async ({ page }) => {
    const problems = watch(page);
    await page.goto(`${ORIGIN}/`);
    await expect.poll(() => swState(page), { timeout: 20_000 }).toBe('activated');
    await page.goto(`${ORIGIN}/events/civil-war-onset/?map=34.8,39,5.5`);
    await expect(page.locator('#details-title')).toHaveText(eventById('civil-war-onset').title);
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
