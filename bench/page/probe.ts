/**
 * In-page helpers of the benchmark, installed in every page with
 * `addInitScript` before the page's own scripts run. Node code drives them
 * through `window.__bench` with one-line `page.evaluate` calls.
 *
 * This is a global script (no import/export) so that it can be injected as
 * is; `bench/browser.ts` transpiles it with TypeScript at run time. Only
 * `window.__bench` and the types below are global.
 */

interface BenchSelection {
  /** `timeStamp` of the pointerdown that started the selection. */
  down: number | null;
  /** When the details heading first showed the expected title. */
  heading: number | null;
  /** When the map first moved (a transform in the map changed, or an animation class appeared). */
  map: number | null;
}

/** Paint and layout figures of a load, in ms since navigation start (CLS is unitless). */
interface BenchVitals {
  fcp: number | null;
  /** The last largest-contentful-paint candidate before ready. */
  lcp: number | null;
  /** Sum of layout-shift scores without recent input, up to now. */
  cls: number;
  /** Total blocking time: for each long task that starts after FCP and before ready, its time over 50 ms. */
  tbt: number;
}

interface BenchApi {
  /** Paint and layout figures so far; `readyMs` bounds LCP and TBT. */
  vitals(readyMs: number): BenchVitals;
  /** `performance.now()` if every selector matches, -1 if `error` matches, else 0. */
  readyAt(all: string[], error: string | null): number;
  /** Text of the first element matching `selector`, trimmed ('' if none). */
  text(selector: string): string;
  /** Starts watching for the next pointerdown, the details heading showing `title` and the map moving. */
  armSelection(title: string): void;
  selection(): BenchSelection;
  /**
   * Scrolls the timeline's rows (with the lane-name scroller, as a reader
   * would) until the element matching `selector` is inside the items'
   * panel (vis-timeline draws only the rows in view, so a row out of view
   * has no element yet). Resolves 'in view', or 'outside the window' when no
   * row holds the item or it lies left or right of the time window (the
   * reader would zoom out first), or 'not in view' when scrolling did not
   * bring it in.
   */
  revealItem(selector: string): Promise<'in view' | 'outside the window' | 'not in view'>;
  /** Resolves true once nothing in the map has changed for `idleMs`, false after `maxMs`. */
  mapQuiet(idleMs: number, maxMs: number): Promise<boolean>;
  /** Starts collecting the time between successive animation frames. */
  startFrames(): void;
  /** Stops collecting and returns the frame deltas in ms. */
  stopFrames(): number[];
  /** `performance.memory.usedJSHeapSize` after `gc()` (needs --expose-gc), or null. */
  heapAfterGc(): number | null;
  /**
   * Starts timing keystrokes: for each keydown, the time from the event to
   * the first animation frame after it (input delay + handlers + render:
   * what a reader feels as a sluggish box), and the time of the last one.
   */
  startKeys(): void;
  /** Stops timing keystrokes; returns their latencies and when the last key went down. */
  stopKeys(): { latencies: number[]; lastKeyAt: number };
  /**
   * Resolves `performance.now()` at the first frame where the link carries
   * the search `q` and the match count reads "… of `total`" (-1 after `maxMs`).
   */
  searchShownAt(q: string, total: string, maxMs: number): Promise<number>;
}

interface Window {
  __bench: BenchApi;
}

(() => {
  const DETAILS = 'section[aria-label="Event details"]';
  const MAP = '.leaflet-container';

  let observers: MutationObserver[] = [];
  let current: BenchSelection = { down: null, heading: null, map: null };

  function disarm() {
    for (const o of observers) o.disconnect();
    observers = [];
  }

  /** The `transform` declaration of an inline style string ('' if none). */
  function transformIn(style: string | null): string {
    const match = /(?:^|;)\s*transform:\s*([^;]*)/.exec(style ?? '');
    return match?.[1]?.trim() ?? '';
  }

  function mapMoved(records: MutationRecord[], map: Element): boolean {
    for (const record of records) {
      const el = record.target;
      if (!(el instanceof HTMLElement || el instanceof SVGElement)) continue;
      if (record.attributeName === 'class') {
        if (el === map && /\bleaflet-(zoom|pan)-anim\b/.test(el.getAttribute('class') ?? '')) {
          return true;
        }
      } else if (record.attributeName === 'style') {
        // A moved element had a position before; a newly drawn one had none.
        const before = transformIn(record.oldValue);
        if (before !== '' && before !== el.style.transform) return true;
      }
    }
    return false;
  }

  let frames: number[] = [];
  /** Bumped by start and stop, so that a loop from an earlier start ends. */
  let frameLoop = 0;

  function frameLoopFrom(loop: number) {
    let last = -1;
    const tick = (t: number) => {
      if (loop !== frameLoop) return;
      if (last >= 0) frames.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }

  // Collected from the very start of the page (buffered observers).
  const lcps: number[] = [];
  const shifts: { t: number; value: number }[] = [];
  const longTasks: { start: number; duration: number }[] = [];
  const observe = (type: string, onEntry: (e: PerformanceEntry) => void) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({
        type,
        buffered: true,
      });
    } catch {
      /* not supported: the figure stays empty */
    }
  };
  observe('largest-contentful-paint', (e) => lcps.push(e.startTime));
  observe('layout-shift', (e) => {
    const shift = e as PerformanceEntry & { value: number; hadRecentInput: boolean };
    if (!shift.hadRecentInput) shifts.push({ t: e.startTime, value: shift.value });
  });
  observe('longtask', (e) => longTasks.push({ start: e.startTime, duration: e.duration }));

  let keys: {
    latencies: number[];
    lastKeyAt: number;
    listener: (e: KeyboardEvent) => void;
  } | null = null;

  const api: BenchApi = {
    vitals(readyMs) {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const beforeReady = lcps.filter((t) => t <= readyMs + 1);
      const from = fcp ?? 0;
      return {
        fcp,
        lcp: beforeReady.length ? beforeReady[beforeReady.length - 1]! : (lcps[0] ?? null),
        cls: shifts.reduce((sum, s) => sum + s.value, 0),
        tbt: longTasks
          .filter((t) => t.start >= from && t.start < readyMs)
          .reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      };
    },

    readyAt(all, error) {
      if (error !== null && document.querySelector(error)) return -1;
      return all.every((s) => document.querySelector(s) !== null) ? performance.now() : 0;
    },

    text(selector) {
      return document.querySelector(selector)?.textContent?.trim() ?? '';
    },

    armSelection(title) {
      disarm();
      const s: BenchSelection = { down: null, heading: null, map: null };
      current = s;
      window.addEventListener(
        'pointerdown',
        (e) => {
          if (s.down === null) s.down = e.timeStamp;
        },
        { capture: true, once: true },
      );

      const details = document.querySelector(DETAILS) ?? document.body;
      const headingObserver = new MutationObserver(() => {
        if (s.down === null || s.heading !== null) return;
        if (details.querySelector('h2')?.textContent?.trim() === title) {
          s.heading = performance.now();
          headingObserver.disconnect();
        }
      });
      headingObserver.observe(details, { subtree: true, childList: true, characterData: true });
      observers.push(headingObserver);

      const map = document.querySelector(MAP);
      if (map) {
        const mapObserver = new MutationObserver((records) => {
          if (s.down === null || s.map !== null) return;
          if (mapMoved(records, map)) {
            s.map = performance.now();
            mapObserver.disconnect();
          }
        });
        mapObserver.observe(map, {
          subtree: true,
          attributes: true,
          attributeFilter: ['style', 'class'],
          attributeOldValue: true,
        });
        observers.push(mapObserver);
      }
    },

    selection() {
      return { ...current };
    },

    async revealItem(selector) {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const settle = async () => {
        await frame();
        await frame();
      };
      const panel = document.querySelector('.vis-panel.vis-center');
      const scroller = document.querySelector<HTMLElement>('.vis-panel.vis-vertical-scroll');
      if (!panel) return 'outside the window';
      // vis-timeline draws only the rows in view: look for the item row by row.
      if (!document.querySelector(selector) && scroller) {
        const step = Math.max(1, scroller.clientHeight * 0.8);
        for (let top = 0; ; top += step) {
          scroller.scrollTop = top;
          await settle();
          if (document.querySelector(selector)) break;
          if (top + scroller.clientHeight >= scroller.scrollHeight) break;
        }
      }
      for (let attempt = 0; attempt < 5; attempt++) {
        const item = document.querySelector(selector);
        if (!item) return 'outside the window';
        const box = item.getBoundingClientRect();
        const view = panel.getBoundingClientRect();
        if (box.right <= view.left || box.left >= view.right) return 'outside the window';
        if (box.top >= view.top && box.bottom <= view.bottom) return 'in view';
        if (!scroller) return 'not in view';
        scroller.scrollTop += box.top - view.top - (view.height - box.height) / 2;
        await settle();
      }
      return 'not in view';
    },

    mapQuiet(idleMs, maxMs) {
      const map = document.querySelector(MAP);
      if (!map) return Promise.resolve(true);
      return new Promise((resolve) => {
        const started = performance.now();
        let last = started;
        const observer = new MutationObserver(() => {
          last = performance.now();
        });
        observer.observe(map, { subtree: true, attributes: true, childList: true });
        const check = () => {
          const now = performance.now();
          const animating = map.matches('.leaflet-zoom-anim, .leaflet-pan-anim');
          if (!animating && now - last >= idleMs) {
            observer.disconnect();
            resolve(true);
          } else if (now - started >= maxMs) {
            observer.disconnect();
            resolve(false);
          } else {
            setTimeout(check, 50);
          }
        };
        setTimeout(check, 50);
      });
    },

    startFrames() {
      frames = [];
      frameLoop++;
      frameLoopFrom(frameLoop);
    },

    stopFrames() {
      frameLoop++;
      return frames;
    },

    startKeys() {
      if (keys) window.removeEventListener('keydown', keys.listener, true);
      const state = {
        latencies: [] as number[],
        lastKeyAt: -1,
        listener: (e: KeyboardEvent) => {
          const at = e.timeStamp;
          state.lastKeyAt = at;
          requestAnimationFrame(() => state.latencies.push(performance.now() - at));
        },
      };
      keys = state;
      window.addEventListener('keydown', state.listener, true);
    },

    stopKeys() {
      if (!keys) return { latencies: [], lastKeyAt: -1 };
      window.removeEventListener('keydown', keys.listener, true);
      const { latencies, lastKeyAt } = keys;
      keys = null;
      return { latencies, lastKeyAt };
    },

    searchShownAt(q, total, maxMs) {
      return new Promise((resolve) => {
        const started = performance.now();
        const check = () => {
          const text = document.querySelector('.search-count')?.textContent?.trim() ?? '';
          const inLink = new URL(location.href).searchParams.get('q');
          if (inLink === q && text.endsWith(`of ${total}`)) resolve(performance.now());
          else if (performance.now() - started > maxMs) resolve(-1);
          else requestAnimationFrame(check);
        };
        check();
      });
    },

    heapAfterGc() {
      const w = window as Window & { gc?: () => void };
      w.gc?.();
      w.gc?.();
      const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
      return memory?.usedJSHeapSize ?? null;
    },
  };

  window.__bench = api;
})();
