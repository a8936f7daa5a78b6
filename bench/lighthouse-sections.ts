/**
 * The Lighthouse sections of `npm run bench` (see measure/lighthouse.ts and
 * measure/lighthouse-tasks.ts): each on a server of its own that compresses
 * like a real host, on a free port.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchArgs, Section } from './args';
import type { BenchBrowser } from './browser';
import { TIMELINEJS_PAGE } from './measure/compare';
import { measureLighthouse } from './measure/lighthouse';
import { CONTENDERS, type LighthouseResults } from './measure/lighthouse-metrics';
import { measureTasks } from './measure/lighthouse-tasks';
import type { BenchResults } from './report';
import { startServer, type Mount } from './server';
import { errorMessage, log } from './util';

/** The event page of the Lighthouse sections, if the build has it. */
function eventPage(dir: string, id: string): string {
  if (id === 'index') return '/';
  if (!existsSync(join(dir, 'events', id, 'index.html')))
    throw new Error(
      `${join(dir, 'events', id, 'index.html')} is missing: name a built event page with --event`,
    );
  return `/events/${id}/`;
}

/** Loads a page once, unmeasured (the compressing server then has what it compresses). */
async function warmUp(bench: BenchBrowser, url: string, timeoutMs: number): Promise<void> {
  await bench
    .withPage('warm-up', timeoutMs, async (page) => {
      await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
      await page.waitForTimeout(1_000);
    })
    .catch((error: unknown) => log(`  (warm-up of ${url} failed: ${errorMessage(error)})`));
}

/** Lighthouse on a server that compresses (and the per-task run on the source-mapped build). */
export async function measureLighthouseSections(
  args: BenchArgs,
  bench: BenchBrowser,
  results: BenchResults,
  { dist, profileOut, mounts }: { dist: string; profileOut: string; mounts: Mount[] },
): Promise<void> {
  const want = (s: Section) => args.sections.includes(s);
  if (want('lighthouse')) {
    const server = await startServer(mounts, { compress: true });
    try {
      log(
        `Lighthouse, mobile profile, on ${server.origin} (compressed): index, event page, TimelineJS …`,
      );
      results.lighthouse = await measureLighthouse({
        origin: server.origin,
        paths: { index: '/', event: eventPage(dist, args.event), timelinejs: TIMELINEJS_PAGE },
        runs: args.runs,
        timeoutMs: args.timeoutMs,
        warmUp: (url) => warmUp(bench, url, args.timeoutMs),
      });
      // The same executable (findChromium); Lighthouse sees only the reduced user agent.
      results.lighthouse.chromium = bench.version();
    } finally {
      await server.close();
    }
  }
  if (want('tasks')) {
    const server = await startServer([{ prefix: '/', dir: profileOut }], { compress: true });
    try {
      const path = eventPage(profileOut, args.event);
      await warmUp(bench, `${server.origin}${path}`, args.timeoutMs);
      log(`Long tasks of ${path}, one profiled Lighthouse run …`);
      results.tasks = await measureTasks(server.origin, path, profileOut, args.timeoutMs);
      log(`  ${String(results.tasks.tasks.length)} long tasks before interactive`);
    } finally {
      await server.close();
    }
  }
}

/** The requests of the Lighthouse runs that were not to this machine, by the Offline check's labels. */
export function lighthouseExternal(l: LighthouseResults): [string, string[]][] {
  const names = { index: 'index', event: 'event page', timelinejs: 'TimelineJS' } as const;
  return CONTENDERS.map((c) => [`Lighthouse ${names[c]}`, l.external[c]]);
}
