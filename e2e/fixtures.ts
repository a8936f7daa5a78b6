import { test as base, expect } from '@playwright/test';
import { Driver } from './driver';

/**
 * Every test gets a driver and, after it, checks that the page logged no
 * error, threw nothing and made no request off the machine.
 */
export const test = base.extend<{ app: Driver; allowConsoleErrors: RegExp }>({
  // Console errors matching this are expected by the test (never matches by default).
  allowConsoleErrors: [/(?!)/, { option: true }],
  app: async ({ page, baseURL, allowConsoleErrors }, use) => {
    const problems: string[] = [];
    const origin = new URL(baseURL ?? 'http://localhost:4173/').origin;
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (allowConsoleErrors.test(message.text())) return;
      problems.push(`console error: ${message.text()}`);
    });
    // Report CSP violations as console errors, which fail the test.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) problems.push(`request off the machine: ${url}`);
    });
    await use(new Driver(page));
    expect(problems, problems.join('\n')).toEqual([]);
  },
});

export { expect };
