#!/usr/bin/env node
// Starts the Oz server for the e2e suite on a fresh, empty data directory (its own mkdtemp, so two runs on
// one machine never share or delete each other's SQLite file): runs the root `node scripts/start.mjs`
// (which builds what is missing), forwards SIGTERM/SIGINT so the server shuts down gracefully when
// Playwright stops it, then removes the directory.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'oz-e2e-data-'));

const server = spawn(process.execPath, ['scripts/start.mjs'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, OZ_DATA_DIR: dataDir },
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
