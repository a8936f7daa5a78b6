import type { Result } from 'lighthouse';
import { describe, expect, it } from 'vitest';
import { CONTENDERS, externalRequests, firstNode, metricsOf, runOrder } from './lighthouse-metrics';

/** The parts of a Lighthouse result that the bench reads. */
function lhr(over: Record<string, unknown> = {}, audits: Record<string, unknown> = {}): Result {
  return {
    lighthouseVersion: '12.8.2',
    runtimeError: undefined,
    runWarnings: [],
    environment: { benchmarkIndex: 1500, hostUserAgent: 'HeadlessChrome/156.0.1.2' },
    categories: { performance: { score: 0.734 } },
    audits: {
      'first-contentful-paint': { numericValue: 2300 },
      'largest-contentful-paint': { numericValue: 2600 },
      'total-blocking-time': { numericValue: 892 },
      interactive: { numericValue: 4220 },
      'speed-index': { numericValue: 2500 },
      'cumulative-layout-shift': { numericValue: 0.004 },
      'mainthread-work-breakdown': { numericValue: 3080 },
      'total-byte-weight': { numericValue: 544_678 },
      'largest-contentful-paint-element': {
        details: {
          type: 'list',
          items: [
            {
              type: 'table',
              items: [
                {
                  node: {
                    type: 'node',
                    selector: 'div.pane-fill > article.story > div.story-body > p.story-summary',
                    nodeLabel:
                      "Cuba's Minister of Culture, Alpidio Alonso, and the Syrian\nAmbassador",
                  },
                },
              ],
            },
            { type: 'table', items: [{ phase: 'TTFB', timing: 460 }] },
          ],
        },
      },
      ...audits,
    },
    ...over,
  } as unknown as Result;
}

describe('metricsOf', () => {
  it('reads the score (0–100) and each figure from its audit', () => {
    const o = metricsOf(lhr());
    expect(o).toEqual({
      ok: true,
      metrics: {
        score: 73,
        fcp: 2300,
        lcp: 2600,
        tbt: 892,
        tti: 4220,
        si: 2500,
        cls: 0.004,
        mainThread: 3080,
        bytes: 544_678,
      },
      benchmarkIndex: 1500,
      lcpElement: `div.story-body > p.story-summary "Cuba's Minister of Culture, Alpidio Alon…"`,
      shiftElement: null,
      warnings: [],
    });
  });

  it("fails a run that Lighthouse could not measure, with Lighthouse's reason", () => {
    const o = metricsOf(
      lhr({ runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' } }),
    );
    expect(o).toEqual({ ok: false, reason: 'NO_FCP: The page did not paint any content.' });
  });

  it('fails a run with a missing score or a figure whose audit errored', () => {
    expect(metricsOf(lhr({ categories: { performance: { score: null } } }))).toEqual({
      ok: false,
      reason: 'no performance score',
    });
    const o = metricsOf(
      lhr({}, { interactive: { numericValue: undefined, errorMessage: 'NO_TTI_CPU_IDLE_PERIOD' } }),
    );
    expect(o).toEqual({ ok: false, reason: 'interactive: NO_TTI_CPU_IDLE_PERIOD' });
    const nan = metricsOf(lhr({}, { 'speed-index': { numericValue: NaN } }));
    expect(nan.ok).toBe(false);
  });
});

describe('firstNode', () => {
  it('finds the first element however deep, and names it by selector and text', () => {
    expect(
      firstNode({
        type: 'table',
        items: [
          {
            score: 0.05,
            node: { type: 'node', selector: 'div.a > div.b > div.vis-group', nodeLabel: 'Lane' },
          },
        ],
      }),
    ).toBe('div.b > div.vis-group "Lane"');
    expect(firstNode({ type: 'node', selector: 'img' })).toBe('img');
    expect(firstNode({ type: 'node' })).toBeNull();
    expect(firstNode({ type: 'table', items: [] })).toBeNull();
    expect(firstNode(undefined)).toBeNull();
  });
});

describe('externalRequests', () => {
  it('lists the requests that are not to this machine', () => {
    const result = lhr(
      {},
      {
        'network-requests': {
          details: {
            items: [
              { url: 'http://127.0.0.1:4000/' },
              { url: 'http://localhost:4000/assets/a.js' },
              { url: 'data:image/png;base64,AAAA' },
              { url: 'https://fonts.example.org/font.woff2' },
              { url: 'http://10.0.0.1/x' },
              { nothing: true },
            ],
          },
        },
      },
    );
    expect(externalRequests(result)).toEqual([
      'https://fonts.example.org/font.woff2',
      'http://10.0.0.1/x',
    ]);
  });

  it('lists nothing when the audit is missing', () => {
    expect(externalRequests(lhr())).toEqual([]);
  });
});

describe('runOrder', () => {
  it('puts each page first, second and last in turn', () => {
    const orders = [1, 2, 3].map(runOrder);
    expect(orders).toEqual([
      ['index', 'event', 'timelinejs'],
      ['event', 'timelinejs', 'index'],
      ['timelinejs', 'index', 'event'],
    ]);
    expect(runOrder(4)).toEqual(runOrder(1));
    for (const order of orders) expect([...order].sort()).toEqual([...CONTENDERS].sort());
  });
});
