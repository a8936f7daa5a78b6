/**
 * Headless Chromium for the benchmark: the project's Chromium and flags
 * (scripts/browser.mjs) plus `--expose-gc` and precise memory figures. Every
 * page gets a fresh context (own cache and storage), the in-page probe and a
 * request filter that aborts anything not on 127.0.0.1/localhost (data: and
 * blob: URLs never leave the browser) and counts what it aborted.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import ts from 'typescript';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.mjs';
import { errorMessage, log, withTimeout } from './util';

export const VIEWPORT = { width: 1366, height: 820 };
/** Opening or closing a context or the browser should take a second; this is a stuck one. */
const CLOSE_TIMEOUT_MS = 20_000;

/** The in-page helpers (bench/page/probe.ts) as plain JavaScript. */
function probeScript(): string {
  const source = readFileSync(new URL('./page/probe.ts', import.meta.url), 'utf8');
  return ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None },
  }).outputText;
}

export function isAllowedUrl(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    const { protocol, hostname } = new URL(url);
    return (
      (protocol === 'http:' || protocol === 'https:' || protocol === 'ws:') &&
      (hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]')
    );
  } catch {
    return false;
  }
}

async function launchChromium(executablePath: string | undefined): Promise<Browser> {
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
}

export class BenchBrowser {
  /** Aborted requests per page label ("app", "timelinejs"). */
  readonly blocked = new Map<string, string[]>();
  private readonly probe = probeScript();
  /** How many times a stuck browser was replaced. */
  relaunches = 0;

  private constructor(
    private browser: Browser,
    private readonly executablePath: string | undefined,
  ) {}

  static async launch(): Promise<BenchBrowser> {
    const found = await findChromium();
    if (!found) {
      throw new Error(
        'No Chromium found: set CHROMIUM_PATH or install Debian chromium (/usr/bin/chromium)',
      );
    }
    return new BenchBrowser(await launchChromium(found.path), found.path);
  }

  get executable(): string {
    return this.executablePath ?? chromium.executablePath();
  }

  version(): string {
    return this.browser.version();
  }

  private async newContext(label: string): Promise<BrowserContext> {
    const context = await this.browser.newContext({
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
      serviceWorkers: 'block',
    });
    await context.addInitScript({ content: this.probe });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      const allowed = isAllowedUrl(url);
      if (!allowed) {
        const list = this.blocked.get(label) ?? [];
        list.push(url);
        this.blocked.set(label, list);
      }
      try {
        await (allowed ? route.continue() : route.abort('blockedbyclient'));
      } catch {
        // The context is closing: nothing left to route.
      }
    });
    return context;
  }

  /**
   * Replaces a browser that could not close a context (a renderer stuck in
   * a long task): later measurements get a fresh one. Whatever is left of
   * the old one is killed by Playwright when the process exits.
   */
  private async relaunch(): Promise<void> {
    const old = this.browser;
    log('  (the browser is stuck: starting a new one)');
    this.browser = await launchChromium(this.executablePath);
    this.relaunches++;
    void withTimeout(old.close(), CLOSE_TIMEOUT_MS, 'closing the stuck browser').catch(() => {});
  }

  /**
   * Runs `fn` with a page in a fresh context, then closes the context, even
   * if `fn` failed or the page is stuck. `label` groups blocked requests;
   * after `deadlineMs` the run is abandoned with a TimeoutError.
   */
  async withPage<T>(label: string, deadlineMs: number, fn: (page: Page) => Promise<T>): Promise<T> {
    const context = await withTimeout(
      this.newContext(label),
      CLOSE_TIMEOUT_MS,
      'opening a context',
    );
    try {
      const page = await context.newPage();
      return await withTimeout(fn(page), deadlineMs, `${label} page`);
    } finally {
      const closed = await withTimeout(context.close(), CLOSE_TIMEOUT_MS, 'closing a context').then(
        () => true,
        () => false,
      );
      if (!closed) await this.relaunch();
    }
  }

  async close(): Promise<void> {
    await withTimeout(this.browser.close(), CLOSE_TIMEOUT_MS, 'closing Chromium').catch(
      (error: unknown) => log(`  (warning: ${errorMessage(error)})`),
    );
  }
}
