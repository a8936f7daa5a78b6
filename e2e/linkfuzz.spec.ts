import fc from 'fast-check';
import { CATEGORIES } from '../src/data/types';
import { dataset } from './dataset';
import { expect, test } from './fixtures';

/**
 * Seeded link fuzz: links made of everything a link can hold (in range, out
 * of range, hostile), in the three languages, some with a notice. Each is
 * opened; the link the app then shows (its canonical link) must, opened in
 * turn, give back itself. LINK_FUZZ_SEED and LINK_FUZZ_RUNS explore others.
 */
const SEED = Number(process.env.LINK_FUZZ_SEED ?? 20241208);
const RUNS = Number(process.env.LINK_FUZZ_RUNS ?? 9);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dayArb = fc
  .tuple(
    fc.oneof(fc.integer({ min: 1950, max: 2040 }), fc.integer({ min: 1, max: 9999 })),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);
const numberArb = (min: number, max: number, decimals: number) =>
  fc.integer({ min: min * 10 ** decimals, max: max * 10 ** decimals }).map((n) => {
    const v = n / 10 ** decimals;
    return decimals === 4 ? v.toFixed(4) : String(v);
  });

const linkArb = fc
  .record(
    {
      lang: fc.constantFrom('en', 'es', 'ar'),
      event: fc.constantFrom(...dataset.events.map((e) => e.id), 'no-such-event'),
      window: fc.tuple(dayArb, dayArb),
      map: fc.tuple(numberArb(0, 19, 2), numberArb(-85, 85, 4), numberArb(-180, 179, 4)),
      cat: fc.subarray([...CATEGORIES]),
      junk: fc.constantFrom('utm_source=fuzz', 'map=NaN/1/2'),
    },
    { requiredKeys: ['lang'] },
  )
  .map((l) =>
    [
      `lang=${l.lang}`,
      l.event && `event=${l.event}`,
      l.window && `from=${l.window[0]}&to=${l.window[1]}`,
      l.map && `map=${l.map.join('/')}`,
      l.cat && `cat=${l.cat.join(',')}`,
      l.junk,
    ]
      .filter(Boolean)
      .join('&'),
  );

const links = fc.sample(linkArb, { seed: SEED, numRuns: RUNS });

async function openAndSettle(app: Parameters<Parameters<typeof test>[2]>[0]['app'], q: string) {
  await app.page.goto(`./?${q}`);
  // Filters may leave the timeline empty: ready is the map and the timeline drawn.
  await expect(app.page.locator('.leaflet-marker-icon').first()).toBeVisible();
  await expect(app.page.locator('.vis-timeline')).toBeVisible();
  await app.settle();
  return new URL(app.page.url()).search.slice(1);
}

for (const [i, link] of links.entries()) {
  test(`fuzzed link ${String(i + 1)} of ${String(RUNS)} (seed ${String(SEED)}) reopens as its own canonical link`, async ({
    app,
  }) => {
    test.info().annotations.push({ type: 'link', description: link });
    const canonical = await openAndSettle(app, link);
    expect(await openAndSettle(app, canonical), `canonical link of ?${link}`).toBe(canonical);
  });
}
