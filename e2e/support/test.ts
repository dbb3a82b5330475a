// The `test` every e2e spec imports: Playwright's, plus
// - a skip of the whole suite when Chromium is missing outside CI (the config already refuses to run in CI),
// - a guard that fails any test during which the page threw an uncaught error,
// - page objects for the person's app (`oz`).
// Each test gets a fresh browser context, hence a fresh IndexedDB, cache storage and service worker.
import { test as base, expect } from '@playwright/test';
import { chromiumAvailable, chromiumPath } from './env.js';
import { OzApp } from './pages/oz-app.js';

interface OzFixtures {
  requireChromium: undefined;
  failOnPageErrors: undefined;
  oz: OzApp;
}

export const test = base.extend<OzFixtures>({
  requireChromium: [
    // Playwright reads the fixture's parameter pattern; browserName is the cheapest one (launches nothing).
    async ({ browserName }, use, testInfo) => {
      testInfo.skip(
        !chromiumAvailable,
        `${browserName} not found at ${chromiumPath} (install it: apt-get install -y chromium)`,
      );
      await use(undefined);
    },
    { auto: true },
  ],
  failOnPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
      await use(undefined);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  oz: async ({ page }, use) => {
    await use(new OzApp(page));
  },
});

export { expect };
