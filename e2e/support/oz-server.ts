// An Oz server of the test's own, for the specs that need settings the suite's shared server does not have
// (reminders: a local push endpoint it may post to and the certificate it must trust). Started with the root
// `scripts/start.mjs` (which builds nothing the suite's server has not built already) on a free port and a fresh
// data directory, stopped gracefully, directory removed.
import { spawn } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface OwnServer {
  baseURL: string;
  /** Its SQLite directory (for `npm run oz -- create-user` against it: pro-cli.ts). */
  dataDir: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startOwnServer(env: Record<string, string>): Promise<OwnServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'oz-e2e-own-'));
  const log = openSync(join(dataDir, 'server.log'), 'w');
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      OZ_DATA_DIR: dataDir,
      OZ_JOBS_INTERVAL_MS: '0',
      DATABASE_URL: '',
      REDIS_URL: '',
      OZ_RATE_LIMIT_STATS_MAX: '100000',
      ...env,
    },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseURL = `http://127.0.0.1:${String(port)}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the Oz server stopped at start; see ${dataDir}/server.log`);
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`the Oz server did not start; see ${dataDir}/server.log`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseURL,
    dataDir,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
