// Playwright configuration for Oz: Debian Chromium only, one Oz server on its own port and data directory,
// French locale and Paris time, no retries (a flaky test is fixed, never retried).
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { baseURL, chromiumArgs, chromiumAvailable, chromiumPath, isCI, port } from './support/env.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

if (!chromiumAvailable) {
  if (isCI) {
    throw new Error(
      `e2e: Chromium not found at ${chromiumPath}. CI must install it (apt-get install -y chromium).`,
    );
  }
  const line = '!'.repeat(100);
  console.warn(
    `\n${line}\n!!! e2e: Chromium NOT FOUND at ${chromiumPath}: EVERY e2e test is SKIPPED.\n` +
      `!!! Install it with: apt-get install -y chromium   (never 'npx playwright install')\n${line}\n`,
  );
}

export default defineConfig({
  testDir: './tests',
  // Per port, so two runs on one machine (each with its own OZ_E2E_PORT) never delete each other's traces.
  outputDir: `../var/e2e-results-${String(port)}`,
  fullyParallel: false,
  forbidOnly: isCI,
  retries: 0,
  workers: 1,
  // 2 shared cores: a cold service worker install plus IndexedDB work can take seconds, never minutes.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 390, height: 844 },
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [{ name: 'chromium' }],
  ...(chromiumAvailable
    ? {
        webServer: {
          command: 'node e2e/support/serve.mjs',
          cwd: repoRoot,
          url: `${baseURL}/api/health`,
          // serve.mjs gives the server a fresh OZ_DATA_DIR (mkdtemp) and removes it when the run ends.
          env: { PORT: String(port), HOST: '127.0.0.1' },
          // The start script may build core, contracts and the web app first: minutes on 2 cores.
          timeout: 300_000,
          reuseExistingServer: !isCI,
          gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
          stdout: 'ignore',
          stderr: 'pipe',
        },
      }
    : {}),
});
