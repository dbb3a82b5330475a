// Where the e2e suite finds its browser and its server. Shared by the Playwright config and the fixtures,
// so both agree on one port and one decision about a missing Chromium.
import { existsSync } from 'node:fs';

/** Debian's Chromium: `npx playwright install` cannot download browsers on the project machines. */
export const chromiumPath = process.env.OZ_E2E_CHROMIUM ?? '/usr/bin/chromium';
export const chromiumAvailable = existsSync(chromiumPath);
export const isCI = Boolean(process.env.CI);

/** A port of its own, so a developer's `npm start` on 8080 never answers the e2e suite. */
export const port = Number(process.env.OZ_E2E_PORT ?? '8181');
export const baseURL = `http://127.0.0.1:${port}`;

/**
 * The args that work in the project's sandbox (see docs/reference/platform-notes.md §4): without the
 * background-networking flags Chromium keeps trying to reach Google hosts the closed network refuses.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
