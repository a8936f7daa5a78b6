/**
 * The TimelineJS comparison page: loads a dataset in the app's format
 * (`?data=<same-origin path>`, default the bundled one), converts it and
 * draws it with TimelineJS 3 from node_modules. Options keep it offline:
 * no web font (`font: null`), no theme, no analytics, and a local
 * `script_path` for anything it would load relative to its script.
 */
import type { Dataset } from '../../src/data/types';
import { toTimelineJs, type TimelineJsData } from './convert.js';

interface TimelineJs {
  on(event: string, callback: () => void): void;
}

declare global {
  interface Window {
    TL?: {
      Timeline: new (
        container: string,
        data: TimelineJsData,
        options: Record<string, unknown>,
      ) => TimelineJs;
    };
    /** When TimelineJS fired `loaded` (ms since navigation start). */
    __tlLoadedAt?: number;
  }
}

const DEFAULT_DATA = '/data/cuba-syria.json';

function showError(message: string) {
  const p = document.createElement('p');
  p.className = 'tl-bench-error';
  p.textContent = message;
  document.body.prepend(p);
}

async function main() {
  const param = new URLSearchParams(location.search).get('data') ?? DEFAULT_DATA;
  const url = new URL(param, location.href);
  if (url.origin !== location.origin) throw new Error(`data must be same-origin: ${param}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${param}: HTTP ${String(response.status)}`);
  const dataset = (await response.json()) as Dataset;
  if (!window.TL) throw new Error('TimelineJS (window.TL) did not load');
  const timeline = new window.TL.Timeline('timeline', toTimelineJs(dataset), {
    script_path: '/timelinejs/js/',
    font: null,
    theme: null,
    language: 'en',
    hash_bookmark: false,
    ga_measurement_id: null,
    ga_property_id: null,
    soundcite: false,
    sheets_proxy: '/no-sheets-proxy/',
  });
  timeline.on('loaded', () => {
    window.__tlLoadedAt = performance.now();
  });
}

main().catch((error: unknown) => {
  showError(error instanceof Error ? error.message : String(error));
});
