// The `test` of the issue 5 specs: the shared `test` (Chromium check, page-error guard, page objects) plus
// the workspace scene, set up once per worker: a platform admin (CLI) and two structures on Oz with a
// professional each (see ProScene).
import { ProScene } from './pro-api.js';
import { test as base } from './test.js';

export const test = base.extend<Record<never, never>, { pro: ProScene }>({
  pro: [
    async ({ playwright }, use) => {
      const scene = await ProScene.setUp(playwright.request);
      await use(scene);
      await scene.tearDown();
    },
    { scope: 'worker' },
  ],
});

export { expect } from './test.js';
