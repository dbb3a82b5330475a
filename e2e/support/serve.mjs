#!/usr/bin/env node
// Starts the Oz server for the e2e suite on a fresh, empty data directory (its own mkdtemp, so two runs on
// one machine never share or delete each other's SQLite file): runs the root `node scripts/start.mjs`
// (which builds what is missing), forwards SIGTERM/SIGINT so the server shuts down gracefully when
// Playwright stops it, then removes the directory. The server's own output goes to var/e2e-server-<port>.log;
// an unexpected exit is reported on stderr (shown by Playwright as [WebServer]).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'oz-e2e-data-'));
mkdirSync(join(root, 'var'), { recursive: true });
const logPath = join(root, 'var', `e2e-server-${process.env.PORT ?? '8080'}.log`);
const log = openSync(logPath, 'w');
// Where tests find this run's database to act on it from outside, as an operator would (e2e/support/pro-cli.ts
// runs `npm run oz -- create-user` against it).
writeFileSync(join(root, 'var', `e2e-data-dir-${process.env.PORT ?? '8080'}`), dataDir);

let stopping = false;
const server = spawn(process.execPath, ['scripts/start.mjs'], {
  cwd: root,
  stdio: ['ignore', log, log],
  // Every fresh browser context sends its day's anonymous counts once: the suite's ~60 contexts share one
  // address, far above the per-address limit a real household reaches, so that limit is raised here only.
  env: { OZ_RATE_LIMIT_STATS_MAX: '100000', ...process.env, OZ_DATA_DIR: dataDir },
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    stopping = true;
    server.kill(signal);
  });
}
server.on('exit', (code, signal) => {
  rmSync(dataDir, { recursive: true, force: true });
  if (!stopping) {
    console.error(
      `e2e: the Oz server stopped unexpectedly (code ${code ?? '-'}, signal ${signal ?? '-'}); see ${logPath}`,
    );
  }
  process.exit(code ?? (signal ? 1 : 0));
});
